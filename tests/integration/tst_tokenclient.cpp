#include "auth/discovery.h"
#include "auth/tokenclient.h"
#include "cannedhttpserver.h"
#include "isolatedenvironment.h"
#include "protocolsteps.h"
#include "testserver.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTest>

#include <memory>

Q_DECLARE_METATYPE(TokenResult::Kind)

// TokenClient against the real authorization server: every answer the server (or the
// network) can give maps to the Kind that tells the session what to do.
class TestTokenClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void serverFault_mapsToTransientError_data();
    void serverFault_mapsToTransientError();
    void serverRefusal_mapsToKind_data();
    void serverRefusal_mapsToKind();
    void closedPort_isTransientNetworkError();
    void redirect_isConfigurationError_andNotFollowed();
    void bodyOverCap_isAbortedAsMalformed_data();
    void bodyOverCap_isAbortedAsMalformed();
    void codeExchange_parsesEveryField();
    void codeExchange_withOtherRedirectUri_isInvalidGrant();

private:
    std::unique_ptr<IsolatedEnvironment> m_env;
    TestServer m_server;
    QNetworkAccessManager m_nam;
    ProviderEndpoints m_endpoints;
    Profile m_profile;
};

void TestTokenClient::initTestCase()
{
    m_env = std::make_unique<IsolatedEnvironment>();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_profile = testProfile(m_server);
    DiscoveryClient discovery(&m_nam);
    const auto resolved = awaitResult<DiscoveryResult>([&](auto done) {
        discovery.resolve(m_server.issuer(), done);
    });
    QVERIFY(resolved);
    QVERIFY2(!resolved->fellBack, qPrintable(resolved->warning));
    m_endpoints = resolved->endpoints;
}

void TestTokenClient::init()
{
    QVERIFY(m_server.resetStats());
}

void TestTokenClient::cleanup()
{
    QVERIFY(m_server.clearFault("token"));
}

void TestTokenClient::serverFault_mapsToTransientError_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QJsonObject>("faultOptions");
    QTest::addColumn<int>("clientTimeoutMs");
    QTest::addColumn<QString>("expectedError");
    QTest::addColumn<int>("expectedStatus");
    QTest::addColumn<int>("expectedRetryAfter");

    const int normal = TokenClient::DefaultTimeoutMs;
    QTest::addRow("500 with JSON error") << "500" << QJsonObject{} << normal << "server_error" << 500 << -1;
    QTest::addRow("429 without Retry-After") << "429" << QJsonObject{} << normal << "rate_limited" << 429 << -1;
    QTest::addRow("429 with Retry-After seconds")
        << "429" << QJsonObject{{"retryAfter", 17}} << normal << "rate_limited" << 429 << 17;
    QTest::addRow("slow answer beyond the client timeout")
        << "slow" << QJsonObject{{"delayMs", 3000}} << 300 << "timeout" << 0 << -1;
    QTest::addRow("200 with a non-JSON body") << "malformed" << QJsonObject{} << normal << "malformed" << 200 << -1;
    QTest::addRow("200 with truncated JSON") << "truncated" << QJsonObject{} << normal << "malformed" << 200 << -1;
    QTest::addRow("502 HTML page of a proxy") << "html" << QJsonObject{} << normal << "server_error" << 502 << -1;
    QTest::addRow("connection dropped") << "drop" << QJsonObject{} << normal << "network" << 0 << -1;
}

void TestTokenClient::serverFault_mapsToTransientError()
{
    QFETCH(QString, fault);
    QFETCH(QJsonObject, faultOptions);
    QFETCH(int, clientTimeoutMs);
    QFETCH(QString, expectedError);
    QFETCH(int, expectedStatus);
    QFETCH(int, expectedRetryAfter);

    // Until cleared: Qt resends a request once when a kept-alive connection is dropped,
    // and that retry must meet the fault too.
    QVERIFY2(m_server.setFault("token", fault, -1, faultOptions), qPrintable(m_server.errorString()));
    TokenClient client(&m_nam);
    client.setTimeout(clientTimeoutMs);
    const auto result = refreshToken(&client, m_endpoints, m_profile.clientId, "some-refresh-token");
    QVERIFY(result);
    QVERIFY2(result->kind == TokenResult::Kind::TransientError, describe(*result));
    QCOMPARE(result->error, expectedError);
    QCOMPARE(result->httpStatus, expectedStatus);
    QCOMPARE(result->retryAfterSeconds, expectedRetryAfter);
    QVERIFY(!result->errorDescription.isEmpty());
    QVERIFY(result->response.accessToken.isEmpty());
    // The fault answered before oidc-provider: nothing reached the real handler.
    QCOMPARE(m_server.stats()["token_requests"].toInt(), 0);
}

void TestTokenClient::serverRefusal_mapsToKind_data()
{
    QTest::addColumn<QString>("grant");      // "refresh_token" or "authorization_code"
    QTest::addColumn<QString>("endpointPath");
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QByteArray>("secret");  // the refresh token or the code
    QTest::addColumn<QByteArray>("verifier");
    QTest::addColumn<TokenResult::Kind>("expectedKind");
    QTest::addColumn<QString>("expectedError");
    QTest::addColumn<int>("expectedStatus");

    const QString client = TestServer::clientId();
    const QByteArray verifier = Pkce::generate().verifier;
    using K = TokenResult::Kind;
    QTest::addRow("unknown refresh token is invalid_grant")
        << "refresh_token" << "oauth/token" << client << QByteArray("bogus-refresh-token")
        << QByteArray() << K::InvalidGrant << "invalid_grant" << 400;
    QTest::addRow("refresh token with + and & is still just invalid_grant")
        << "refresh_token" << "oauth/token" << client << QByteArray("a+b&grant_type=x")
        << QByteArray() << K::InvalidGrant << "invalid_grant" << 400;
    QTest::addRow("unknown authorization code is invalid_grant")
        << "authorization_code" << "oauth/token" << client << QByteArray("bogus-code")
        << verifier << K::InvalidGrant << "invalid_grant" << 400;
    QTest::addRow("unknown client id is invalid_client")
        << "refresh_token" << "oauth/token" << "no-such-client" << QByteArray("bogus-refresh-token")
        << QByteArray() << K::ConfigurationError << "invalid_client" << 401;
    QTest::addRow("refresh without a refresh token is invalid_request")
        << "refresh_token" << "oauth/token" << client << QByteArray()
        << QByteArray() << K::ConfigurationError << "invalid_request" << 400;
    QTest::addRow("wrong token endpoint path is a configuration error")
        << "refresh_token" << "oauth/no-such-endpoint" << client << QByteArray("bogus-refresh-token")
        << QByteArray() << K::ConfigurationError << "invalid_request" << 404;
}

void TestTokenClient::serverRefusal_mapsToKind()
{
    QFETCH(QString, grant);
    QFETCH(QString, endpointPath);
    QFETCH(QString, clientId);
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, verifier);
    QFETCH(TokenResult::Kind, expectedKind);
    QFETCH(QString, expectedError);
    QFETCH(int, expectedStatus);

    TokenClient client(&m_nam);
    const QUrl endpoint = m_server.url(endpointPath);
    const auto result = awaitResult<TokenResult>([&](auto done) {
        if (grant == "refresh_token")
            client.refresh(endpoint, clientId, secret, done);
        else
            client.exchangeCode(endpoint, clientId, secret, verifier, m_profile.redirectUri, done);
    });
    QVERIFY(result);
    QVERIFY2(result->kind == expectedKind, describe(*result));
    QCOMPARE(result->error, expectedError);
    QCOMPARE(result->httpStatus, expectedStatus);
    QVERIFY2(!result->errorDescription.isEmpty(), "the server's error_description is kept");
}

void TestTokenClient::closedPort_isTransientNetworkError()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now: the connection is refused

    TokenClient client(&m_nam);
    const QUrl endpoint(QStringLiteral("http://127.0.0.1:%1/oauth/token").arg(port));
    const auto refused = awaitResult<TokenResult>([&](auto done) {
        client.refresh(endpoint, m_profile.clientId, "some-refresh-token", done);
    });
    QVERIFY(refused);
    QVERIFY2(refused->kind == TokenResult::Kind::TransientError, describe(*refused));
    QCOMPARE(refused->error, QStringLiteral("network"));
    QCOMPARE(refused->httpStatus, 0);
}

void TestTokenClient::redirect_isConfigurationError_andNotFollowed()
{
    CannedHttpServer canned("HTTP/1.1 302 Found\r\nLocation: /elsewhere\r\nContent-Length: 0\r\n"
                            "Connection: close\r\n\r\n");
    TokenClient client(&m_nam);
    const auto result = awaitResult<TokenResult>([&](auto done) {
        client.refresh(canned.url("/oauth/token"), m_profile.clientId, "some-refresh-token", done);
    });
    QVERIFY(result);
    QVERIFY2(result->kind == TokenResult::Kind::ConfigurationError, describe(*result));
    QCOMPARE(result->error, QStringLiteral("unexpected_redirect"));
    QCOMPARE(result->httpStatus, 302);
    QCOMPARE(canned.requests(), 1); // the secret was not posted to the Location
}

void TestTokenClient::bodyOverCap_isAbortedAsMalformed_data()
{
    QTest::addColumn<bool>("declareLength");
    QTest::addRow("Content-Length over the cap") << true;
    QTest::addRow("no Content-Length, body over the cap") << false;
}

void TestTokenClient::bodyOverCap_isAbortedAsMalformed()
{
    QFETCH(bool, declareLength);
    const QByteArray body = "{\"access_token\":\"" + QByteArray(TokenClient::MaxBodyBytes + 10, 'a')
        + "\",\"token_type\":\"Bearer\"}";
    QByteArray response = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n";
    if (declareLength)
        response += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    response += "\r\n" + body;
    CannedHttpServer canned(response);

    TokenClient client(&m_nam);
    const auto result = awaitResult<TokenResult>([&](auto done) {
        client.refresh(canned.url("/oauth/token"), m_profile.clientId, "some-refresh-token", done);
    });
    QVERIFY(result);
    QVERIFY2(result->kind == TokenResult::Kind::TransientError, describe(*result));
    QCOMPARE(result->error, QStringLiteral("malformed"));
    QVERIFY(result->response.accessToken.isEmpty());
}

void TestTokenClient::codeExchange_parsesEveryField()
{
    TokenClient client(&m_nam);
    QString error;
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const TokenResult result = signInForTokens(&client, m_profile, m_endpoints, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(result.ok(), describe(result));
    QCOMPARE(result.httpStatus, 200);
    QVERIFY(!result.response.accessToken.isEmpty());
    QVERIFY(!result.response.refreshToken.isEmpty());
    QVERIFY(!result.response.idToken.isEmpty());
    QCOMPARE(result.response.tokenType, QStringLiteral("Bearer"));
    QCOMPARE(result.response.expiresAt.timeSpec(), Qt::UTC);
    // The server's access tokens live 3600 s.
    const qint64 lifetime = before.secsTo(result.response.expiresAt);
    QVERIFY2(lifetime > 3590 && lifetime <= 3601, qPrintable(QString::number(lifetime)));
    QVERIFY2(result.response.scopes.contains("openid")
                 && result.response.scopes.contains("offline_access"),
             qPrintable(result.response.scopes.join(' ')));
    QCOMPARE(m_server.stats()["token"].toObject()["authorization_code"].toInt(), 1);
}

void TestTokenClient::codeExchange_withOtherRedirectUri_isInvalidGrant()
{
    // oidc-provider (like Auth0) answers a redirect_uri that differs from the one sent to
    // /authorize with invalid_grant, not invalid_request: the code is bound to it.
    AuthorizationRequest request;
    QString error;
    const QByteArray code = obtainCode(m_profile, m_endpoints, &request, &error);
    QVERIFY2(!code.isEmpty(), qPrintable(error));
    Profile other = m_profile;
    other.redirectUri = QUrl("https://oauth.powerbi.com/views/other.html");
    TokenClient client(&m_nam);
    const auto result = exchangeCode(&client, m_endpoints, other, code, request.pkce.verifier);
    QVERIFY(result);
    QVERIFY2(result->kind == TokenResult::Kind::InvalidGrant, describe(*result));
    QCOMPARE(result->error, QStringLiteral("invalid_grant"));
}

QTEST_GUILESS_MAIN(TestTokenClient)
#include "tst_tokenclient.moc"
