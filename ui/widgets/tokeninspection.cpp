#include "tokeninspection.h"

#include "auth/jwt.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

namespace {
QString timeText(const QJsonValue &seconds)
{
    if (!seconds.isDouble())
        return TokenInspection::tr("(not in the token)");
    const QDateTime at = QDateTime::fromSecsSinceEpoch(qint64(seconds.toDouble()), Qt::UTC);
    return TokenInspection::tr("%1 (UTC %2)")
        .arg(QLocale().toString(at.toLocalTime(), QLocale::LongFormat), at.toString(Qt::ISODate));
}

QString listText(const QJsonValue &value)
{
    if (value.isArray()) {
        QStringList parts;
        for (const QJsonValue &item : value.toArray())
            parts << item.toString();
        return parts.join(QStringLiteral(", "));
    }
    return value.toString();
}

QString orMissing(const QString &text)
{
    return text.isEmpty() ? TokenInspection::tr("(not in the token)") : text;
}
} // namespace

QList<TokenInspection::Row> TokenInspection::rows(const QByteArray &accessToken, const SessionState &session)
{
    QList<Row> rows;
    rows << Row{tr("Subject (from sign-in)"), session.subject.isEmpty() ? tr("(unknown)") : session.subject}
         << Row{tr("Name"), session.name.isEmpty() ? tr("(unknown)") : session.name}
         << Row{tr("Email"), session.email.isEmpty() ? tr("(unknown)") : session.email};

    if (accessToken.isEmpty()) {
        rows << Row{tr("Access token"), tr("None in this program's memory yet: sign in or refresh first.")};
        return rows;
    }
    QString error;
    const QJsonObject claims = decodeJwtPayload(accessToken, &error);
    if (!error.isEmpty() || claims.isEmpty()) {
        // Auth0 issues opaque access tokens when no audience is set: nothing to read.
        rows << Row{tr("Access token"), tr("Opaque (not a JWT): it has no claims to show. Set an audience to get a JWT.")};
        return rows;
    }
    QString scopes = claims.value(QStringLiteral("scope")).toString();
    if (scopes.isEmpty())
        scopes = listText(claims.value(QStringLiteral("scp")));
    rows << Row{tr("Access token"), tr("JWT (signature not shown)")}
         << Row{tr("Issuer"), orMissing(claims.value(QStringLiteral("iss")).toString())}
         << Row{tr("Audience"), orMissing(listText(claims.value(QStringLiteral("aud"))))}
         << Row{tr("Subject"), orMissing(claims.value(QStringLiteral("sub")).toString())}
         << Row{tr("Scopes"), orMissing(scopes)}
         << Row{tr("Authorized party"), orMissing(claims.value(QStringLiteral("azp")).toString())}
         << Row{tr("Issued at"), timeText(claims.value(QStringLiteral("iat")))}
         << Row{tr("Expires at"), timeText(claims.value(QStringLiteral("exp")))};
    return rows;
}
