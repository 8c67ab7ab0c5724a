#include "refreshoutcome.h"

QString RefreshOutcome::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Cached: return QStringLiteral("cached");
    case Kind::Refreshed: return QStringLiteral("refreshed");
    case Kind::RefreshedElsewhere: return QStringLiteral("refreshed_elsewhere");
    case Kind::SignInRequired: return QStringLiteral("sign_in_required");
    case Kind::KeychainUnavailable: return QStringLiteral("keychain_unavailable");
    case Kind::ConfigurationError: return QStringLiteral("configuration_error");
    case Kind::TransientError: return QStringLiteral("transient_error");
    }
    return QString();
}
