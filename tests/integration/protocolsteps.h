#pragma once

// Steps of the sign-in protocol shared by the integration tests, each done for real
// against the test server (TestServer) with a plain QNetworkAccessManager.

#include "auth/authorizationrequest.h"
#include "auth/callback.h"
#include "auth/providerendpoints.h"
#include "auth/tokenclient.h"
#include "config/profile.h"
#include "httplogin.h"
#include "testserver.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QTimer>

#include <functional>
#include <optional>

// Runs an asynchronous call that reports through a callback and waits for it.
// nullopt when no answer came within timeoutMs (keep it above the client's timeout).
template <typename Result>
std::optional<Result> awaitResult(const std::function<void(std::function<void(const Result &)>)> &start,
                                  int timeoutMs = 60000)
{
    std::optional<Result> result;
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    start([&result, &loop](const Result &r) {
        result = r;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return result;
}

inline Profile testProfile(const TestServer &server)
{
    Profile profile;
    profile.name = QStringLiteral("integration");
    profile.issuer = server.issuer();
    profile.clientId = TestServer::clientId();
    return profile;
}

// One sign-in at the login form up to the caught redirect, without a browser.
struct CaughtCallback
{
    AuthorizationRequest request;
    QUrl url;
    QString error; // empty when the redirect was caught
};

inline CaughtCallback loginAtServer(const Profile &profile, const ProviderEndpoints &endpoints,
                                    const std::function<void(QUrl *)> &tamperWithUrl = {})
{
    CaughtCallback caught;
    caught.request = AuthorizationRequest::create(profile, endpoints);
    QUrl authorizeUrl = caught.request.url;
    if (tamperWithUrl)
        tamperWithUrl(&authorizeUrl);
    QNetworkAccessManager browser; // its own cookie jar: a fresh browser session
    HttpLogin login(&browser);
    caught.url = login.loginAndCatchRedirect(authorizeUrl, profile.redirectUri,
                                             TestServer::username(), TestServer::password(),
                                             &caught.error);
    return caught;
}

// The code of a successful sign-in (empty and *error set otherwise).
inline QByteArray obtainCode(const Profile &profile, const ProviderEndpoints &endpoints,
                             AuthorizationRequest *request, QString *error)
{
    const CaughtCallback caught = loginAtServer(profile, endpoints);
    *request = caught.request;
    if (!caught.error.isEmpty()) {
        *error = caught.error;
        return {};
    }
    const Callback callback = Callback::parse(caught.url, profile.redirectUri,
                                              caught.request.state);
    if (callback.result != Callback::Result::Code) {
        *error = QStringLiteral("callback refused: ") + callback.message();
        return {};
    }
    return callback.code;
}

inline std::optional<TokenResult> exchangeCode(TokenClient *client, const ProviderEndpoints &endpoints,
                                               const Profile &profile, const QByteArray &code,
                                               const QByteArray &verifier)
{
    return awaitResult<TokenResult>([&](auto done) {
        client->exchangeCode(endpoints.token, profile.clientId, code, verifier,
                             profile.redirectUri, done);
    });
}

inline std::optional<TokenResult> refreshToken(TokenClient *client, const ProviderEndpoints &endpoints,
                                               const QString &clientId, const QByteArray &token)
{
    return awaitResult<TokenResult>([&](auto done) {
        client->refresh(endpoints.token, clientId, token, done);
    });
}

// Signs in and exchanges the code: the refresh token of a fresh session.
inline TokenResult signInForTokens(TokenClient *client, const Profile &profile,
                                   const ProviderEndpoints &endpoints, QString *error)
{
    AuthorizationRequest request;
    const QByteArray code = obtainCode(profile, endpoints, &request, error);
    if (code.isEmpty())
        return {};
    const std::optional<TokenResult> result = exchangeCode(client, endpoints, profile, code,
                                                           request.pkce.verifier);
    if (!result) {
        *error = QStringLiteral("no answer from the token endpoint");
        return {};
    }
    return *result;
}

inline const char *kindName(TokenResult::Kind kind)
{
    switch (kind) {
    case TokenResult::Kind::Success: return "Success";
    case TokenResult::Kind::InvalidGrant: return "InvalidGrant";
    case TokenResult::Kind::ConfigurationError: return "ConfigurationError";
    case TokenResult::Kind::TransientError: return "TransientError";
    }
    return "?";
}

// "TransientError timeout (HTTP 0): ..." for failure messages.
inline QByteArray describe(const TokenResult &result)
{
    return QStringLiteral("%1 %2 (HTTP %3): %4")
        .arg(QLatin1String(kindName(result.kind)), result.error)
        .arg(result.httpStatus)
        .arg(result.errorDescription)
        .toUtf8();
}
