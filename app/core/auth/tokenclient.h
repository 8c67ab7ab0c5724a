#pragma once

#include "auth/httpform.h"
#include "auth/tokenresult.h"

#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

// The OAuth 2.0 token endpoint for a public client (no secret, client_id in the body).
//
//   TokenClient client(&nam);
//   client.exchangeCode(endpoints.token, profile.clientId, callback.code,
//                       request.pkce.verifier, profile.redirectUri,
//                       [](const TokenResult &r) { switch (r.kind) { ... } });
//
// Every outcome, including timeouts and garbage, arrives as a TokenResult whose Kind
// tells the caller what to do: store (Success), sign in again (InvalidGrant), fix the
// profile (ConfigurationError) or keep the refresh token and retry (TransientError).
class TokenClient : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultTimeoutMs = 30000;
    static constexpr qint64 MaxBodyBytes = 1 << 20;

    explicit TokenClient(QNetworkAccessManager *nam, QObject *parent = nullptr);

    void setTimeout(int ms);
    int timeout() const { return m_limits.timeoutMs; }

    // grant_type=authorization_code with the PKCE code_verifier (RFC 7636 4.5).
    void exchangeCode(const QUrl &tokenEndpoint, const QString &clientId, const QByteArray &code,
                      const QByteArray &codeVerifier, const QUrl &redirectUri,
                      std::function<void(const TokenResult &)> done);

    // grant_type=refresh_token. With rotation the result carries a new refresh token that
    // replaces this one at once: the old one is dead and reusing it kills the family.
    void refresh(const QUrl &tokenEndpoint, const QString &clientId,
                 const QByteArray &refreshToken, std::function<void(const TokenResult &)> done);

    // The translated explanation for one of our own short error codes ("timeout",
    // "network", "malformed", "server_error", "rate_limited", "unexpected_redirect").
    static QString describe(const QString &errorCode, const QString &detail = {});

private:
    void post(const QUrl &tokenEndpoint, const char *grantType, const FormFields &fields,
              std::function<void(const TokenResult &)> done);

    QNetworkAccessManager *m_nam;
    HttpLimits m_limits{DefaultTimeoutMs, MaxBodyBytes};
};
