#include "doctor/sessionchecks.h"

#include "auth/jwt.h"

#include <QJsonArray>

using Verdict = DoctorCheck::Verdict;
using Id = DoctorCheck::Id;

DoctorCheck SessionChecks::refreshTokenStored()
{
    return DoctorCheck::make(Id::RefreshToken, Verdict::Ok,
                             tr("Signed in: a refresh token is stored in the keychain."));
}

DoctorCheck SessionChecks::refreshTokenNotSignedIn()
{
    return DoctorCheck::make(Id::RefreshToken, Verdict::Skipped,
                             tr("Not checked: this profile is not signed in."),
                             tr("Sign in first or pass --sign-in."));
}

DoctorCheck SessionChecks::refreshTokenKeychain(const KeychainResult &lookup)
{
    return DoctorCheck::make(Id::RefreshToken, Verdict::Fail,
                             tr("The keychain could not be read: %1").arg(lookup.message),
                             tr("Unlock the keychain (log in to the desktop session) and run the doctor again."));
}

DoctorCheck SessionChecks::refreshTokenSignIn(const SignInResult &result)
{
    switch (result.kind) {
    case SignInResult::Kind::SignedIn:
        return DoctorCheck::make(Id::RefreshToken, Verdict::Ok,
                                 tr("Signed in: the tenant issued a refresh token."));
    case SignInResult::Kind::NoRefreshToken:
        return DoctorCheck::make(Id::RefreshToken, Verdict::Fail,
                                 tr("The sign-in worked but the tenant issued no refresh token, so "
                                    "people would have to sign in again every hour."),
                                 tr("Enable \"Allow Offline Access\" on the API in Auth0 and request "
                                    "offline_access (the profile's scopes)."));
    case SignInResult::Kind::Cancelled:
        return DoctorCheck::make(Id::RefreshToken, Verdict::Skipped,
                                 tr("Not checked: the sign-in was cancelled."),
                                 tr("Sign in first or pass --sign-in."));
    default:
        break;
    }
    DoctorCheck check = DoctorCheck::make(Id::RefreshToken, Verdict::Fail,
                                          tr("The sign-in failed: %1").arg(result.message));
    check.network = result.kind == SignInResult::Kind::ExchangeFailed
        && result.exchangeKind == TokenResult::Kind::TransientError;
    return check;
}

DoctorCheck SessionChecks::refreshTokenBlocked()
{
    return DoctorCheck::make(Id::RefreshToken, Verdict::Skipped,
                             tr("Not checked: the tenant refuses the sign-in request (see above)."),
                             tr("Fix the client id or redirect URI first."));
}

DoctorCheck SessionChecks::rotation(const QString &fingerprintBefore, const QString &fingerprintAfter,
                                    const RefreshOutcome &outcome)
{
    if (!outcome.ok()) {
        DoctorCheck check = DoctorCheck::make(Id::Rotation, Verdict::Fail,
                                              tr("The refresh failed: %1").arg(outcome.message));
        check.network = outcome.kind == RefreshOutcome::Kind::TransientError;
        return check;
    }
    if (fingerprintAfter.isEmpty() || fingerprintBefore.isEmpty()) {
        return DoctorCheck::make(Id::Rotation, Verdict::Skipped,
                                 tr("Not checked: the refresh token could not be read back from the keychain."));
    }
    if (fingerprintAfter != fingerprintBefore) {
        return DoctorCheck::make(Id::Rotation, Verdict::Ok,
                                 tr("Rotation on: the refresh gave a new refresh token (%1 \u2192 %2).")
                                     .arg(fingerprintBefore, fingerprintAfter));
    }
    return DoctorCheck::make(Id::Rotation, Verdict::Warning,
                             tr("Rotation off: the refresh kept the same refresh token (%1), so a "
                                "stolen one stays usable until it expires.").arg(fingerprintBefore),
                             tr("Turn on \"Refresh Token Rotation\" in the application's settings in Auth0."));
}

DoctorCheck SessionChecks::audience(const QString &profileAudience, const QByteArray &accessToken)
{
    if (accessToken.isEmpty())
        return DoctorCheck::make(Id::Audience, Verdict::Skipped, tr("Not checked: no access token at hand."));
    QString error;
    const QJsonObject claims = decodeJwtPayload(accessToken, &error);
    if (!error.isEmpty()) {
        return DoctorCheck::make(Id::Audience, Verdict::Skipped,
                                 tr("Not checked: the access token is not a JWT (no audience requested?)."),
                                 profileAudience.isEmpty()
                                     ? tr("Set the profile's audience to the API identifier in Auth0.")
                                     : QString());
    }
    QStringList audiences;
    const QJsonValue aud = claims.value(QLatin1String("aud"));
    if (aud.isArray()) {
        for (const QJsonValue &value : aud.toArray())
            audiences.append(value.toString());
    } else if (aud.isString()) {
        audiences.append(aud.toString());
    }
    const QString seen = audiences.join(QLatin1String(", "));
    if (profileAudience.isEmpty()) {
        return DoctorCheck::make(Id::Audience, Verdict::Skipped,
                                 tr("Not checked: the profile asks for no audience (the token is for \"%1\").")
                                     .arg(seen));
    }
    if (audiences.contains(profileAudience)) {
        return DoctorCheck::make(Id::Audience, Verdict::Ok,
                                 tr("The access token is for \"%1\", as the profile asks.").arg(profileAudience));
    }
    return DoctorCheck::make(Id::Audience, Verdict::Fail,
                             tr("The access token is for \"%1\", but the profile asks for \"%2\".")
                                 .arg(seen, profileAudience),
                             tr("Request audience=%1 (sign in again after changing it) and check the "
                                "API identifier in Auth0.").arg(profileAudience));
}

DoctorCheck SessionChecks::sessionNotTouched(DoctorCheck::Id id)
{
    return DoctorCheck::make(id, Verdict::Skipped,
                             tr("Not checked here: this check uses the stored sign-in."),
                             tr("Save the profile, sign in, then run \"connector-signin doctor\"."));
}

DoctorCheck SessionChecks::notSignedIn(DoctorCheck::Id id)
{
    return DoctorCheck::make(id, Verdict::Skipped, tr("Not checked: no signed-in session."),
                             tr("Sign in first or pass --sign-in."));
}
