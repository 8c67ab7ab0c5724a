#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QString>

// The outcome of asking for a usable access token (and so, perhaps, of a refresh).
struct RefreshOutcome
{
    Q_DECLARE_TR_FUNCTIONS(RefreshOutcome)
public:
    enum class Kind {
        Cached,              // the stored access token was still valid: no request made
        Refreshed,           // this call refreshed (and stored the rotated refresh token)
        RefreshedElsewhere,  // another process refreshed while this one waited for the lock
        SignInRequired,      // no refresh token, or the server refused it (invalid_grant)
        KeychainUnavailable, // locked, missing, or too slow to answer
        ConfigurationError,  // the profile or the tenant is wrong (invalid_client...)
        TransientError,      // network, timeout, 429, 5xx, garbage: nothing lost, try again
    };

    Kind kind = Kind::TransientError;
    QByteArray accessToken; // a secret: printed only by `token`, never logged
    QDateTime expiresAt;
    QString message;        // translated, for the person; never contains a secret
    int retryAfterSeconds = -1;

    bool ok() const
    {
        return kind == Kind::Cached || kind == Kind::Refreshed || kind == Kind::RefreshedElsewhere;
    }
    static QString kindName(Kind kind); // "cached", "refreshed", ... for logs and JSON
};
Q_DECLARE_METATYPE(RefreshOutcome)
