#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

// What the token endpoint gave back, already parsed. Secrets are QByteArray so that
// they are never implicitly turned into (and logged as) QString.
struct TokenResponse
{
    QByteArray accessToken;
    QByteArray refreshToken; // empty when the server did not send one
    QByteArray idToken;
    QString tokenType;
    QDateTime expiresAt;     // UTC; invalid when the server sent no expires_in
    QStringList scopes;      // as granted, when the server said so
};

// The outcome of one token-endpoint call, typed so that callers can switch on it.
struct TokenResult
{
    enum class Kind {
        Success,
        InvalidGrant,       // the code or refresh token is dead: sign in again
        ConfigurationError, // invalid_client, unauthorized_client, invalid_request, invalid_scope...
        TransientError,     // network, timeout, 429, 5xx, malformed body: keep the token, retry
    };

    Kind kind = Kind::TransientError;
    TokenResponse response;  // only for Success
    QString error;           // the server's "error" code, or our own short code ("timeout", "network", "malformed")
    QString errorDescription;// the server's error_description, or a translated explanation
    int httpStatus = 0;      // 0 when no HTTP answer arrived
    int retryAfterSeconds = -1; // from a Retry-After header, -1 when absent

    bool ok() const { return kind == Kind::Success; }
};
