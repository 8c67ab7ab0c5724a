#include "backgroundrefresher.h"

#include "common/logging.h"
#include "session/refreshpolicy.h"
#include "session/services.h"
#include "session/tokenrefresher.h"

#include <QNetworkInformation>
#include <QRandomGenerator>

BackgroundRefresher::BackgroundRefresher(Services &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{
    m_tick.setInterval(DefaultTickMs);
    connect(&m_tick, &QTimer::timeout, this, &BackgroundRefresher::tick);
    m_tick.start();

    // Not every platform has a reachability backend; without one the tick still retries.
    if (QNetworkInformation::loadDefaultBackend() && QNetworkInformation::instance()) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    if (reachability == QNetworkInformation::Reachability::Online)
                        onlineAgain();
                });
    }
}

BackgroundRefresher::~BackgroundRefresher() = default;

void BackgroundRefresher::watch(const Profile &profile)
{
    auto &slot = m_watched[profile.name];
    if (!slot) {
        slot = std::make_shared<Watched>();
        slot->refresher = std::make_unique<TokenRefresher>(m_services);
    }
    slot->profile = profile;
    const SessionState state = m_services.states.load(profile.name);
    slot->failedAttempts = 0;
    if (state.needsSignIn || !state.refreshTokenStored) {
        slot->nextAt = QDateTime();
    } else {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        slot->nextAt = state.nextRefreshAt.isValid()
            ? state.nextRefreshAt
            : RefreshPolicy::nextRefresh(now, state.accessTokenExpiresAt, state.lastRefreshAt);
    }
    qCInfo(lcSession) << "watching" << profile.name << "next refresh"
                      << slot->nextAt.toString(Qt::ISODate);
    tick();
}

void BackgroundRefresher::unwatch(const QString &profileName)
{
    m_watched.remove(profileName);
}

void BackgroundRefresher::refreshNow(const QString &profileName)
{
    if (const auto watched = m_watched.value(profileName))
        start(*watched);
}

bool BackgroundRefresher::isRefreshing(const QString &profileName) const
{
    const auto watched = m_watched.value(profileName);
    return watched && watched->refresher->isBusy();
}

QDateTime BackgroundRefresher::nextRefresh(const QString &profileName) const
{
    const auto watched = m_watched.value(profileName);
    return watched ? watched->nextAt : QDateTime();
}

QByteArray BackgroundRefresher::accessToken(const QString &profileName) const
{
    const auto watched = m_watched.value(profileName);
    return watched ? watched->accessToken : QByteArray();
}

void BackgroundRefresher::tick()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto &watched : std::as_const(m_watched)) {
        if (!RefreshPolicy::isOverdue(now, watched->nextAt))
            continue;
        // Another process (a `token` call, a second window) may have refreshed already:
        // then its schedule is ours and no request is needed.
        const SessionState state = m_services.states.load(watched->profile.name);
        if (watched->failedAttempts == 0 && state.lastRefreshResult == QLatin1String("ok")
            && state.nextRefreshAt.isValid() && state.nextRefreshAt > now) {
            watched->nextAt = state.nextRefreshAt;
            continue;
        }
        start(*watched);
    }
}

void BackgroundRefresher::onlineAgain()
{
    for (const auto &watched : std::as_const(m_watched)) {
        if (watched->failedAttempts > 0)
            start(*watched);
    }
}

void BackgroundRefresher::start(Watched &watched)
{
    if (watched.refresher->isBusy())
        return;
    const QString name = watched.profile.name;
    emit refreshStarted(name);
    // Forced: the schedule says now. If another process refreshes while this one waits
    // for the lock, TokenRefresher takes that result instead of refreshing twice.
    std::weak_ptr<Watched> weak = m_watched.value(name);
    watched.refresher->accessToken(watched.profile, 0, true,
                                   [this, weak, name](const RefreshOutcome &outcome) {
                                       const auto alive = weak.lock();
                                       if (!alive)
                                           return; // unwatched meanwhile
                                       schedule(*alive, outcome);
                                       emit refreshFinished(name, outcome);
                                   });
}

void BackgroundRefresher::schedule(Watched &watched, const RefreshOutcome &outcome)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (outcome.kind) {
    case RefreshOutcome::Kind::Cached:
    case RefreshOutcome::Kind::Refreshed:
    case RefreshOutcome::Kind::RefreshedElsewhere: {
        watched.failedAttempts = 0;
        watched.accessToken = outcome.accessToken;
        const SessionState state = m_services.states.load(watched.profile.name);
        watched.nextAt = state.nextRefreshAt.isValid() && state.nextRefreshAt > now
            ? state.nextRefreshAt
            : RefreshPolicy::nextRefresh(now, outcome.expiresAt, now);
        break;
    }
    case RefreshOutcome::Kind::TransientError:
    case RefreshOutcome::Kind::KeychainUnavailable: {
        // The keychain may be unlocked and the network may come back: keep trying.
        const double draw = QRandomGenerator::system()->generateDouble();
        const qint64 delay = RefreshPolicy::backoffSeconds(watched.failedAttempts, draw,
                                                           outcome.retryAfterSeconds);
        ++watched.failedAttempts;
        watched.nextAt = now.addSecs(delay);
        break;
    }
    case RefreshOutcome::Kind::SignInRequired:
    case RefreshOutcome::Kind::ConfigurationError:
        // Retrying cannot help; the person has to act. Nothing is scheduled.
        watched.failedAttempts = 0;
        watched.accessToken.clear();
        watched.nextAt = QDateTime();
        break;
    }
    qCInfo(lcSession) << "refresh of" << watched.profile.name << RefreshOutcome::kindName(outcome.kind)
                      << "next" << watched.nextAt.toString(Qt::ISODate);
}
