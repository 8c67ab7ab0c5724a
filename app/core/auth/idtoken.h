#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// The claims of an ID token as the token endpoint returned it, read without a signature
// check: it came straight from the token endpoint over TLS (OpenID Connect Core
// 3.1.3.7, point 6). The claims themselves are checked by checkIdToken().
//
//     QString error;
//     auto claims = IdTokenClaims::decode(response.idToken, &error);
//     if (!claims) ...;
//     IdTokenCheck check = checkIdToken(*claims, profile.issuer, profile.clientId,
//                                       request.nonce, QDateTime::currentDateTimeUtc());
struct IdTokenClaims
{
    Q_DECLARE_TR_FUNCTIONS(IdTokenClaims)

public:
    QString issuer, subject, name, email, nonce;
    QString authorizedParty; // "azp"
    QStringList audience;    // "aud" may be a string or an array; always a list here
    QDateTime expiresAt, issuedAt; // UTC; invalid when absent
    QJsonObject all;

    // nullopt (and *error, translated) when the token is not a JWT with a JSON payload,
    // or when a claim has the wrong type (e.g. "aud" a number, "exp" a string).
    // Missing claims are not an error here; checkIdToken() reports them as Malformed.
    static std::optional<IdTokenClaims> decode(const QByteArray &jwt, QString *error);
};

enum class IdTokenCheck { Ok, Malformed, WrongIssuer, WrongAudience, Expired, IssuedInFuture, NonceMismatch };

// OpenID Connect Core 3.1.3.7, checked in the enum's order, first failure wins:
//  - iss, sub, aud, exp and iat present                        (else Malformed)
//  - iss is exactly issuer as a string                         (WrongIssuer)
//  - aud contains clientId; with several audiences azp must be
//    present and equal clientId; a present azp must equal it   (WrongAudience)
//  - now <= exp + leeway                                       (Expired)
//  - iat <= now + leeway                                       (IssuedInFuture)
//  - nonce equals the request's, compared in constant time     (NonceMismatch)
// An empty expected nonce skips the nonce check: an ID token from a refresh carries no
// nonce (Core 12.2), and there is no request to compare with.
IdTokenCheck checkIdToken(const IdTokenClaims &claims, const QUrl &issuer, const QString &clientId,
                          const QByteArray &nonce, const QDateTime &now, int leewaySeconds = 120);

// Translated text for the person signing in.
QString idTokenCheckMessage(IdTokenCheck check);
