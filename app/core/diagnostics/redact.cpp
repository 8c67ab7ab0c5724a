#include "diagnostics/redact.h"

#include <QRegularExpression>

namespace {

const QString kSecretNames = QStringLiteral("code|access_token|refresh_token|id_token|code_verifier");

QRegularExpression pattern(const QString &expression)
{
    return QRegularExpression(expression, QRegularExpression::CaseInsensitiveOption);
}

} // namespace

namespace Diagnostics {

QString redactedMarker()
{
    return QStringLiteral("[redacted]");
}

QString redact(const QString &text)
{
    // Named values first, so that the name survives and says what was removed.
    static const QRegularExpression query = pattern(
        QStringLiteral("(?<![A-Za-z0-9_])(%1)=[^&\\s\"']+").arg(kSecretNames));
    static const QRegularExpression json = pattern(
        QStringLiteral("\"(%1)\"\\s*:\\s*\"[^\"]*\"").arg(kSecretNames));
    static const QRegularExpression bearer = pattern(QStringLiteral("\\bBearer\\s+\\S+"));
    // JWS (3 segments) and JWE (5) alike; an unsigned JWT has an empty last segment.
    static const QRegularExpression jwt(QStringLiteral(
        "eyJ[A-Za-z0-9_-]*\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]*){0,2}"
        "|(?<![A-Za-z0-9_.-])[A-Za-z0-9_-]{16,}\\.[A-Za-z0-9_-]{16,}\\.[A-Za-z0-9_-]+"));
    static const QRegularExpression longRun(QStringLiteral("[A-Za-z0-9_-]{32,}"));

    QString result = text;
    result.replace(query, QStringLiteral("\\1=") + redactedMarker());
    result.replace(json, QStringLiteral("\"\\1\": \"") + redactedMarker() + QLatin1Char('"'));
    result.replace(bearer, QStringLiteral("Bearer ") + redactedMarker());
    result.replace(jwt, redactedMarker());
    result.replace(longRun, redactedMarker());
    return result;
}

} // namespace Diagnostics
