#pragma once

struct DoctorReport;
struct ProfileStatus;
struct RefreshOutcome;
struct SignInResult;
struct SignOutResult;

// The exit codes installers, scripts and support tools rely on (ARCHITECTURE.md).
enum ExitCode : int {
    ExitSuccess = 0,
    ExitFailure = 1,            // anything not covered below (should be rare)
    ExitUsage = 2,              // usage or configuration error
    ExitSignInRequired = 3,     // no refresh token, or the server rejected it
    ExitKeychainUnavailable = 4,// keychain unavailable or locked
    ExitTransient = 5,          // network or server error: nothing lost, try again
    ExitCancelled = 6,          // the person cancelled the sign-in
};

// The one place where the core's typed results become the command line's exit codes.
ExitCode exitCodeFor(const RefreshOutcome &outcome);
ExitCode exitCodeFor(const SignInResult &result);
ExitCode exitCodeFor(const SignOutResult &result);
ExitCode exitCodeFor(const ProfileStatus &status);
ExitCode exitCodeFor(const DoctorReport &report);
