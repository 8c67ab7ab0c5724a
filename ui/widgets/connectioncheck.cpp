#include "connectioncheck.h"

#include "auth/discovery.h"
#include "auth/pkce.h"
#include "auth/providerendpoints.h"
#include "auth/randomtoken.h"
#include "common/logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>

ConnectionCheck::ConnectionCheck(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{
}

ConnectionCheck::~ConnectionCheck()
{
    if (m_reply)
        m_reply->abort();
}

void ConnectionCheck::start(const Profile &profile, std::function<void(const Result &)> done)
{
    m_profile = profile;
    m_result = Result{};
    m_done = std::move(done);
    QNetworkRequest request(DiscoveryClient::documentUrl(profile.issuer));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(TimeoutMs);
    m_reply = m_nam->get(request);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onDiscovery(reply); });
}

void ConnectionCheck::onDiscovery(QNetworkReply *reply)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->error() != QNetworkReply::NoError && status == 0) {
        m_result.tenant = Verdict::No;
        m_result.lines << tr("✗ The tenant does not answer: %1. Check the tenant address and your network.")
                              .arg(reply->errorString());
        finish();
        return;
    }
    QString error;
    ProviderEndpoints endpoints;
    const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll());
    if (status == 200 && doc.isObject())
        endpoints = ProviderEndpoints::fromDiscoveryDocument(doc.object(), m_profile.issuer, &error);
    else
        error = tr("HTTP status %1").arg(status);

    if (endpoints.isComplete()) {
        m_result.tenant = Verdict::Yes;
        m_result.lines << tr("✓ The tenant answers.");
        m_result.s256 = endpoints.codeChallengeMethods.isEmpty() ? Verdict::Unknown
            : endpoints.codeChallengeMethods.contains(QLatin1String("S256")) ? Verdict::Yes : Verdict::No;
        m_result.offlineAccess = endpoints.scopesSupported.isEmpty() ? Verdict::Unknown
            : endpoints.scopesSupported.contains(QLatin1String("offline_access")) ? Verdict::Yes : Verdict::No;
    } else {
        // Auth0 tenants always have the routes even when the document is refused.
        m_result.tenant = Verdict::Unknown;
        m_result.lines << tr("? The tenant's discovery document could not be used (%1); trying the usual Auth0 addresses.").arg(error);
        endpoints = ProviderEndpoints::auth0Defaults(m_profile.issuer);
    }
    switch (m_result.s256) {
    case Verdict::Yes: m_result.lines << tr("✓ It offers PKCE (S256)."); break;
    case Verdict::No: m_result.lines << tr("✗ It does not offer PKCE with S256: ask your administrator."); break;
    case Verdict::Unknown: m_result.lines << tr("? It does not say whether it offers PKCE (S256)."); break;
    }
    switch (m_result.offlineAccess) {
    case Verdict::Yes: m_result.lines << tr("✓ It offers refresh tokens (offline_access)."); break;
    case Verdict::No: m_result.lines << tr("✗ It does not offer offline_access: you would have to sign in again every day."); break;
    case Verdict::Unknown: m_result.lines << tr("? It does not say whether it offers refresh tokens (offline_access)."); break;
    }
    checkAuthorize(endpoints.authorization);
}

void ConnectionCheck::checkAuthorize(const QUrl &authorizeEndpoint)
{
    QUrl url = authorizeEndpoint;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("client_id"), m_profile.clientId);
    query.addQueryItem(QStringLiteral("redirect_uri"), m_profile.redirectUri.toString(QUrl::FullyEncoded));
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("scope"), m_profile.scopes.join(QLatin1Char(' ')));
    query.addQueryItem(QStringLiteral("state"), QString::fromLatin1(randomUrlSafeToken()));
    query.addQueryItem(QStringLiteral("nonce"), QString::fromLatin1(randomUrlSafeToken()));
    query.addQueryItem(QStringLiteral("code_challenge_method"), QStringLiteral("S256"));
    query.addQueryItem(QStringLiteral("code_challenge"), QString::fromLatin1(Pkce::generate().challenge));
    if (!m_profile.audience.isEmpty())
        query.addQueryItem(QStringLiteral("audience"), m_profile.audience);
    url.setQuery(query);

    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(TimeoutMs);
    m_reply = m_nam->get(request);
    QNetworkReply *reply = m_reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onAuthorize(reply); });
}

void ConnectionCheck::onAuthorize(QNetworkReply *reply)
{
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QUrl location = reply->url().resolved(reply->header(QNetworkRequest::LocationHeader).toUrl());
    const QUrlQuery locationQuery(location);
    qCInfo(lcUi) << "connection check: authorize answered" << status;
    if (status >= 300 && status < 400 && !locationQuery.hasQueryItem(QStringLiteral("error"))) {
        m_result.redirectAllowed = Verdict::Yes;
        m_result.lines << tr("✓ The client ID and redirect URI are accepted: the login page opens.");
    } else if ((status >= 300 && status < 400) || (status >= 400 && status < 500)) {
        m_result.redirectAllowed = Verdict::No;
        const QString why = locationQuery.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
        m_result.lines << (why.isEmpty()
            ? tr("✗ The tenant refuses this client ID or redirect URI: check both, and that the redirect URI is listed in the application's Allowed Callback URLs.")
            : tr("✗ The tenant refuses this client ID or redirect URI: %1").arg(why));
    } else {
        m_result.redirectAllowed = Verdict::Unknown;
        m_result.lines << tr("? Could not tell whether the client ID and redirect URI are accepted (%1).")
                              .arg(status ? tr("HTTP status %1").arg(status) : reply->errorString());
    }
    finish();
}

void ConnectionCheck::finish()
{
    auto done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(m_result);
}
