#include "auth/idtoken.h"

#include "auth/jwt.h"
#include "auth/randomtoken.h"

#include <QJsonArray>

namespace {
// NumericDate (RFC 7519 2): seconds since the epoch, possibly fractional.
bool readTime(const QJsonObject &payload, const char *key, QDateTime *out)
{
    const QJsonValue value = payload.value(QLatin1String(key));
    if (value.isUndefined())
        return true;
    if (!value.isDouble())
        return false;
    *out = QDateTime::fromSecsSinceEpoch(qint64(value.toDouble()), Qt::UTC);
    return true;
}

bool readString(const QJsonObject &payload, const char *key, QString *out)
{
    const QJsonValue value = payload.value(QLatin1String(key));
    if (value.isUndefined())
        return true;
    if (!value.isString())
        return false;
    *out = value.toString();
    return true;
}

bool readAudience(const QJsonObject &payload, QStringList *out)
{
    const QJsonValue value = payload.value(QLatin1String("aud"));
    if (value.isUndefined())
        return true;
    if (value.isString()) {
        *out = {value.toString()};
        return true;
    }
    if (!value.isArray())
        return false;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (!item.isString())
            return false;
        *out << item.toString();
    }
    return true;
}
} // namespace

std::optional<IdTokenClaims> IdTokenClaims::decode(const QByteArray &jwt, QString *error)
{
    QString why;
    const QJsonObject payload = decodeJwtPayload(jwt, &why);
    if (!why.isEmpty() || payload.isEmpty()) {
        if (error)
            *error = why.isEmpty() ? tr("The ID token has no claims.") : why;
        return std::nullopt;
    }

    IdTokenClaims claims;
    claims.all = payload;
    const struct
    {
        const char *key;
        QString *out;
    } strings[] = {
        {"iss", &claims.issuer}, {"sub", &claims.subject}, {"name", &claims.name},
        {"email", &claims.email}, {"nonce", &claims.nonce}, {"azp", &claims.authorizedParty},
    };
    for (const auto &field : strings) {
        if (!readString(payload, field.key, field.out)) {
            if (error)
                *error = tr("The ID token's \"%1\" claim is not a string.").arg(QLatin1String(field.key));
            return std::nullopt;
        }
    }
    if (!readAudience(payload, &claims.audience)) {
        if (error)
            *error = tr("The ID token's \"aud\" claim is neither a string nor a list of strings.");
        return std::nullopt;
    }
    if (!readTime(payload, "exp", &claims.expiresAt) || !readTime(payload, "iat", &claims.issuedAt)) {
        if (error)
            *error = tr("The ID token's \"exp\" or \"iat\" claim is not a number.");
        return std::nullopt;
    }
    if (error)
        error->clear();
    return claims;
}

IdTokenCheck checkIdToken(const IdTokenClaims &claims, const QUrl &issuer, const QString &clientId,
                          const QByteArray &nonce, const QDateTime &now, int leewaySeconds)
{
    if (claims.issuer.isEmpty() || claims.subject.isEmpty() || claims.audience.isEmpty()
        || !claims.expiresAt.isValid() || !claims.issuedAt.isValid())
        return IdTokenCheck::Malformed;

    if (claims.issuer != issuer.toString(QUrl::FullyEncoded))
        return IdTokenCheck::WrongIssuer;

    if (!claims.audience.contains(clientId))
        return IdTokenCheck::WrongAudience;
    if (claims.audience.size() > 1 && claims.authorizedParty.isEmpty())
        return IdTokenCheck::WrongAudience;
    if (!claims.authorizedParty.isEmpty() && claims.authorizedParty != clientId)
        return IdTokenCheck::WrongAudience;

    if (now > claims.expiresAt.addSecs(leewaySeconds))
        return IdTokenCheck::Expired;
    if (claims.issuedAt > now.addSecs(leewaySeconds))
        return IdTokenCheck::IssuedInFuture;

    if (!nonce.isEmpty() && !constantTimeEquals(claims.nonce.toUtf8(), nonce))
        return IdTokenCheck::NonceMismatch;

    return IdTokenCheck::Ok;
}

QString idTokenCheckMessage(IdTokenCheck check)
{
    switch (check) {
    case IdTokenCheck::Ok:
        return IdTokenClaims::tr("The ID token is valid.");
    case IdTokenCheck::Malformed:
        return IdTokenClaims::tr("The server's ID token lacks required claims (iss, sub, aud, exp, iat).");
    case IdTokenCheck::WrongIssuer:
        return IdTokenClaims::tr("The ID token was issued by another server than the profile's issuer. Check the issuer in the profile.");
    case IdTokenCheck::WrongAudience:
        return IdTokenClaims::tr("The ID token was issued for another application. Check the client ID in the profile.");
    case IdTokenCheck::Expired:
        return IdTokenClaims::tr("The ID token has already expired. Check that this computer's clock is correct, then sign in again.");
    case IdTokenCheck::IssuedInFuture:
        return IdTokenClaims::tr("The ID token was issued in the future. Check that this computer's clock is correct, then sign in again.");
    case IdTokenCheck::NonceMismatch:
        return IdTokenClaims::tr("The ID token does not belong to this sign-in attempt. Please sign in again.");
    }
    return {};
}
