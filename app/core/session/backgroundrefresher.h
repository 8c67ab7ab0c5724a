#pragma once

#include "config/profile.h"
#include "session/refreshoutcome.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>

class Services;
class TokenRefresher;

// Keeps the running program's sessions fresh: refreshes each watched profile before its
// access token expires and at least twice a day (RefreshPolicy), retries transient
// failures with backoff and jitter, and stops on "sign-in needed".
//
// It works from wall-clock times checked by a periodic tick rather than from one long
// timer, so a machine that slept through a refresh catches up on the first tick after
// waking; a network that comes back online triggers the waiting retries at once.
class BackgroundRefresher : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultTickMs = 30000;

    explicit BackgroundRefresher(Services &services, QObject *parent = nullptr);
    ~BackgroundRefresher() override;

    void watch(const Profile &profile);  // schedule from the stored session facts
    void unwatch(const QString &profileName);
    void refreshNow(const QString &profileName);
    void setTickInterval(int ms) { m_tick.setInterval(ms); }

    bool isRefreshing(const QString &profileName) const;
    QDateTime nextRefresh(const QString &profileName) const;
    // The access token of the last successful refresh, kept in memory only.
    QByteArray accessToken(const QString &profileName) const;

signals:
    void refreshStarted(const QString &profileName);
    void refreshFinished(const QString &profileName, const RefreshOutcome &outcome);

private:
    struct Watched
    {
        Profile profile;
        QDateTime nextAt;     // invalid: nothing scheduled (signed out, sign-in needed)
        int failedAttempts = 0;
        QByteArray accessToken;
        std::unique_ptr<TokenRefresher> refresher;
    };

    void tick();
    void start(Watched &watched);
    void schedule(Watched &watched, const RefreshOutcome &outcome);
    void onlineAgain();

    Services &m_services;
    QHash<QString, std::shared_ptr<Watched>> m_watched;
    QTimer m_tick;
};
