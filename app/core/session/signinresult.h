#pragma once

#include "auth/tokenresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// The outcome of one interactive sign-in. Nothing is stored unless kind == SignedIn.
struct SignInResult
{
    Q_DECLARE_TR_FUNCTIONS(SignInResult)
public:
    enum class Kind {
        SignedIn,
        Cancelled,           // the person closed the window
        AccessDenied,        // the server answered error=access_denied (or another error)
        StateMismatch,       // the callback's state is not ours: refused, nothing stored
        MalformedCallback,   // duplicated or missing parameters
        ExchangeFailed,      // the token endpoint refused or failed; see exchangeKind
        InvalidIdToken,      // iss/aud/exp/nonce check failed
        NoRefreshToken,      // the tenant issued no refresh token (offline_access not allowed)
        KeychainUnavailable, // the refresh token could not be stored
        LoginWindowFailed,   // the login window process did not start or crashed
        NotConfigured,       // the profile is incomplete or invalid
        AlreadyInProgress,   // another process has a login window open for this profile
    };

    Kind kind = Kind::LoginWindowFailed;
    TokenResult::Kind exchangeKind = TokenResult::Kind::Success; // for ExchangeFailed
    QString message;         // translated, secret-free, says what to do next
    QByteArray accessToken;  // for SignedIn: the session keeps it in memory
    QDateTime expiresAt;

    bool ok() const { return kind == Kind::SignedIn; }
    static QString kindName(Kind kind);
};
