#include "auth/providerendpoints.h"

#include <QJsonArray>
#include <QTest>

namespace {
const QUrl Issuer(QStringLiteral("https://tenant.eu.auth0.com/"));

// Shaped like Auth0's /.well-known/openid-configuration (which has no
// revocation_endpoint and, unless RP-initiated logout is on, no end_session_endpoint).
QJsonObject auth0Document()
{
    return {
        {"issuer", "https://tenant.eu.auth0.com/"},
        {"authorization_endpoint", "https://tenant.eu.auth0.com/authorize"},
        {"token_endpoint", "https://tenant.eu.auth0.com/oauth/token"},
        {"userinfo_endpoint", "https://tenant.eu.auth0.com/userinfo"},
        {"jwks_uri", "https://tenant.eu.auth0.com/.well-known/jwks.json"},
        {"scopes_supported", QJsonArray{"openid", "profile", "offline_access", "email"}},
        {"code_challenge_methods_supported", QJsonArray{"S256", "plain"}},
        {"grant_types_supported", QJsonArray{"authorization_code", "refresh_token"}},
    };
}

QJsonObject with(QJsonObject doc, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined())
        doc.remove(key);
    else
        doc.insert(key, value);
    return doc;
}
} // namespace

class TestProviderEndpoints : public QObject
{
    Q_OBJECT

private slots:
    void auth0Defaults_data();
    void auth0Defaults();
    void readsAnAuth0Document();
    void usesTheDocumentsEndpointsWhenPresent();
    void acceptsHttpOnLoopback();
    void refusesBadDocuments_data();
    void refusesBadDocuments();
};

void TestProviderEndpoints::auth0Defaults_data()
{
    QTest::addColumn<QUrl>("issuer");
    QTest::addColumn<QString>("base");
    QTest::addRow("tenant with slash") << Issuer << "https://tenant.eu.auth0.com/";
    QTest::addRow("tenant without slash") << QUrl("https://tenant.eu.auth0.com") << "https://tenant.eu.auth0.com/";
    QTest::addRow("loopback with port") << QUrl("http://127.0.0.1:4000/") << "http://127.0.0.1:4000/";
    QTest::addRow("issuer with a path") << QUrl("https://login.example.com/tenant/") << "https://login.example.com/tenant/";
    QTest::addRow("issuer with a path, no slash") << QUrl("https://login.example.com/tenant") << "https://login.example.com/tenant/";
}

void TestProviderEndpoints::auth0Defaults()
{
    QFETCH(QUrl, issuer);
    QFETCH(QString, base);
    const ProviderEndpoints e = ProviderEndpoints::auth0Defaults(issuer);
    QCOMPARE(e.issuer, issuer);
    QCOMPARE(e.authorization.toString(), base + "authorize");
    QCOMPARE(e.token.toString(), base + "oauth/token");
    QCOMPARE(e.revocation.toString(), base + "oauth/revoke");
    QCOMPARE(e.userinfo.toString(), base + "userinfo");
    QCOMPARE(e.jwks.toString(), base + ".well-known/jwks.json");
    QCOMPARE(e.endSession.toString(), base + "v2/logout");
    QVERIFY(e.codeChallengeMethods.contains("S256"));
    QVERIFY(!e.fromDiscovery);
    QVERIFY(e.isComplete());
}

void TestProviderEndpoints::readsAnAuth0Document()
{
    QString error = QStringLiteral("stale");
    const ProviderEndpoints e = ProviderEndpoints::fromDiscoveryDocument(auth0Document(), Issuer, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(e.fromDiscovery);
    QCOMPARE(e.issuer, Issuer);
    QCOMPARE(e.authorization, QUrl("https://tenant.eu.auth0.com/authorize"));
    QCOMPARE(e.token, QUrl("https://tenant.eu.auth0.com/oauth/token"));
    QCOMPARE(e.userinfo, QUrl("https://tenant.eu.auth0.com/userinfo"));
    QCOMPARE(e.jwks, QUrl("https://tenant.eu.auth0.com/.well-known/jwks.json"));
    // Absent from the document: Auth0's fixed routes.
    QCOMPARE(e.revocation, QUrl("https://tenant.eu.auth0.com/oauth/revoke"));
    QCOMPARE(e.endSession, QUrl("https://tenant.eu.auth0.com/v2/logout"));
    QCOMPARE(e.codeChallengeMethods, (QStringList{"S256", "plain"}));
    QVERIFY(e.scopesSupported.contains("offline_access"));
    QCOMPARE(e.grantTypesSupported, (QStringList{"authorization_code", "refresh_token"}));
}

void TestProviderEndpoints::usesTheDocumentsEndpointsWhenPresent()
{
    QJsonObject doc = auth0Document();
    doc.insert("revocation_endpoint", "https://tenant.eu.auth0.com/token/revocation");
    doc.insert("end_session_endpoint", "https://tenant.eu.auth0.com/oidc/logout");
    QString error;
    const ProviderEndpoints e = ProviderEndpoints::fromDiscoveryDocument(doc, Issuer, &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(e.revocation, QUrl("https://tenant.eu.auth0.com/token/revocation"));
    QCOMPARE(e.endSession, QUrl("https://tenant.eu.auth0.com/oidc/logout"));
}

void TestProviderEndpoints::acceptsHttpOnLoopback()
{
    const QUrl issuer("http://127.0.0.1:4567/");
    const QJsonObject doc = {
        {"issuer", "http://127.0.0.1:4567/"},
        {"authorization_endpoint", "http://127.0.0.1:4567/authorize"},
        {"token_endpoint", "http://127.0.0.1:4567/oauth/token"},
        {"revocation_endpoint", "http://127.0.0.1:4567/oauth/revoke"},
        {"userinfo_endpoint", "http://localhost:4567/userinfo"},
        {"code_challenge_methods_supported", QJsonArray{"S256"}},
    };
    QString error;
    const ProviderEndpoints e = ProviderEndpoints::fromDiscoveryDocument(doc, issuer, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(e.token, QUrl("http://127.0.0.1:4567/oauth/token"));
    QCOMPARE(e.revocation, QUrl("http://127.0.0.1:4567/oauth/revoke"));
}

void TestProviderEndpoints::refusesBadDocuments_data()
{
    QTest::addColumn<QJsonObject>("doc");
    const QJsonObject good = auth0Document();
    QTest::addRow("empty document") << QJsonObject();
    QTest::addRow("issuer missing") << with(good, "issuer", QJsonValue::Undefined);
    QTest::addRow("issuer without trailing slash") << with(good, "issuer", "https://tenant.eu.auth0.com");
    QTest::addRow("issuer of another tenant") << with(good, "issuer", "https://evil.eu.auth0.com/");
    QTest::addRow("issuer http") << with(good, "issuer", "http://tenant.eu.auth0.com/");
    QTest::addRow("issuer not a string") << with(good, "issuer", 1);
    QTest::addRow("authorization endpoint missing") << with(good, "authorization_endpoint", QJsonValue::Undefined);
    QTest::addRow("token endpoint missing") << with(good, "token_endpoint", QJsonValue::Undefined);
    QTest::addRow("token endpoint http") << with(good, "token_endpoint", "http://tenant.eu.auth0.com/oauth/token");
    QTest::addRow("authorization endpoint relative") << with(good, "authorization_endpoint", "/authorize");
    QTest::addRow("authorization endpoint other scheme") << with(good, "authorization_endpoint", "ftp://tenant.eu.auth0.com/authorize");
    QTest::addRow("token endpoint not a string") << with(good, "token_endpoint", QJsonArray{"https://x/"});
    QTest::addRow("revocation endpoint http") << with(good, "revocation_endpoint", "http://tenant.eu.auth0.com/oauth/revoke");
    QTest::addRow("userinfo http on a non-loopback") << with(good, "userinfo_endpoint", "http://127.0.0.1.evil.example/userinfo");
    QTest::addRow("no S256") << with(good, "code_challenge_methods_supported", QJsonArray{"plain"});
    QTest::addRow("empty challenge methods") << with(good, "code_challenge_methods_supported", QJsonArray{});
}

void TestProviderEndpoints::refusesBadDocuments()
{
    QFETCH(QJsonObject, doc);
    QString error;
    const ProviderEndpoints e = ProviderEndpoints::fromDiscoveryDocument(doc, Issuer, &error);
    QVERIFY(!error.isEmpty());
    QVERIFY(!e.isComplete());
    QVERIFY(!e.fromDiscovery);
}

QTEST_GUILESS_MAIN(TestProviderEndpoints)
#include "tst_providerendpoints.moc"
