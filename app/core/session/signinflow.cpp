#include "signinflow.h"

#include "auth/callback.h"
#include "auth/idtoken.h"
#include "common/logging.h"
#include "session/refreshpolicy.h"
#include "session/services.h"
#include "storage/settingslocations.h"

#include <QLockFile>

SignInFlow::SignInFlow(Services &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{
}

SignInFlow::~SignInFlow() = default;

void SignInFlow::start(const Profile &profile, const QString &uiLocales,
                       std::function<void(const SignInResult &)> done)
{
    Q_ASSERT(!m_done);
    m_done = std::move(done);
    m_profile = profile;
    m_uiLocales = uiLocales;
    if (const QStringList problems = profile.validate(); !problems.isEmpty()) {
        fail(SignInResult::Kind::NotConfigured, problems.join(QLatin1Char(' ')));
        return;
    }
    // Two login windows for one profile (the CLI and the window, two windows) would race
    // for the same keychain entry; the lock lives as long as the window, released by
    // finish() or, when this process dies, found stale by its PID.
    m_windowLock = std::make_unique<QLockFile>(SettingsLocations::lockDirectory() + QLatin1Char('/')
                                               + profile.name + QStringLiteral(".signin.lock"));
    m_windowLock->setStaleLockTime(0);
    if (!m_windowLock->tryLock(0)) {
        m_windowLock.reset();
        fail(SignInResult::Kind::AlreadyInProgress,
             tr("A sign-in window for \"%1\" is already open. Finish or close it first.")
                 .arg(profile.name));
        return;
    }
    qCInfo(lcAuth) << "sign-in started for" << profile.name;
    // Ask the keychain first: signing in only to learn that nothing can be stored
    // would waste the person's time (and a locked keychain is fixable before).
    m_services.tokens.readRefreshToken(profile.name, [this](const KeychainResult &probe) {
        if (probe.kind == KeychainResult::Kind::Unavailable || probe.kind == KeychainResult::Kind::Denied) {
            fail(SignInResult::Kind::KeychainUnavailable, probe.message);
            return;
        }
        m_services.discovery.resolve(m_profile.issuer, [this](const DiscoveryResult &discovery) {
            if (!discovery.warning.isEmpty())
                qCInfo(lcAuth) << "discovery:" << discovery.warning;
            openWindow(discovery.endpoints);
        });
    });
}

void SignInFlow::openWindow(const ProviderEndpoints &endpoints)
{
    m_endpoints = endpoints;
    // The last signed-in email pre-fills Auth0's form when signing in again.
    const QString loginHint = m_services.states.load(m_profile.name).lastLoginHint;
    m_request = AuthorizationRequest::create(m_profile, endpoints, m_uiLocales, loginHint);
    m_window.start(m_request.url, m_profile.redirectUri, m_profile.windowSize, m_profile.name,
                   [this](const LoginWindowProcess::Result &window) { handleCallback(window); });
}

void SignInFlow::handleCallback(const LoginWindowProcess::Result &window)
{
    switch (window.kind) {
    case LoginWindowProcess::Result::Kind::Cancelled:
        fail(SignInResult::Kind::Cancelled, tr("Sign-in cancelled."));
        return;
    case LoginWindowProcess::Result::Kind::Failed:
        fail(SignInResult::Kind::LoginWindowFailed, window.message);
        return;
    case LoginWindowProcess::Result::Kind::Caught:
        break;
    }

    const Callback callback = Callback::parse(window.callback, m_profile.redirectUri, m_request.state);
    switch (callback.result) {
    case Callback::Result::Code:
        exchange(callback.code);
        return;
    case Callback::Result::ServerError:
        fail(SignInResult::Kind::AccessDenied, callback.message());
        return;
    case Callback::Result::StateMismatch:
        fail(SignInResult::Kind::StateMismatch, callback.message());
        return;
    case Callback::Result::NotTheRedirect:
    case Callback::Result::Malformed:
        fail(SignInResult::Kind::MalformedCallback, callback.message());
        return;
    }
}

void SignInFlow::exchange(const QByteArray &code)
{
    m_services.tokenClient.exchangeCode(
        m_endpoints.token, m_profile.clientId, code, m_request.pkce.verifier, m_profile.redirectUri,
        [this](const TokenResult &result) {
            if (!result.ok()) {
                SignInResult failed;
                failed.kind = SignInResult::Kind::ExchangeFailed;
                failed.exchangeKind = result.kind;
                failed.message = tr("The sign-in could not be completed: %1")
                                     .arg(result.errorDescription.isEmpty() ? result.error
                                                                            : result.errorDescription);
                finish(failed);
                return;
            }
            store(result.response);
        });
}

void SignInFlow::store(const TokenResponse &response)
{
    QString decodeError;
    const auto claims = IdTokenClaims::decode(response.idToken, &decodeError);
    const IdTokenCheck check = claims
        ? checkIdToken(*claims, m_profile.issuer, m_profile.clientId, m_request.nonce,
                       QDateTime::currentDateTimeUtc())
        : IdTokenCheck::Malformed;
    if (check != IdTokenCheck::Ok) {
        fail(SignInResult::Kind::InvalidIdToken, idTokenCheckMessage(check));
        return;
    }
    if (response.refreshToken.isEmpty()) {
        fail(SignInResult::Kind::NoRefreshToken,
             tr("The tenant issued no refresh token, so you would have to sign in again every "
                "hour. Ask your administrator to enable \"Allow Offline Access\" on the API and "
                "to allow the offline_access scope for this application."));
        return;
    }

    m_services.tokens.writeRefreshToken(
        m_profile.name, response.refreshToken, [this, response, claims](const KeychainResult &written) {
            if (!written.ok()) {
                fail(SignInResult::Kind::KeychainUnavailable, written.message);
                return;
            }
            // A cached access token lets other processes skip a refresh; when it cannot
            // be cached, an older cached one must not outlive this sign-in.
            m_services.tokens.writeAccessToken(
                m_profile.name, response.accessToken,
                [this, response, claims](const KeychainResult &cached) {
                    if (!cached.ok())
                        m_services.tokens.deleteAccessToken(m_profile.name, [](const KeychainResult &) {});
                    const QDateTime now = QDateTime::currentDateTimeUtc();
                    SessionState state;
                    state.subject = claims->subject;
                    state.name = claims->name;
                    state.email = claims->email;
                    state.scopes = response.scopes.isEmpty() ? m_profile.scopes : response.scopes;
                    state.accessTokenExpiresAt = cached.ok() ? response.expiresAt : QDateTime();
                    state.refreshTokenStored = true;
                    state.refreshTokenFingerprint = SessionStateStore::fingerprint(response.refreshToken);
                    state.lastRefreshAt = now;
                    state.lastRefreshResult = QStringLiteral("ok");
                    state.nextRefreshAt = RefreshPolicy::nextRefresh(now, response.expiresAt, now);
                    state.needsSignIn = false;
                    state.lastLoginHint = claims->email;
                    m_services.states.save(m_profile.name, state);

                    qCInfo(lcAuth) << "signed in:" << m_profile.name;
                    SignInResult result;
                    result.kind = SignInResult::Kind::SignedIn;
                    result.message = claims->email.isEmpty()
                        ? tr("Signed in.")
                        : tr("Signed in as %1.").arg(claims->email);
                    result.accessToken = response.accessToken;
                    result.expiresAt = response.expiresAt;
                    finish(result);
                });
        });
}

void SignInFlow::fail(SignInResult::Kind kind, const QString &message)
{
    SignInResult result;
    result.kind = kind;
    result.message = message;
    finish(result);
}

void SignInFlow::finish(const SignInResult &result)
{
    qCInfo(lcAuth) << "sign-in of" << m_profile.name << "ended:" << SignInResult::kindName(result.kind);
    m_windowLock.reset(); // unlocks
    auto done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(result);
}
