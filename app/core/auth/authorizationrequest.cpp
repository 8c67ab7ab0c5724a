#include "auth/authorizationrequest.h"

#include "auth/providerendpoints.h"
#include "auth/randomtoken.h"
#include "common/logging.h"
#include "config/profile.h"

#include <QList>
#include <QPair>

namespace {
using Parameter = QPair<QByteArray, QByteArray>;

// Built by hand instead of with QUrlQuery::addQueryItem(): QUrlQuery keeps "+" as it
// is (a server decoding form-style reads it as a space) and takes a "%41" in a value
// for an already-encoded "A". toPercentEncoding() leaves only unreserved characters.
QString encodeQuery(const QList<Parameter> &parameters)
{
    QByteArray query;
    for (const Parameter &parameter : parameters) {
        if (!query.isEmpty())
            query += '&';
        query += QUrl::toPercentEncoding(QString::fromUtf8(parameter.first));
        query += '=';
        query += QUrl::toPercentEncoding(QString::fromUtf8(parameter.second));
    }
    return QString::fromLatin1(query);
}
} // namespace

AuthorizationRequest AuthorizationRequest::create(const Profile &profile, const ProviderEndpoints &endpoints,
                                                  const QString &uiLocales, const QString &loginHint)
{
    AuthorizationRequest request;
    request.pkce = Pkce::generate();
    request.state = randomUrlSafeToken();
    request.nonce = randomUrlSafeToken();

    QList<Parameter> parameters = {
        {"client_id", profile.clientId.toUtf8()},
        {"scope", profile.scopes.join(QLatin1Char(' ')).toUtf8()},
        {"response_type", "code"},
        {"state", request.state},
        {"redirect_uri", profile.redirectUri.toString(QUrl::FullyEncoded).toUtf8()},
        {"code_challenge_method", "S256"},
        {"code_challenge", request.pkce.challenge},
        {"nonce", request.nonce},
    };
    if (!profile.audience.isEmpty())
        parameters.append({"audience", profile.audience.toUtf8()});
    if (!uiLocales.isEmpty())
        parameters.append({"ui_locales", uiLocales.toUtf8()});
    if (!loginHint.isEmpty())
        parameters.append({"login_hint", loginHint.toUtf8()});

    request.url = endpoints.authorization;
    // Keep a query the provider put in its authorization endpoint (allowed by RFC 6749 3.1).
    const QString existing = request.url.query(QUrl::FullyEncoded);
    const QString added = encodeQuery(parameters);
    request.url.setQuery(existing.isEmpty() ? added : existing + QLatin1Char('&') + added, QUrl::StrictMode);

    qCDebug(lcAuth) << "authorization request created for profile" << profile.name
                    << "with audience" << !profile.audience.isEmpty()
                    << "ui_locales" << !uiLocales.isEmpty() << "login_hint" << !loginHint.isEmpty();
    return request;
}
