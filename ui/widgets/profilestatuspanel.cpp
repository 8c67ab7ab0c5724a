#include "profilestatuspanel.h"

#include "statepill.h"
#include "timetext.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
// SessionState's result names ("invalid_grant", ...) in words.
QString refreshResultText(const QString &result)
{
    if (result == QLatin1String("ok"))
        return ProfileStatusPanel::tr("succeeded");
    if (result == QLatin1String("invalid_grant"))
        return ProfileStatusPanel::tr("refused by the server");
    if (result == QLatin1String("transient"))
        return ProfileStatusPanel::tr("failed, will be retried");
    if (result == QLatin1String("configuration"))
        return ProfileStatusPanel::tr("failed: configuration problem");
    if (result == QLatin1String("keychain"))
        return ProfileStatusPanel::tr("failed: keychain unavailable");
    return result.isEmpty() ? QString() : ProfileStatusPanel::tr("failed (%1)").arg(result);
}

QString orNone(const QString &text)
{
    return text.isEmpty() ? TimeText::none() : text;
}
} // namespace

ProfileStatusPanel::ProfileStatusPanel(const QString &profileName, QWidget *parent)
    : QFrame(parent)
    , m_profileName(profileName)
    , m_title(new QLabel(this))
    , m_pill(new StatePill(this))
    , m_advice(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_activity(new QLabel(this))
    , m_signIn(new QPushButton(tr("&Sign in"), this))
    , m_refresh(new QPushButton(tr("&Refresh now"), this))
    , m_signOut(new QPushButton(tr("Sign &out"), this))
    , m_edit(new QPushButton(tr("&Edit profile…"), this))
{
    setObjectName(QStringLiteral("statusPanel_") + profileName);
    setAccessibleName(tr("Profile %1").arg(profileName));
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(420);

    m_title->setObjectName(QStringLiteral("profileTitle"));
    m_title->setText(profileName);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    m_title->setFont(titleFont);
    m_pill->setObjectName(QStringLiteral("stateText"));

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addStretch();
    header->addWidget(m_pill);

    m_advice->setObjectName(QStringLiteral("adviceText"));
    m_advice->setWordWrap(true);
    QFont adviceFont = m_advice->font();
    adviceFont.setBold(true); // what to do next is the line people look for
    m_advice->setFont(adviceFont);
    m_advice->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_user = addRow(form, tr("Signed in as:"), "userValue");
    m_tenant = addRow(form, tr("Tenant:"), "tenantValue");
    m_client = addRow(form, tr("Client ID:"), "clientValue");
    m_scopes = addRow(form, tr("Scopes:"), "scopesValue");
    m_audience = addRow(form, tr("Audience:"), "audienceValue");
    m_expires = addRow(form, tr("Access token expires:"), "expiresValue");
    m_refreshToken = addRow(form, tr("Refresh token:"), "refreshTokenValue");
    m_lastRefresh = addRow(form, tr("Last refresh:"), "lastRefreshValue");
    m_nextRefresh = addRow(form, tr("Next refresh:"), "nextRefreshValue");

    m_progress->setObjectName(QStringLiteral("busyIndicator"));
    m_progress->setAccessibleName(tr("Working"));
    m_progress->setRange(0, 0); // indeterminate: the steps have no known length
    m_progress->setMaximumHeight(m_progress->fontMetrics().height() / 2 + 4);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    m_activity->setObjectName(QStringLiteral("activityText"));
    m_activity->setVisible(false);
    auto *busyRow = new QHBoxLayout;
    busyRow->addWidget(m_activity);
    busyRow->addWidget(m_progress, 1);

    const std::pair<QPushButton *, QString> buttons[] = {
        {m_signIn, QStringLiteral("signInButton")},
        {m_refresh, QStringLiteral("refreshButton")},
        {m_signOut, QStringLiteral("signOutButton")},
        {m_edit, QStringLiteral("editButton")},
    };
    auto *actions = new QHBoxLayout;
    for (const auto &[button, name] : buttons) {
        button->setObjectName(name);
        button->setAccessibleName(button->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));
        actions->addWidget(button);
    }
    actions->addStretch();
    m_signIn->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_advice);
    layout->addLayout(form);
    layout->addLayout(busyRow);
    layout->addLayout(actions);

    setTabOrder(m_signIn, m_refresh);
    setTabOrder(m_refresh, m_signOut);
    setTabOrder(m_signOut, m_edit);

    connect(m_signIn, &QPushButton::clicked, this, [this] { emit signInRequested(m_profileName); });
    connect(m_refresh, &QPushButton::clicked, this, [this] { emit refreshRequested(m_profileName); });
    connect(m_signOut, &QPushButton::clicked, this, [this] { emit signOutRequested(m_profileName); });
    connect(m_edit, &QPushButton::clicked, this, [this] { emit editRequested(m_profileName); });

    // The countdown ticks every second; nothing else is recomputed on the tick.
    m_clock.setInterval(1000);
    connect(&m_clock, &QTimer::timeout, this, &ProfileStatusPanel::updateTimes);
    m_clock.start();
    updateActions();
}

QLabel *ProfileStatusPanel::addRow(QFormLayout *form, const QString &label, const char *objectName)
{
    auto *value = new QLabel(this);
    value->setObjectName(QString::fromLatin1(objectName));
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    value->setAccessibleName(QString(label).remove(QLatin1Char(':')));
    auto *caption = new QLabel(label, this);
    caption->setBuddy(value);
    form->addRow(caption, value);
    return value;
}

void ProfileStatusPanel::setStatus(const ProfileStatus &status)
{
    m_status = status;
    const SessionState &session = status.session;
    const bool signedIn = status.state == ProfileStatus::State::SignedIn;
    m_pill->setState(status.state, status.stateText());

    QString advice = status.advice();
    // The keychain's own message is the more precise one; both often say the same.
    if (!status.keychainMessage.isEmpty() && status.state == ProfileStatus::State::KeychainUnavailable)
        advice = status.keychainMessage;
    if (status.state == ProfileStatus::State::SignedIn && !session.lastError.isEmpty()
        && session.lastRefreshResult != QLatin1String("ok") && advice.isEmpty())
        advice = session.lastError;
    m_advice->setText(advice);
    m_advice->setVisible(!advice.isEmpty());

    QString user;
    if (signedIn) {
        if (!session.name.isEmpty() && !session.email.isEmpty() && session.name != session.email)
            user = tr("%1 <%2>").arg(session.name, session.email);
        else
            user = !session.email.isEmpty() ? session.email : !session.name.isEmpty() ? session.name : session.subject;
    }
    m_user->setText(signedIn ? orNone(user) : tr("Nobody"));
    m_tenant->setText(orNone(status.profile.issuer.toString()));
    m_client->setText(orNone(status.profile.clientId));
    const QStringList scopes = signedIn && !session.scopes.isEmpty() ? session.scopes : status.profile.scopes;
    m_scopes->setText(orNone(scopes.join(QLatin1Char(' '))));
    m_audience->setText(status.profile.audience.isEmpty() ? tr("(none)") : status.profile.audience);

    if (status.refreshTokenStored) {
        m_refreshToken->setText(session.refreshTokenFingerprint.isEmpty()
                                    ? tr("Stored in the keychain")
                                    : tr("Stored in the keychain (fingerprint %1)").arg(session.refreshTokenFingerprint));
    } else if (status.state == ProfileStatus::State::KeychainUnavailable) {
        m_refreshToken->setText(tr("Unknown: the keychain did not answer"));
    } else {
        m_refreshToken->setText(tr("Not stored"));
    }

    if (session.lastRefreshAt.isValid()) {
        const QString result = refreshResultText(session.lastRefreshResult);
        m_lastRefresh->setText(result.isEmpty() ? TimeText::local(session.lastRefreshAt)
                                                : tr("%1, %2").arg(TimeText::local(session.lastRefreshAt), result));
    } else {
        m_lastRefresh->setText(tr("Not yet"));
    }
    updateTimes();
    updateActions();
}

void ProfileStatusPanel::updateTimes()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool signedIn = m_status.state == ProfileStatus::State::SignedIn;
    m_expires->setText(signedIn ? TimeText::localWithCountdown(m_status.session.accessTokenExpiresAt, now)
                                : TimeText::none());
    m_nextRefresh->setText(signedIn ? TimeText::localWithCountdown(m_status.session.nextRefreshAt, now)
                                    : tr("Not scheduled"));
}

void ProfileStatusPanel::setBusy(bool busy, const QString &activity, bool signingIn)
{
    m_busy = busy;
    m_signingIn = busy && signingIn;
    m_progress->setVisible(busy);
    m_activity->setText(activity);
    m_activity->setVisible(busy && !activity.isEmpty());
    updateActions();
}

void ProfileStatusPanel::updateActions()
{
    using State = ProfileStatus::State;
    const State state = m_status.state;
    const bool configured = m_status.problems.isEmpty() && m_status.profile.isConfigured();
    const bool canSignIn = configured && state != State::SignedIn && state != State::KeychainUnavailable;
    const bool hasSession = state == State::SignedIn || state == State::Error;

    m_signIn->setText(m_signingIn ? tr("Show login &window") : tr("&Sign in"));
    m_signIn->setAccessibleName(m_signingIn ? tr("Show login window") : tr("Sign in"));
    m_signIn->setEnabled(m_signingIn || (!m_busy && canSignIn));
    // With the keychain unavailable the one useful action is to ask it again.
    const bool retry = state == State::KeychainUnavailable;
    m_refresh->setText(retry ? tr("&Try again") : tr("&Refresh now"));
    m_refresh->setAccessibleName(retry ? tr("Try again") : tr("Refresh now"));
    m_refresh->setEnabled(!m_busy && configured && (hasSession || retry));
    m_signOut->setEnabled(!m_busy && hasSession);
    m_edit->setEnabled(!m_busy);
}
