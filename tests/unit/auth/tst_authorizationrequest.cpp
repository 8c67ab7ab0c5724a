#include "auth/authorizationrequest.h"
#include "auth/pkce.h"
#include "auth/providerendpoints.h"
#include "config/profile.h"

#include <QTest>
#include <QUrlQuery>

namespace {
Profile testProfile()
{
    Profile profile;
    profile.issuer = QUrl(QStringLiteral("https://tenant.eu.auth0.com/"));
    profile.clientId = QStringLiteral("connector-test-client");
    return profile;
}

ProviderEndpoints testEndpoints()
{
    return ProviderEndpoints::auth0Defaults(QUrl(QStringLiteral("https://tenant.eu.auth0.com/")));
}

// Parses the URL the way a server would see it: from its fully encoded text.
QUrlQuery sentQuery(const AuthorizationRequest &request)
{
    return QUrlQuery(QUrl(request.url.toString(QUrl::FullyEncoded)));
}

QString sentValue(const AuthorizationRequest &request, const QString &key)
{
    return sentQuery(request).queryItemValue(key, QUrl::FullyDecoded);
}

QStringList sentKeys(const AuthorizationRequest &request)
{
    QStringList keys;
    const auto items = sentQuery(request).queryItems(QUrl::FullyDecoded);
    for (const auto &item : items)
        keys << item.first;
    return keys;
}
} // namespace

class TestAuthorizationRequest : public QObject
{
    Q_OBJECT

private slots:
    void urlStartsWithTheAuthorizationEndpoint();
    void sendsExactlyTheRequiredParameters_data();
    void sendsExactlyTheRequiredParameters();
    void parameterValuesAreTheRequestsOwn();
    void scopesAreSpaceJoined();
    void redirectUriIsEncodedExactlyOnce();
    void awkwardValuesRoundTrip_data();
    void awkwardValuesRoundTrip();
    void plusIsNeverSentLiterally();
    void keepsAQueryTheEndpointAlreadyHas();
    void eachRequestHasFreshSecrets();
};

void TestAuthorizationRequest::urlStartsWithTheAuthorizationEndpoint()
{
    const auto request = AuthorizationRequest::create(testProfile(), testEndpoints());
    QVERIFY(request.url.toString(QUrl::FullyEncoded).startsWith(QLatin1String("https://tenant.eu.auth0.com/authorize?")));
}

void TestAuthorizationRequest::sendsExactlyTheRequiredParameters_data()
{
    QTest::addColumn<QString>("audience");
    QTest::addColumn<QString>("uiLocales");
    QTest::addColumn<QString>("loginHint");
    QTest::addColumn<QStringList>("expectedKeys");

    const QStringList base = {"client_id", "scope", "response_type", "state", "redirect_uri",
                              "code_challenge_method", "code_challenge", "nonce"};
    QTest::addRow("no audience, locale or hint") << QString() << QString() << QString() << base;
    QTest::addRow("with audience") << "https://api.example.com" << QString() << QString()
                                   << base + QStringList{"audience"};
    QTest::addRow("with ui_locales") << QString() << "de-DE" << QString() << base + QStringList{"ui_locales"};
    QTest::addRow("with login_hint") << QString() << QString() << "test@example.com"
                                     << base + QStringList{"login_hint"};
    QTest::addRow("with all three") << "api" << "fr" << "a@b.c"
                                    << base + QStringList{"audience", "ui_locales", "login_hint"};
}

void TestAuthorizationRequest::sendsExactlyTheRequiredParameters()
{
    QFETCH(QString, audience);
    QFETCH(QString, uiLocales);
    QFETCH(QString, loginHint);
    QFETCH(QStringList, expectedKeys);

    Profile profile = testProfile();
    profile.audience = audience;
    const auto request = AuthorizationRequest::create(profile, testEndpoints(), uiLocales, loginHint);
    QCOMPARE(sentKeys(request), expectedKeys);
    if (!audience.isEmpty())
        QCOMPARE(sentValue(request, "audience"), audience);
    if (!uiLocales.isEmpty())
        QCOMPARE(sentValue(request, "ui_locales"), uiLocales);
    if (!loginHint.isEmpty())
        QCOMPARE(sentValue(request, "login_hint"), loginHint);
}

void TestAuthorizationRequest::parameterValuesAreTheRequestsOwn()
{
    const auto request = AuthorizationRequest::create(testProfile(), testEndpoints());
    QCOMPARE(sentValue(request, "client_id"), QStringLiteral("connector-test-client"));
    QCOMPARE(sentValue(request, "response_type"), QStringLiteral("code"));
    QCOMPARE(sentValue(request, "code_challenge_method"), QStringLiteral("S256"));
    QCOMPARE(sentValue(request, "state").toLatin1(), request.state);
    QCOMPARE(sentValue(request, "nonce").toLatin1(), request.nonce);
    QCOMPARE(sentValue(request, "code_challenge").toLatin1(), request.pkce.challenge);
    QCOMPARE(request.pkce.challenge, Pkce::s256Challenge(request.pkce.verifier));
    QVERIFY(Pkce::isValidVerifier(request.pkce.verifier));
    QVERIFY(request.state.size() >= 22);  // >= 128 bits
    QVERIFY(request.nonce.size() >= 22);
    // The verifier itself never goes to /authorize.
    QVERIFY(!request.url.toString(QUrl::FullyEncoded).contains(QString::fromLatin1(request.pkce.verifier)));
}

void TestAuthorizationRequest::scopesAreSpaceJoined()
{
    const auto request = AuthorizationRequest::create(testProfile(), testEndpoints());
    QCOMPARE(sentValue(request, "scope"), QStringLiteral("openid offline_access profile email"));
    QVERIFY(request.url.toString(QUrl::FullyEncoded).contains(QLatin1String("scope=openid%20offline_access%20profile%20email")));
}

void TestAuthorizationRequest::redirectUriIsEncodedExactlyOnce()
{
    const auto request = AuthorizationRequest::create(testProfile(), testEndpoints());
    const QString text = request.url.toString(QUrl::FullyEncoded);
    const QString encoded = QStringLiteral("redirect_uri=https%3A%2F%2Foauth.powerbi.com%2Fviews%2Foauthredirect.html");
    QCOMPARE(text.count(encoded), 1);
    QVERIFY(!text.contains(QLatin1String("%253A"))); // not twice
    QCOMPARE(sentValue(request, "redirect_uri"), QStringLiteral("https://oauth.powerbi.com/views/oauthredirect.html"));
}

void TestAuthorizationRequest::awkwardValuesRoundTrip_data()
{
    QTest::addColumn<QString>("value");
    QTest::addRow("ampersand") << "a&b";
    QTest::addRow("equals") << "a=b";
    QTest::addRow("plus") << "a+b";
    QTest::addRow("space") << "a b";
    QTest::addRow("hash") << "a#b";
    QTest::addRow("percent") << "100%";
    QTest::addRow("percent that looks encoded") << "%41%2B";
    QTest::addRow("non-ASCII") << QStringLiteral("Jürgen Ødegård 東京");
    QTest::addRow("URL with query") << "https://api.example.com/x?y=1&z=2#f";
    QTest::addRow("everything") << QStringLiteral("a&b=c+d e#f%g/h?i;j,k'l\"m<n>o\u00e9");
}

void TestAuthorizationRequest::awkwardValuesRoundTrip()
{
    QFETCH(QString, value);
    Profile profile = testProfile();
    profile.audience = value;
    profile.clientId = value;
    const auto request = AuthorizationRequest::create(profile, testEndpoints(), value, value);
    for (const char *key : {"audience", "client_id", "ui_locales", "login_hint"})
        QCOMPARE(sentValue(request, QLatin1String(key)), value);
    QCOMPARE(sentKeys(request).size(), 11);
    QVERIFY(!request.url.hasFragment());
}

void TestAuthorizationRequest::plusIsNeverSentLiterally()
{
    // A server decoding form-style would read a literal "+" as a space.
    Profile profile = testProfile();
    profile.audience = QStringLiteral("a+b");
    const auto request = AuthorizationRequest::create(profile, testEndpoints(), QString(), QStringLiteral("x+y@example.com"));
    const QString text = request.url.toString(QUrl::FullyEncoded);
    QVERIFY(!text.contains(QLatin1Char('+')));
    QVERIFY(text.contains(QLatin1String("audience=a%2Bb")));
    QVERIFY(text.contains(QLatin1String("login_hint=x%2By%40example.com")));
}

void TestAuthorizationRequest::keepsAQueryTheEndpointAlreadyHas()
{
    ProviderEndpoints endpoints = testEndpoints();
    endpoints.authorization = QUrl(QStringLiteral("https://login.example.com/authorize?tenant=a%26b"));
    const auto request = AuthorizationRequest::create(testProfile(), endpoints);
    QCOMPARE(sentKeys(request).first(), QStringLiteral("tenant"));
    QCOMPARE(sentValue(request, "tenant"), QStringLiteral("a&b"));
    QCOMPARE(sentKeys(request).size(), 9);
}

void TestAuthorizationRequest::eachRequestHasFreshSecrets()
{
    const auto a = AuthorizationRequest::create(testProfile(), testEndpoints());
    const auto b = AuthorizationRequest::create(testProfile(), testEndpoints());
    QVERIFY(a.state != b.state);
    QVERIFY(a.nonce != b.nonce);
    QVERIFY(a.state != a.nonce);
    QVERIFY(a.pkce.verifier != b.pkce.verifier);
}

QTEST_GUILESS_MAIN(TestAuthorizationRequest)
#include "tst_authorizationrequest.moc"
