#pragma once

#include "doctor/doctorcheck.h"
#include "session/refreshoutcome.h"
#include "session/signinresult.h"
#include "storage/keychainresult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// The checks that need a session (a refresh token in the keychain): 5, 6 and 8.
// Pure functions of what the session produced, so each verdict is unit-testable.
class SessionChecks
{
    Q_DECLARE_TR_FUNCTIONS(SessionChecks)
public:
    // 5. Refresh token issued.
    static DoctorCheck refreshTokenStored();
    static DoctorCheck refreshTokenNotSignedIn();  // no session, no --sign-in
    static DoctorCheck refreshTokenKeychain(const KeychainResult &lookup); // keychain failed
    static DoctorCheck refreshTokenSignIn(const SignInResult &result);     // after --sign-in
    static DoctorCheck refreshTokenBlocked();      // --sign-in, but /authorize refuses us

    // 6. Rotation: the refresh token's fingerprint before and after one forced refresh.
    static DoctorCheck rotation(const QString &fingerprintBefore, const QString &fingerprintAfter,
                                const RefreshOutcome &outcome);

    // 8. The access token's "aud" against the profile's audience.
    static DoctorCheck audience(const QString &profileAudience, const QByteArray &accessToken);

    // Checks 6 and 8 when check 5 found no session.
    static DoctorCheck notSignedIn(DoctorCheck::Id id);
    static DoctorCheck sessionNotTouched(DoctorCheck::Id id); // Options::sessionChecks off
};
