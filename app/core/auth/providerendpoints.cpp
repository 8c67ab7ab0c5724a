#include "auth/providerendpoints.h"

#include "common/logging.h"
#include "config/profile.h"

#include <QJsonArray>

namespace {
QUrl withTrailingSlash(const QUrl &url)
{
    QUrl result = url;
    if (!result.path().endsWith(QLatin1Char('/')))
        result.setPath(result.path() + QLatin1Char('/'));
    return result;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue &item : array) {
        if (item.isString())
            list << item.toString();
    }
    return list;
}
} // namespace

ProviderEndpoints ProviderEndpoints::auth0Defaults(const QUrl &issuer)
{
    const QUrl base = withTrailingSlash(issuer);
    ProviderEndpoints endpoints;
    endpoints.issuer = issuer;
    endpoints.authorization = base.resolved(QUrl(QStringLiteral("authorize")));
    endpoints.token = base.resolved(QUrl(QStringLiteral("oauth/token")));
    endpoints.revocation = base.resolved(QUrl(QStringLiteral("oauth/revoke")));
    endpoints.userinfo = base.resolved(QUrl(QStringLiteral("userinfo")));
    endpoints.jwks = base.resolved(QUrl(QStringLiteral(".well-known/jwks.json")));
    endpoints.endSession = base.resolved(QUrl(QStringLiteral("v2/logout")));
    endpoints.codeChallengeMethods = {QStringLiteral("S256")};
    endpoints.grantTypesSupported = {QStringLiteral("authorization_code"), QStringLiteral("refresh_token")};
    return endpoints;
}

ProviderEndpoints ProviderEndpoints::fromDiscoveryDocument(const QJsonObject &doc, const QUrl &expectedIssuer,
                                                           QString *error)
{
    auto refuse = [error](const QString &why) {
        qCWarning(lcAuth) << "discovery document refused";
        if (error)
            *error = why;
        return ProviderEndpoints();
    };

    // OIDC Discovery 4.3: the issuer must be identical to the one we asked, or a
    // document from elsewhere could redirect the sign-in.
    const QString expected = expectedIssuer.toString(QUrl::FullyEncoded);
    const QString issuer = doc.value(QLatin1String("issuer")).toString();
    if (issuer != expected)
        return refuse(tr("The server's discovery document names the issuer \"%1\", but the profile expects \"%2\". Check the issuer in the profile (a trailing \"/\" matters).")
                          .arg(issuer, expected));

    const ProviderEndpoints defaults = auth0Defaults(expectedIssuer);
    ProviderEndpoints endpoints;
    endpoints.issuer = expectedIssuer;
    endpoints.fromDiscovery = true;

    struct Field
    {
        const char *key;
        QUrl ProviderEndpoints::*member;
        bool required;
        QUrl fallback;
    };
    const Field fields[] = {
        {"authorization_endpoint", &ProviderEndpoints::authorization, true, {}},
        {"token_endpoint", &ProviderEndpoints::token, true, {}},
        {"revocation_endpoint", &ProviderEndpoints::revocation, false, defaults.revocation},
        {"userinfo_endpoint", &ProviderEndpoints::userinfo, false, {}},
        {"jwks_uri", &ProviderEndpoints::jwks, false, {}},
        {"end_session_endpoint", &ProviderEndpoints::endSession, false, defaults.endSession},
    };
    for (const Field &field : fields) {
        const QJsonValue value = doc.value(QLatin1String(field.key));
        if (value.isUndefined() || value.isNull()) {
            if (field.required)
                return refuse(tr("The server's discovery document has no \"%1\".").arg(QLatin1String(field.key)));
            endpoints.*field.member = field.fallback;
            continue;
        }
        const QUrl url(value.toString(), QUrl::StrictMode);
        if (!value.isString() || !Profile::isSecureOrLoopback(url) || url.hasFragment())
            return refuse(tr("The server's discovery document gives \"%1\" as \"%2\", which is not an https:// address.")
                              .arg(QLatin1String(field.key), value.toString()));
        endpoints.*field.member = url;
    }

    const QJsonValue methods = doc.value(QLatin1String("code_challenge_methods_supported"));
    if (methods.isUndefined()) {
        // Auth0 supports S256 whether or not its document says so.
        endpoints.codeChallengeMethods = defaults.codeChallengeMethods;
    } else {
        endpoints.codeChallengeMethods = stringList(methods);
        if (!endpoints.codeChallengeMethods.contains(QLatin1String("S256")))
            return refuse(tr("The server does not support PKCE with S256, which this program requires."));
    }
    endpoints.scopesSupported = stringList(doc.value(QLatin1String("scopes_supported")));
    endpoints.grantTypesSupported = stringList(doc.value(QLatin1String("grant_types_supported")));

    if (error)
        error->clear();
    return endpoints;
}
