#include "exitcode.h"

#include "doctor/doctorcheck.h"
#include "session/refreshoutcome.h"
#include "session/signinresult.h"
#include "session/signout.h"
#include "session/statusreport.h"

ExitCode exitCodeFor(const RefreshOutcome &outcome)
{
    using Kind = RefreshOutcome::Kind;
    switch (outcome.kind) {
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

ExitCode exitCodeFor(const SignInResult &result)
{
    using Kind = SignInResult::Kind;
    switch (result.kind) {
    case Kind::SignedIn:
        return ExitSuccess;
    case Kind::Cancelled:
        return ExitCancelled;
    case Kind::AccessDenied:
    case Kind::StateMismatch:
    case Kind::MalformedCallback:
    case Kind::InvalidIdToken:
        return ExitSignInRequired;
    case Kind::ExchangeFailed:
        switch (result.exchangeKind) {
        case TokenResult::Kind::TransientError:
            return ExitTransient;
        case TokenResult::Kind::ConfigurationError:
            return ExitUsage;
        default:
            return ExitSignInRequired;
        }
    case Kind::NoRefreshToken:
    case Kind::NotConfigured:
        return ExitUsage;
    case Kind::KeychainUnavailable:
        return ExitKeychainUnavailable;
    case Kind::LoginWindowFailed:
    case Kind::AlreadyInProgress:
        return ExitFailure;
    }
    return ExitFailure;
}

ExitCode exitCodeFor(const SignOutResult &result)
{
    return result.kind == SignOutResult::Kind::KeychainUnavailable ? ExitKeychainUnavailable
                                                                  : ExitSuccess;
}

ExitCode exitCodeFor(const ProfileStatus &status)
{
    switch (status.state) {
    case ProfileStatus::State::SignedIn: return ExitSuccess;
    case ProfileStatus::State::SignedOut:
    case ProfileStatus::State::NeedsSignIn: return ExitSignInRequired;
    case ProfileStatus::State::KeychainUnavailable: return ExitKeychainUnavailable;
    case ProfileStatus::State::Error: return ExitUsage;
    }
    return ExitFailure;
}

ExitCode exitCodeFor(const DoctorReport &report)
{
    switch (report.outcome()) {
    case DoctorReport::Outcome::Healthy: return ExitSuccess;
    case DoctorReport::Outcome::ConfigurationProblem: return ExitUsage;
    case DoctorReport::Outcome::NetworkProblem: return ExitTransient;
    }
    return ExitFailure;
}
