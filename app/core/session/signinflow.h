#pragma once

#include "auth/authorizationrequest.h"
#include "auth/providerendpoints.h"
#include "config/profile.h"
#include "session/loginwindowprocess.h"
#include "session/signinresult.h"

#include <QObject>

#include <functional>
#include <memory>

class QLockFile;

class Services;
struct Callback;
struct TokenResponse;

// One interactive sign-in, start to finish:
//
//   discovery -> AuthorizationRequest (PKCE S256, state, nonce) -> login window process
//   -> Callback (exact redirect match, state) -> code exchange with the verifier
//   -> ID token checks (iss, aud, exp, iat, nonce) -> refresh token to the keychain
//   -> access token cached, user and expiry to settings -> SignedIn
//
// Every step that fails ends the flow with a typed result and stores nothing.
class SignInFlow : public QObject
{
    Q_OBJECT
public:
    explicit SignInFlow(Services &services, QObject *parent = nullptr);
    ~SignInFlow() override;

    // uiLocales: the program's language for Auth0's page (e.g. "de"); may be empty.
    void start(const Profile &profile, const QString &uiLocales,
               std::function<void(const SignInResult &)> done);
    bool isRunning() const { return bool(m_done); }
    void raise() { m_window.raise(); }
    void cancel() { m_window.cancel(); }

private:
    void openWindow(const ProviderEndpoints &endpoints);
    void handleCallback(const LoginWindowProcess::Result &window);
    void exchange(const QByteArray &code);
    void store(const TokenResponse &response);
    void fail(SignInResult::Kind kind, const QString &message);
    void finish(const SignInResult &result);

    Services &m_services;
    LoginWindowProcess m_window;
    Profile m_profile;
    QString m_uiLocales;
    ProviderEndpoints m_endpoints;
    AuthorizationRequest m_request;
    std::function<void(const SignInResult &)> m_done;
    std::unique_ptr<QLockFile> m_windowLock; // one login window per profile, machine-wide
};
