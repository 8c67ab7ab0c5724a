#include "refreshoutcome.h"

#include "cli/exitcode.h"

int RefreshOutcome::exitCode() const
{
    switch (kind) {
    case Kind::Cached:
    case Kind::Refreshed:
    case Kind::RefreshedElsewhere:
        return ExitSuccess;
    case Kind::SignInRequired:
        return ExitSignInRequired;
    case Kind::KeychainUnavailable:
        return ExitKeychainUnavailable;
    case Kind::ConfigurationError:
        return ExitUsage;
    case Kind::TransientError:
        return ExitTransient;
    }
    return ExitFailure;
}

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
