#include "auth/discovery.h"
#include "isolatedenvironment.h"
#include "protocolsteps.h"
#include "testserver.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTcpServer>
#include <QTest>

#include <memory>

// DiscoveryClient against the real server: the document is fetched once, then served
// from memory and from the cache file; when it cannot be used the Auth0 defaults are.
class TestDiscovery : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void realServer_givesItsEndpoints();
    void secondResolve_isServedFromMemory();
    void newProcess_isServedFromCacheFile();
    void staleCacheFile_isFetchedAgain();
    void unusableDocument_fallsBackToAuth0Defaults_data();
    void unusableDocument_fallsBackToAuth0Defaults();
    void closedPort_fallsBackToAuth0Defaults();
    void issuerMismatch_isRefused();

private:
    std::optional<DiscoveryResult> resolve(const QUrl &issuer, int timeoutMs = 10000);
    int discoveryRequests() { return m_server.stats()["discovery"].toInt(); }

    std::unique_ptr<IsolatedEnvironment> m_env;
    TestServer m_server;
    QNetworkAccessManager m_nam;
};

std::optional<DiscoveryResult> TestDiscovery::resolve(const QUrl &issuer, int timeoutMs)
{
    DiscoveryClient client(&m_nam);
    client.setTimeout(timeoutMs);
    return awaitResult<DiscoveryResult>([&](auto done) { client.resolve(issuer, done); });
}

void TestDiscovery::initTestCase()
{
    m_env = std::make_unique<IsolatedEnvironment>();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestDiscovery::init()
{
    // Every test starts as a new process would on a new machine.
    DiscoveryClient::clearMemoryCache();
    QFile::remove(DiscoveryClient::cacheFilePath(m_server.issuer()));
    QVERIFY(m_server.resetStats());
}

void TestDiscovery::cleanup()
{
    QVERIFY(m_server.clearFault("discovery"));
}

void TestDiscovery::realServer_givesItsEndpoints()
{
    const auto result = resolve(m_server.issuer());
    QVERIFY(result);
    QVERIFY2(!result->fellBack, qPrintable(result->warning));
    QVERIFY(!result->fromCache);
    QVERIFY(result->warning.isEmpty());
    const ProviderEndpoints &e = result->endpoints;
    QVERIFY(e.fromDiscovery);
    QCOMPARE(e.issuer, m_server.issuer());
    QCOMPARE(e.authorization, m_server.url("authorize"));
    QCOMPARE(e.token, m_server.url("oauth/token"));
    QCOMPARE(e.revocation, m_server.url("oauth/revoke"));
    QCOMPARE(e.userinfo, m_server.url("userinfo"));
    QCOMPARE(e.jwks, m_server.url(".well-known/jwks.json"));
    QVERIFY(e.codeChallengeMethods.contains("S256"));
    QCOMPARE(discoveryRequests(), 1);
    QVERIFY(QFile::exists(DiscoveryClient::cacheFilePath(m_server.issuer())));
}

void TestDiscovery::secondResolve_isServedFromMemory()
{
    const auto first = resolve(m_server.issuer());
    QVERIFY(first && !first->fellBack);
    QFile::remove(DiscoveryClient::cacheFilePath(m_server.issuer()));
    const auto second = resolve(m_server.issuer());
    QVERIFY(second);
    QVERIFY(second->fromCache);
    QVERIFY(!second->fellBack);
    QCOMPARE(second->endpoints.token, first->endpoints.token);
    QCOMPARE(discoveryRequests(), 1);
}

void TestDiscovery::newProcess_isServedFromCacheFile()
{
    QVERIFY(resolve(m_server.issuer()));
    DiscoveryClient::clearMemoryCache(); // as a new CLI process starts
    const auto again = resolve(m_server.issuer());
    QVERIFY(again);
    QVERIFY(again->fromCache);
    QVERIFY(!again->fellBack);
    QCOMPARE(again->endpoints.token, m_server.url("oauth/token"));
    QCOMPARE(discoveryRequests(), 1);
}

void TestDiscovery::staleCacheFile_isFetchedAgain()
{
    QVERIFY(resolve(m_server.issuer()));
    DiscoveryClient::clearMemoryCache();

    // Age the cache entry past its 24 hours.
    const QString path = DiscoveryClient::cacheFilePath(m_server.issuer());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject entry = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QVERIFY(entry.contains("fetched_at"));
    entry["fetched_at"] = QDateTime::currentDateTimeUtc()
                              .addSecs(-DiscoveryClient::CacheMaxAgeSeconds - 60)
                              .toString(Qt::ISODate);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(entry).toJson());
    file.close();

    const auto again = resolve(m_server.issuer());
    QVERIFY(again);
    QVERIFY(!again->fromCache);
    QVERIFY(!again->fellBack);
    QCOMPARE(discoveryRequests(), 2);
}

void TestDiscovery::unusableDocument_fallsBackToAuth0Defaults_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QJsonObject>("faultOptions");
    QTest::addRow("500") << "500" << QJsonObject{};
    QTest::addRow("502 HTML page") << "html" << QJsonObject{};
    QTest::addRow("not JSON") << "malformed" << QJsonObject{};
    QTest::addRow("truncated JSON") << "truncated" << QJsonObject{};
    QTest::addRow("connection dropped") << "drop" << QJsonObject{};
    QTest::addRow("too slow") << "slow" << QJsonObject{{"delayMs", 3000}};
}

void TestDiscovery::unusableDocument_fallsBackToAuth0Defaults()
{
    QFETCH(QString, fault);
    QFETCH(QJsonObject, faultOptions);
    // Until cleared: Qt resends a request once when a kept-alive connection is dropped.
    QVERIFY(m_server.setFault("discovery", fault, -1, faultOptions));

    const auto result = resolve(m_server.issuer(), 500);
    QVERIFY(result);
    QVERIFY(result->fellBack);
    QVERIFY(!result->fromCache);
    QVERIFY(!result->warning.isEmpty());
    const ProviderEndpoints defaults = ProviderEndpoints::auth0Defaults(m_server.issuer());
    QCOMPARE(result->endpoints.token, defaults.token);
    QCOMPARE(result->endpoints.authorization, defaults.authorization);
    QVERIFY(!result->endpoints.fromDiscovery);

    // A fallback is not remembered: the next resolve asks the server again.
    QVERIFY(m_server.clearFault("discovery"));
    const auto next = resolve(m_server.issuer());
    QVERIFY(next);
    QVERIFY2(!next->fellBack, qPrintable(next->warning));
    QVERIFY(!next->fromCache);
}

void TestDiscovery::closedPort_fallsBackToAuth0Defaults()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const QUrl issuer(QStringLiteral("http://127.0.0.1:%1/").arg(probe.serverPort()));
    probe.close();

    const auto result = resolve(issuer);
    QVERIFY(result);
    QVERIFY(result->fellBack);
    QVERIFY(!result->warning.isEmpty());
    QCOMPARE(result->endpoints.token, QUrl(issuer.toString() + "oauth/token"));
    QCOMPARE(result->endpoints.issuer, issuer);
}

void TestDiscovery::issuerMismatch_isRefused()
{
    // The server's document names http://127.0.0.1:PORT/ as its issuer; asking for it as
    // "localhost" must not accept endpoints that claim another issuer.
    QUrl asLocalhost = m_server.issuer();
    asLocalhost.setHost("localhost");
    QFile::remove(DiscoveryClient::cacheFilePath(asLocalhost));

    const auto result = resolve(asLocalhost);
    QVERIFY(result);
    QCOMPARE(discoveryRequests(), 1); // fetched, then refused
    QVERIFY(result->fellBack);
    QVERIFY(!result->endpoints.fromDiscovery);
    QCOMPARE(result->endpoints.issuer, asLocalhost);
    QVERIFY(!QFile::exists(DiscoveryClient::cacheFilePath(asLocalhost)));
}

QTEST_GUILESS_MAIN(TestDiscovery)
#include "tst_discovery.moc"
