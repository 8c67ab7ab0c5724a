#include "connectordocument.h"

#include "auth/providerendpoints.h"
#include "config/profile.h"
#include "connector/mtext.h"
#include "connector/mtemplate.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

namespace {
const int MaxKindLength = 64;

// Words M reserves (M language specification, "Keywords"): `section let;` would not parse.
bool isMKeyword(const QString &word)
{
    static const QStringList keywords = {
        "and", "as", "each", "else", "error", "false", "if", "in", "is", "let", "meta",
        "not", "null", "or", "otherwise", "section", "shared", "then", "true", "try", "type",
    };
    return keywords.contains(word);
}

QString urlLiteral(const QUrl &url)
{
    // FullyEncoded: the literal holds exactly what goes on the wire.
    return mTextLiteral(url.toString(QUrl::FullyEncoded));
}

// Refresh tokens exist only with offline_access; without it the connector would ask
// the person to sign in again every hour.
QString scopeWithOfflineAccess(QStringList scopes)
{
    if (!scopes.contains(QLatin1String("offline_access")))
        scopes << QStringLiteral("offline_access");
    return scopes.join(QLatin1Char(' '));
}

QString iconLiteral(const QString &kind, int size)
{
    return mTextLiteral(kind + QString::number(size) + QStringLiteral(".png"));
}
}

bool ConnectorDocument::isValidKind(const QString &kind)
{
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    return kind.size() <= MaxKindLength && identifier.match(kind).hasMatch()
        && !isMKeyword(kind);
}

QString ConnectorDocument::kindRule()
{
    return tr("A connector name starts with a letter or \"_\", continues with letters, digits "
              "or \"_\" (at most %1 characters), and is not an M keyword such as \"let\".")
        .arg(MaxKindLength);
}

QString ConnectorDocument::generate(const Profile &profile, const ProviderEndpoints &endpoints,
                                    const QString &kind, QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QString();
    };
    if (!isValidKind(kind))
        return fail(tr("\"%1\" cannot name a connector. %2").arg(kind, kindRule()));
    if (profile.clientId.isEmpty())
        return fail(tr("The profile \"%1\" has no client id.").arg(profile.name));
    if (!endpoints.authorization.isValid() || !endpoints.token.isValid()
        || !endpoints.endSession.isValid())
        return fail(tr("The profile \"%1\" has no usable issuer.").arg(profile.name));

    QFile file(QStringLiteral(":/connector/connector.pq.in"));
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("The connector template is missing from this build."));
    const QString tpl = QString::fromUtf8(file.readAll());

    const QSize window = profile.windowSize.isValid() && !profile.windowSize.isEmpty()
        ? profile.windowSize
        : Profile::defaultWindowSize();
    const QString label = mTextLiteral(kind);

    QHash<QString, QString> values{
        {"KIND", kind}, // an identifier checked above: safe as M code
        {"KIND_TEXT", mTextLiteral(kind)},
        {"PUBLISH_TEXT", mTextLiteral(kind + QStringLiteral(".Publish"))},
        {"CONTENTS_TEXT", mTextLiteral(kind + QStringLiteral(".Contents"))},
        {"VERSION", QStringLiteral(SIGNIN_VERSION)},
        {"PROFILE", mTextLiteral(profile.name)},
        {"CLIENT_ID", mTextLiteral(profile.clientId)},
        {"AUTHORIZE_URI", urlLiteral(endpoints.authorization)},
        {"TOKEN_URI", urlLiteral(endpoints.token)},
        {"LOGOUT_URI", urlLiteral(endpoints.endSession)},
        {"REDIRECT_URI", urlLiteral(profile.redirectUri)},
        {"SCOPE", mTextLiteral(scopeWithOfflineAccess(profile.scopes))},
        {"AUTHORIZE_EXTRAS", profile.audience.isEmpty()
             ? QStringLiteral("[]")
             : QStringLiteral("[audience = %1]").arg(mTextLiteral(profile.audience))},
        {"WINDOW_WIDTH", QString::number(window.width())},
        {"WINDOW_HEIGHT", QString::number(window.height())},
        {"LABEL", label},
        {"BUTTON_HELP", mTextLiteral(tr("Connect to %1 with your organisation's sign-in").arg(kind))},
    };
    for (int size : {16, 20, 24, 32, 40, 48, 64})
        values.insert(QStringLiteral("ICON%1").arg(size), iconLiteral(kind, size));

    QString missing;
    const QString document = fillTemplate(tpl, values, &missing);
    if (!missing.isEmpty())
        return fail(tr("The connector template uses an unknown value \"%1\".").arg(missing));
    if (error)
        error->clear();
    return document;
}
