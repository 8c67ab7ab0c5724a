#include "signinresult.h"

QString SignInResult::kindName(Kind kind)
{
    switch (kind) {
    case Kind::SignedIn: return QStringLiteral("signed_in");
    case Kind::Cancelled: return QStringLiteral("cancelled");
    case Kind::AccessDenied: return QStringLiteral("access_denied");
    case Kind::StateMismatch: return QStringLiteral("state_mismatch");
    case Kind::MalformedCallback: return QStringLiteral("malformed_callback");
    case Kind::ExchangeFailed: return QStringLiteral("exchange_failed");
    case Kind::InvalidIdToken: return QStringLiteral("invalid_id_token");
    case Kind::NoRefreshToken: return QStringLiteral("no_refresh_token");
    case Kind::KeychainUnavailable: return QStringLiteral("keychain_unavailable");
    case Kind::LoginWindowFailed: return QStringLiteral("login_window_failed");
    case Kind::NotConfigured: return QStringLiteral("not_configured");
    case Kind::AlreadyInProgress: return QStringLiteral("already_in_progress");
    }
    return QString();
}
