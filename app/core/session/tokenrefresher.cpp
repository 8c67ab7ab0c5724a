#include "tokenrefresher.h"

#include "auth/idtoken.h"
#include "common/logging.h"
#include "diagnostics/redact.h"
#include "session/refreshpolicy.h"
#include "session/services.h"
#include "storage/refreshlock.h"

TokenRefresher::TokenRefresher(Services &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{
    m_lockPoll.setInterval(25);
    connect(&m_lockPoll, &QTimer::timeout, this, &TokenRefresher::waitForLock);
}

TokenRefresher::~TokenRefresher() = default;

void TokenRefresher::accessToken(const Profile &profile, int minValidSeconds, bool force,
                                 Callback done)
{
    Q_ASSERT(!m_done);
    m_profile = profile;
    m_minValidSeconds = qMax(0, minValidSeconds);
    m_force = force;
    m_requestedAt = QDateTime::currentDateTimeUtc();
    m_done = std::move(done);
    m_lock.reset();
    m_lockWait.invalidate();
    if (force)
        waitForLock();
    else
        useCachedOr([this] { waitForLock(); }, RefreshOutcome::Kind::Cached);
}

void TokenRefresher::useCachedOr(std::function<void()> otherwise, RefreshOutcome::Kind kind)
{
    const SessionState state = m_services.states.load(m_profile.name);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!state.accessTokenExpiresAt.isValid()
        || now.secsTo(state.accessTokenExpiresAt) < m_minValidSeconds) {
        otherwise();
        return;
    }
    m_services.tokens.readAccessToken(
        m_profile.name, [this, kind, expiresAt = state.accessTokenExpiresAt,
                         otherwise = std::move(otherwise)](const KeychainResult &read) {
            if (read.ok()) {
                RefreshOutcome outcome;
                outcome.kind = kind;
                outcome.accessToken = read.secret;
                outcome.expiresAt = expiresAt;
                finish(outcome);
            } else if (read.kind == KeychainResult::Kind::NotFound) {
                otherwise();
            } else {
                finish(keychainFailure(read));
            }
        });
}

void TokenRefresher::waitForLock()
{
    if (!m_lock) {
        m_lock = std::make_unique<RefreshLock>(m_profile.name);
        m_lockWait.start();
    }
    if (!m_lock->tryLock(0)) {
        if (m_lockWait.elapsed() < LockTimeoutMs) {
            if (!m_lockPoll.isActive())
                m_lockPoll.start();
            return;
        }
        RefreshOutcome outcome;
        outcome.kind = RefreshOutcome::Kind::TransientError;
        outcome.message = tr("Another program is refreshing this sign-in and has not finished. "
                             "Try again in a minute.");
        finish(outcome);
        return;
    }
    m_lockPoll.stop();
    qCDebug(lcSession) << "refresh lock taken for" << m_profile.name << "after"
                       << m_lockWait.elapsed() << "ms";

    // Another process may have refreshed while we waited: its result is ours too, and
    // presenting the refresh token we would have read before is exactly the reuse that
    // makes Auth0 revoke the family. Re-read everything now that we hold the lock.
    const SessionState state = m_services.states.load(m_profile.name);
    const bool refreshedMeanwhile = state.lastRefreshResult == QLatin1String("ok")
        && state.lastRefreshAt.isValid() && state.lastRefreshAt >= m_requestedAt;
    if (m_force && !refreshedMeanwhile)
        refreshWithStoredToken();
    else
        useCachedOr([this] { refreshWithStoredToken(); }, RefreshOutcome::Kind::RefreshedElsewhere);
}

void TokenRefresher::refreshWithStoredToken()
{
    m_services.tokens.readRefreshToken(m_profile.name, [this](const KeychainResult &read) {
        if (read.kind == KeychainResult::Kind::NotFound) {
            RefreshOutcome outcome;
            outcome.kind = RefreshOutcome::Kind::SignInRequired;
            outcome.message = tr("You are not signed in to \"%1\". Sign in first.").arg(m_profile.name);
            finish(outcome);
            return;
        }
        if (!read.ok()) {
            finish(keychainFailure(read));
            return;
        }
        const QByteArray refreshToken = read.secret;
        m_services.discovery.resolve(m_profile.issuer, [this, refreshToken](const DiscoveryResult &discovery) {
            qCInfo(lcSession) << "refreshing" << m_profile.name;
            m_services.tokenClient.refresh(discovery.endpoints.token, m_profile.clientId, refreshToken,
                                           [this, refreshToken](const TokenResult &result) {
                                               handleTokenResult(refreshToken, result);
                                           });
        });
    });
}

void TokenRefresher::handleTokenResult(const QByteArray &usedRefreshToken, const TokenResult &result)
{
    qCInfo(lcSession) << "refresh of" << m_profile.name << "ended:" << int(result.kind)
                      << result.error << "HTTP" << result.httpStatus;
    switch (result.kind) {
    case TokenResult::Kind::Success: {
        const TokenResponse response = result.response;
        // Without rotation the server sends no new refresh token: the old one lives on.
        const QByteArray refreshToken = response.refreshToken.isEmpty() ? usedRefreshToken
                                                                         : response.refreshToken;
        if (refreshToken == usedRefreshToken) {
            storeRefreshed(response, refreshToken);
            return;
        }
        // The rotated token goes to the keychain before anything uses this result: from
        // this moment on the token we sent is dead.
        writeRotated(response, refreshToken, 2);
        return;
    }
    case TokenResult::Kind::InvalidGrant: {
        // The server says the token is dead (expired, revoked, or reused): keeping it
        // would only fail again. Forget it and ask for a sign-in.
        const QString message = tr("Your sign-in has expired or was revoked (%1). Sign in again.")
                                    .arg(result.errorDescription.isEmpty() ? result.error
                                                                           : result.errorDescription);
        m_services.tokens.deleteRefreshToken(m_profile.name, [this, message](const KeychainResult &) {
            m_services.tokens.deleteAccessToken(m_profile.name, [this, message](const KeychainResult &) {
                fail(RefreshOutcome::Kind::SignInRequired, QStringLiteral("invalid_grant"), message);
            });
        });
        return;
    }
    case TokenResult::Kind::ConfigurationError:
        fail(RefreshOutcome::Kind::ConfigurationError, QStringLiteral("configuration"),
             tr("The tenant refused this program's request (%1: %2). "
                "Check the profile's client id and tenant.")
                 .arg(result.error, result.errorDescription));
        return;
    case TokenResult::Kind::TransientError:
        fail(RefreshOutcome::Kind::TransientError, QStringLiteral("transient"),
             tr("Could not reach the sign-in server (%1). Your sign-in is kept; "
                "it will be tried again.")
                 .arg(result.errorDescription.isEmpty() ? result.error : result.errorDescription),
             result.retryAfterSeconds);
        return;
    }
}

void TokenRefresher::writeRotated(const TokenResponse &response, const QByteArray &refreshToken,
                                  int attemptsLeft)
{
    m_services.tokens.writeRefreshToken(
        m_profile.name, refreshToken,
        [this, response, refreshToken, attemptsLeft](const KeychainResult &written) {
            if (written.ok()) {
                storeRefreshed(response, refreshToken);
            } else if (attemptsLeft > 1) {
                qCWarning(lcKeychain) << "writing the rotated refresh token failed; retrying";
                writeRotated(response, refreshToken, attemptsLeft - 1);
            } else {
                // Nothing can bring the new token back and the old one is dead: say so.
                fail(RefreshOutcome::Kind::KeychainUnavailable, QStringLiteral("keychain"),
                     tr("The renewed sign-in could not be saved in the keychain (%1). "
                        "Sign in again.").arg(written.message));
            }
        });
}

void TokenRefresher::storeRefreshed(const TokenResponse &response, const QByteArray &refreshToken)
{
    // The access token is cached so that other processes (a `token` call, a second
    // window) use it instead of refreshing again. When it cannot be cached (too large
    // for a Windows Credential Manager entry), the stale cached one must go, or another
    // process would take it for the new one.
    m_services.tokens.writeAccessToken(
        m_profile.name, response.accessToken,
        [this, response, refreshToken](const KeychainResult &cached) {
            auto saveState = [this, response, refreshToken, cachedOk = cached.ok()] {
                const QDateTime now = QDateTime::currentDateTimeUtc();
                SessionState state = m_services.states.load(m_profile.name);
                state.accessTokenExpiresAt = cachedOk ? response.expiresAt : QDateTime();
                if (!response.scopes.isEmpty())
                    state.scopes = response.scopes;
                state.refreshTokenStored = true;
                state.refreshTokenFingerprint = SessionStateStore::fingerprint(refreshToken);
                state.lastRefreshAt = now;
                state.lastRefreshResult = QStringLiteral("ok");
                state.lastError.clear();
                state.needsSignIn = false;
                state.nextRefreshAt = RefreshPolicy::nextRefresh(now, response.expiresAt, now);
                QString ignored;
                if (const auto claims = IdTokenClaims::decode(response.idToken, &ignored)) {
                    if (state.subject.isEmpty() || state.subject == claims->subject) {
                        state.subject = claims->subject;
                        if (!claims->name.isEmpty())
                            state.name = claims->name;
                        if (!claims->email.isEmpty())
                            state.email = claims->email;
                    }
                }
                m_services.states.save(m_profile.name, state);

                RefreshOutcome outcome;
                outcome.kind = RefreshOutcome::Kind::Refreshed;
                outcome.accessToken = response.accessToken;
                outcome.expiresAt = response.expiresAt;
                finish(outcome);
            };
            if (cached.ok()) {
                saveState();
            } else {
                qCInfo(lcKeychain) << "access token not cached:" << KeychainResult::kindName(cached.kind);
                m_services.tokens.deleteAccessToken(m_profile.name,
                                                    [saveState](const KeychainResult &) { saveState(); });
            }
        });
}

void TokenRefresher::fail(RefreshOutcome::Kind kind, const QString &result, const QString &message,
                          int retryAfterSeconds)
{
    // What the server refused (or what could not be saved) ends this session: the
    // token is gone, so the profile needs a sign-in. Anything else keeps the token.
    const bool needsSignIn = kind == RefreshOutcome::Kind::SignInRequired
        || kind == RefreshOutcome::Kind::KeychainUnavailable;
    SessionState state = m_services.states.load(m_profile.name);
    state.lastRefreshAt = QDateTime::currentDateTimeUtc();
    state.lastRefreshResult = result;
    // The message quotes the server's error_description: redact it before it is kept
    // (status --json and the status panel show it), whatever a server chose to echo.
    state.lastError = Diagnostics::redact(message);
    if (needsSignIn) {
        state.needsSignIn = true;
        state.refreshTokenStored = false;
        state.refreshTokenFingerprint.clear();
        state.accessTokenExpiresAt = QDateTime();
        state.nextRefreshAt = QDateTime();
    }
    m_services.states.save(m_profile.name, state);

    RefreshOutcome outcome;
    outcome.kind = kind;
    outcome.message = message;
    outcome.retryAfterSeconds = retryAfterSeconds;
    finish(outcome);
}

RefreshOutcome TokenRefresher::keychainFailure(const KeychainResult &result)
{
    RefreshOutcome outcome;
    outcome.kind = RefreshOutcome::Kind::KeychainUnavailable;
    outcome.message = result.message;
    return outcome;
}

void TokenRefresher::finish(RefreshOutcome outcome)
{
    m_lockPoll.stop();
    m_lock.reset(); // releases the lock only now, after the keychain and settings are written
    auto done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(outcome);
}
