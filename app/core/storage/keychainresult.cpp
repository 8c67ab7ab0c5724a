#include "storage/keychainresult.h"

#include "storage/tokenstore.h"

KeychainResult KeychainResult::success(const QByteArray &secret)
{
    KeychainResult result;
    result.kind = Kind::Ok;
    result.secret = secret;
    return result;
}

KeychainResult KeychainResult::failure(Kind kind, Cause cause, const QString &detail)
{
    KeychainResult result;
    result.kind = kind;

    switch (cause) {
    case Cause::Timeout:
        result.message = tr("The keychain did not answer within %n second(s). It may be locked "
                            "or waiting for a password prompt: unlock it and try again.",
                            nullptr, detail.toInt());
        return result;
    case Cause::SecretTooLarge:
        result.message = tr("The token is too large to store in the keychain "
                            "(%1 bytes; at most %2 bytes fit). Nothing was stored.")
                             .arg(detail)
                             .arg(TokenStore::MaxSecretBytes);
        return result;
    case Cause::EmptySecret:
        result.message = tr("There is no refresh token to store. Nothing was stored.");
        return result;
    case Cause::InvalidProfile:
        result.message = tr("The profile name is not valid: use letters, digits, '.', '_' "
                            "or '-' (at most 64).");
        return result;
    case Cause::None:
    case Cause::Backend:
        break;
    }

    switch (kind) {
    case Kind::Ok:
        break;
    case Kind::NotFound:
        result.message = tr("No sign-in is stored for this profile. Sign in to continue.");
        break;
    case Kind::Unavailable:
        result.message = tr("The keychain is locked or not available. Unlock it and try again.");
        break;
    case Kind::Denied:
        result.message = tr("Access to the keychain was refused. Allow Connector Sign-In to "
                            "use the keychain, then try again.");
        break;
    case Kind::Failed:
        result.message = detail.isEmpty()
                             ? tr("The keychain reported an error. Try again.")
                             : tr("The keychain reported an error: %1").arg(detail);
        break;
    }
    return result;
}

QString KeychainResult::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Ok: return QStringLiteral("ok");
    case Kind::NotFound: return QStringLiteral("not_found");
    case Kind::Unavailable: return QStringLiteral("unavailable");
    case Kind::Denied: return QStringLiteral("denied");
    case Kind::Failed: return QStringLiteral("failed");
    }
    return QStringLiteral("failed");
}
