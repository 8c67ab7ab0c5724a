#include "sessioncontroller.h"

#include "common/logging.h"
#include "session/backgroundrefresher.h"
#include "session/services.h"
#include "session/signinflow.h"

#include <QLocale>
#include <QPointer>

SessionController::SessionController(Services &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_refresher(new BackgroundRefresher(services, this))
{
    connect(m_refresher, &BackgroundRefresher::refreshStarted, this, &SessionController::onRefreshStarted);
    connect(m_refresher, &BackgroundRefresher::refreshFinished, this, &SessionController::onRefreshFinished);
}

SessionController::~SessionController()
{
    // A login window still open belongs to this run: close it rather than orphan it.
    for (SignInFlow *flow : std::as_const(m_flows)) {
        if (flow->isRunning())
            flow->cancel();
    }
}

void SessionController::reload()
{
    if (m_collecting) {
        m_collectAgain = true; // one more pass after this one: it may predate a change
        return;
    }
    m_collecting = true;
    QPointer<SessionController> self(this);
    StatusReport::collect(m_services, {}, [self](const QList<ProfileStatus> &statuses) {
        if (!self)
            return;
        self->m_collecting = false;
        self->applyStatuses(statuses);
        if (self->m_collectAgain) {
            self->m_collectAgain = false;
            self->reload();
        }
    });
}

void SessionController::applyStatuses(const QList<ProfileStatus> &statuses)
{
    for (const ProfileStatus &status : statuses) {
        if (status.state == ProfileStatus::State::SignedIn)
            m_refresher->watch(status.profile);
        else
            m_refresher->unwatch(status.profile.name);
        // Sign-in needed is news only when it was not so before.
        const auto before = this->status(status.profile.name);
        if (status.state == ProfileStatus::State::NeedsSignIn
            && (!before || before->state != ProfileStatus::State::NeedsSignIn))
            emit signInNeeded(status.profile.name);
    }
    m_statuses = statuses;
    emit statusesChanged(m_statuses);
}

std::optional<ProfileStatus> SessionController::status(const QString &profileName) const
{
    for (const ProfileStatus &status : m_statuses) {
        if (status.profile.name == profileName)
            return status;
    }
    return std::nullopt;
}

bool SessionController::isSigningIn(const QString &profileName) const
{
    const SignInFlow *flow = m_flows.value(profileName);
    return flow && flow->isRunning();
}

bool SessionController::anySignedIn() const
{
    for (const ProfileStatus &status : m_statuses) {
        if (status.state == ProfileStatus::State::SignedIn)
            return true;
    }
    return false;
}

QByteArray SessionController::accessToken(const QString &profileName) const
{
    const QByteArray refreshed = m_refresher->accessToken(profileName);
    return refreshed.isEmpty() ? m_signInTokens.value(profileName) : refreshed;
}

QDateTime SessionController::nextRefresh(const QString &profileName) const
{
    return m_refresher->nextRefresh(profileName);
}

void SessionController::signIn(const QString &profileName)
{
    if (SignInFlow *running = m_flows.value(profileName); running && running->isRunning()) {
        running->raise(); // one login window per profile: bring it back instead
        return;
    }
    QStringList problems;
    const auto profile = m_services.profiles.load(profileName, &problems);
    if (!profile || !profile->isValid()) {
        const QStringList all = profile ? problems + profile->validate() : problems;
        report(profileName, Notice::Kind::Error,
               tr("\"%1\" cannot sign in yet: %2").arg(profileName, all.join(QLatin1Char(' '))));
        return;
    }
    SignInFlow *&flow = m_flows[profileName];
    if (!flow)
        flow = new SignInFlow(m_services, this);
    setBusy(profileName, true, tr("Waiting for you to sign in in the login window…"));
    emit eventRecorded(profileName, tr("Sign-in started"), false);
    qCInfo(lcUi) << "sign-in started" << profileName;
    const QString uiLocales = QLocale().name().section(QLatin1Char('_'), 0, 0);
    QPointer<SessionController> self(this);
    flow->start(*profile, uiLocales, [self, profileName](const SignInResult &result) {
        if (!self)
            return;
        qCInfo(lcUi) << "sign-in finished" << profileName << SignInResult::kindName(result.kind);
        if (result.ok())
            self->m_signInTokens.insert(profileName, result.accessToken);
        self->setBusy(profileName, false);
        const Notice::Kind kind = result.ok() ? Notice::Kind::Positive
            : result.kind == SignInResult::Kind::Cancelled ? Notice::Kind::Info
                                                           : Notice::Kind::Error;
        self->report(profileName, kind, signInText(result));
        self->reload();
    });
}

void SessionController::refreshNow(const QString &profileName)
{
    const auto current = status(profileName);
    if (!current)
        return;
    if (m_refresher->isRefreshing(profileName))
        return;
    // A profile that is not watched (e.g. its last refresh failed for good) is watched
    // for this one refresh; the next reload decides whether it stays so.
    m_refresher->watch(current->profile);
    m_refresher->refreshNow(profileName);
}

void SessionController::signOut(const QString &profileName)
{
    const auto current = status(profileName);
    if (!current || isBusy(profileName))
        return;
    m_refresher->unwatch(profileName);
    m_signInTokens.remove(profileName); // forget in-memory tokens with the sign-in
    setBusy(profileName, true, tr("Signing out…"));
    auto *signOut = new SignOut(m_services, this);
    QPointer<SessionController> self(this);
    signOut->start(current->profile, [self, signOut, profileName](const SignOutResult &result) {
        signOut->deleteLater();
        if (!self)
            return;
        self->setBusy(profileName, false);
        const Notice::Kind kind = result.kind == SignOutResult::Kind::KeychainUnavailable
            ? Notice::Kind::Error
            : result.kind == SignOutResult::Kind::ForgottenLocally ? Notice::Kind::Warning
                                                                   : Notice::Kind::Positive;
        self->report(profileName, kind, result.message.isEmpty() ? tr("Signed out.") : result.message);
        self->reload();
    });
}

void SessionController::onRefreshStarted(const QString &profileName)
{
    setBusy(profileName, true, tr("Refreshing…"));
}

void SessionController::onRefreshFinished(const QString &profileName, const RefreshOutcome &outcome)
{
    setBusy(profileName, false);
    if (outcome.ok())
        m_signInTokens.remove(profileName); // the refresher holds the newer one
    const Notice::Kind kind = outcome.ok() ? Notice::Kind::Positive
        : outcome.kind == RefreshOutcome::Kind::TransientError ? Notice::Kind::Warning
                                                                : Notice::Kind::Error;
    report(profileName, kind, refreshText(outcome));
    reload();
}

void SessionController::setBusy(const QString &profileName, bool busy, const QString &activity)
{
    if (busy)
        m_busy.insert(profileName);
    else
        m_busy.remove(profileName);
    emit busyChanged(profileName, busy, activity);
}

void SessionController::report(const QString &profileName, Notice::Kind kind, const QString &text)
{
    emit notice(profileName, {kind, text});
    emit eventRecorded(profileName, text, kind == Notice::Kind::Error || kind == Notice::Kind::Warning);
}

QString SessionController::refreshText(const RefreshOutcome &outcome)
{
    switch (outcome.kind) {
    case RefreshOutcome::Kind::Cached:
    case RefreshOutcome::Kind::Refreshed:
    case RefreshOutcome::Kind::RefreshedElsewhere:
        return tr("Refreshed: the connection is good.");
    default:
        return outcome.message.isEmpty() ? tr("Refreshing failed.") : outcome.message;
    }
}

QString SessionController::signInText(const SignInResult &result)
{
    if (result.ok())
        return tr("Signed in.");
    if (result.kind == SignInResult::Kind::Cancelled)
        return tr("Sign-in cancelled: the login window was closed.");
    return result.message.isEmpty() ? tr("Sign-in failed.") : result.message;
}
