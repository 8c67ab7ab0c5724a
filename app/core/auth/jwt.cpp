#include "auth/jwt.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QList>

namespace {
QJsonObject decodePart(const QByteArray &jwt, int index, QString *error)
{
    auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return QJsonObject();
    };

    const QList<QByteArray> parts = jwt.split('.');
    if (parts.size() != 3) // 5 would be an encrypted token (JWE), which we cannot read
        return refuse(QCoreApplication::translate("Jwt", "The token is not a signed JWT (it has %n part(s), not 3).",
                                                  nullptr, int(parts.size())));
    if (parts.at(0).isEmpty() || parts.at(1).isEmpty())
        return refuse(QCoreApplication::translate("Jwt", "The token has an empty header or payload."));

    const auto decoded = QByteArray::fromBase64Encoding(
        parts.at(index), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return refuse(QCoreApplication::translate("Jwt", "The token is not valid base64url."));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return refuse(QCoreApplication::translate("Jwt", "The token's contents are not a JSON object."));

    if (error)
        error->clear();
    return document.object();
}
} // namespace

QJsonObject decodeJwtPayload(const QByteArray &jwt, QString *error)
{
    QString why;
    // The header is checked too: a token whose header is garbage is not a JWT at all.
    if (decodePart(jwt, 0, &why).isEmpty()) {
        if (error)
            *error = why.isEmpty() ? QCoreApplication::translate("Jwt", "The token's header is empty.") : why;
        return {};
    }
    return decodePart(jwt, 1, error);
}

QJsonObject decodeJwtHeader(const QByteArray &jwt, QString *error)
{
    return decodePart(jwt, 0, error);
}
