#pragma once

#include "auth/tokenresult.h"
#include "config/profile.h"
#include "session/refreshoutcome.h"
#include "storage/keychainresult.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>
#include <memory>

class RefreshLock;
class Services;
struct SessionState;

// Hands out an access token that is valid for long enough, refreshing when it is not,
// so that a refresh token is never used twice - across every process of this user:
//
//   1. the cached access token (keychain) is still valid for minValid s -> Cached
//   2. take the profile's refresh lock (a lock file; polled, never blocking the thread)
//   3. look again: did another process refresh while we waited? -> RefreshedElsewhere
//   4. read the refresh token from the keychain, POST grant_type=refresh_token
//   5. Success: write the rotated refresh token to the keychain FIRST (the old one is now
//      dead: Auth0 revokes the whole family if it is ever presented again), then cache
//      the access token, then the non-secret facts; release the lock
//      invalid_grant: forget the dead token, mark "sign-in needed"
//      transient: keep the stored token untouched, record the error, try again later
//
// One request at a time per TokenRefresher; the GUI and each CLI command own one.
class TokenRefresher : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const RefreshOutcome &)>;

    // Waiting for another process's refresh longer than this is a transient failure:
    // the token request's own timeout (30 s) plus keychain deadlines, with room to spare.
    static constexpr int LockTimeoutMs = 90000;

    explicit TokenRefresher(Services &services, QObject *parent = nullptr);
    ~TokenRefresher() override;

    // force: refresh even when the cached access token is still good (`refresh` command,
    // "Refresh now" button) - unless another process refreshed while this one waited.
    void accessToken(const Profile &profile, int minValidSeconds, bool force, Callback done);
    bool isBusy() const { return bool(m_done); }

private:
    void useCachedOr(std::function<void()> otherwise, RefreshOutcome::Kind kind);
    void waitForLock();
    void refreshWithStoredToken();
    void handleTokenResult(const QByteArray &usedRefreshToken, const TokenResult &result);
    void writeRotated(const TokenResponse &response, const QByteArray &refreshToken, int attemptsLeft);
    void storeRefreshed(const TokenResponse &response, const QByteArray &refreshToken);
    // Records the failed attempt in the session facts and ends the request.
    void fail(RefreshOutcome::Kind kind, const QString &result, const QString &message,
              int retryAfterSeconds = -1);
    void finish(RefreshOutcome outcome);
    static RefreshOutcome keychainFailure(const KeychainResult &result);

    Services &m_services;
    Profile m_profile;
    int m_minValidSeconds = 0;
    bool m_force = false;
    QDateTime m_requestedAt;
    Callback m_done;
    std::unique_ptr<RefreshLock> m_lock;
    QTimer m_lockPoll;
    QElapsedTimer m_lockWait;
};
