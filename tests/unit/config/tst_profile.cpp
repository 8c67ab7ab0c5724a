#include "config/profile.h"

#include <QRegularExpression>
#include <QTest>

namespace {
Profile goodProfile()
{
    Profile profile;
    profile.issuer = QUrl(QStringLiteral("https://tenant.eu.auth0.com/"));
    profile.clientId = QStringLiteral("AbCdEf0123456789");
    return profile;
}
} // namespace

using ProfileChange = void (*)(Profile &);
Q_DECLARE_METATYPE(ProfileChange)

class TestProfile : public QObject
{
    Q_OBJECT

private slots:
    void defaults();
    void normalizeIssuerAccepts_data();
    void normalizeIssuerAccepts();
    void normalizeIssuerRefuses_data();
    void normalizeIssuerRefuses();
    void validProfileHasNoProblems_data();
    void validProfileHasNoProblems();
    void validateReportsProblems_data();
    void validateReportsProblems();
    void offlineAccessMessageExplainsTheRefreshToken();
    void isLoopbackHost_data();
    void isLoopbackHost();
};

void TestProfile::defaults()
{
    const Profile profile;
    QCOMPARE(profile.name, QStringLiteral("default"));
    QCOMPARE(profile.scopes, (QStringList{"openid", "offline_access", "profile", "email"}));
    QCOMPARE(profile.redirectUri, QUrl("https://oauth.powerbi.com/views/oauthredirect.html"));
    QCOMPARE(profile.windowSize, QSize(1200, 1000));
    QVERIFY(!profile.isConfigured());
    QVERIFY(!profile.isValid()); // no issuer, no client id yet
    QVERIFY(goodProfile().isConfigured());
}

void TestProfile::normalizeIssuerAccepts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("issuer");
    QTest::addRow("bare domain") << "tenant.eu.auth0.com" << "https://tenant.eu.auth0.com/";
    QTest::addRow("bare domain with slash") << "tenant.eu.auth0.com/" << "https://tenant.eu.auth0.com/";
    QTest::addRow("https without slash") << "https://x.auth0.com" << "https://x.auth0.com/";
    QTest::addRow("https with slash") << "https://x.auth0.com/" << "https://x.auth0.com/";
    QTest::addRow("surrounding spaces") << "  tenant.auth0.com \n" << "https://tenant.auth0.com/";
    QTest::addRow("upper-case host") << "HTTPS://Tenant.EU.Auth0.com" << "https://tenant.eu.auth0.com/";
    QTest::addRow("explicit default port dropped") << "https://tenant.auth0.com:443/" << "https://tenant.auth0.com/";
    QTest::addRow("custom port kept") << "login.example.com:8443" << "https://login.example.com:8443/";
    QTest::addRow("custom domain with path") << "https://login.example.com/tenant" << "https://login.example.com/tenant/";
    QTest::addRow("http on 127.0.0.1") << "http://127.0.0.1:4000" << "http://127.0.0.1:4000/";
    QTest::addRow("http on localhost") << "http://localhost:4000/" << "http://localhost:4000/";
    QTest::addRow("http on ::1") << "http://[::1]:4000/" << "http://[::1]:4000/";
    QTest::addRow("https on loopback") << "https://127.0.0.1/" << "https://127.0.0.1/";
    QTest::addRow("international domain to punycode") << QStringLiteral("https://bücher.example/") << "https://xn--bcher-kva.example/";
}

void TestProfile::normalizeIssuerAccepts()
{
    QFETCH(QString, input);
    QFETCH(QString, issuer);
    QString error = QStringLiteral("stale");
    const QUrl result = Profile::normalizeIssuer(input, &error);
    QVERIFY2(result.isValid(), qPrintable(error));
    QCOMPARE(result.toString(QUrl::FullyEncoded), issuer);
    // Idempotent: a normalised issuer normalises to itself.
    QCOMPARE(Profile::normalizeIssuer(result.toString(), nullptr), result);
}

void TestProfile::normalizeIssuerRefuses_data()
{
    QTest::addColumn<QString>("input");
    QTest::addRow("empty") << "";
    QTest::addRow("only spaces") << "   ";
    QTest::addRow("space inside") << "tenant .auth0.com";
    QTest::addRow("tab inside") << "https://tenant\t.auth0.com/";
    QTest::addRow("plain http") << "http://tenant.auth0.com/";
    QTest::addRow("http on look-alike loopback") << "http://127.0.0.1.evil.example/";
    QTest::addRow("http on localhost suffix") << "http://localhost.evil.example/";
    QTest::addRow("other scheme") << "ftp://tenant.auth0.com/";
    QTest::addRow("query") << "https://tenant.auth0.com/?x=1";
    QTest::addRow("empty query") << "https://tenant.auth0.com/?";
    QTest::addRow("fragment") << "https://tenant.auth0.com/#x";
    QTest::addRow("userinfo") << "https://user@tenant.auth0.com/";
    QTest::addRow("userinfo with password") << "https://user:pw@tenant.auth0.com/";
    QTest::addRow("no host") << "https:///path";
    QTest::addRow("underscore in host") << "tenant_1.auth0.com";
    QTest::addRow("label starting with hyphen") << "-tenant.auth0.com";
    QTest::addRow("empty label") << "tenant..auth0.com";
    QTest::addRow("single label") << "tenant";
    QTest::addRow("bad port") << "tenant.auth0.com:99999";
    QTest::addRow("garbage") << "%%%";
}

void TestProfile::normalizeIssuerRefuses()
{
    QFETCH(QString, input);
    QString error;
    const QUrl result = Profile::normalizeIssuer(input, &error);
    QVERIFY2(!result.isValid() || result.isEmpty(), qPrintable(result.toString()));
    QVERIFY(!error.isEmpty());
}

void TestProfile::validProfileHasNoProblems_data()
{
    QTest::addColumn<ProfileChange>("change");
    QTest::addRow("defaults with issuer and client") << ProfileChange([](Profile &) {});
    QTest::addRow("with audience") << ProfileChange([](Profile &p) { p.audience = "https://api.example.com"; });
    QTest::addRow("minimal scopes") << ProfileChange([](Profile &p) { p.scopes = {"openid", "offline_access"}; });
    QTest::addRow("loopback redirect") << ProfileChange([](Profile &p) { p.redirectUri = QUrl("http://127.0.0.1:8400/cb"); });
    QTest::addRow("loopback issuer") << ProfileChange([](Profile &p) { p.issuer = QUrl("http://127.0.0.1:4000/"); });
    QTest::addRow("smallest window") << ProfileChange([](Profile &p) { p.windowSize = QSize(400, 300); });
    QTest::addRow("largest window") << ProfileChange([](Profile &p) { p.windowSize = QSize(10000, 10000); });
}

void TestProfile::validProfileHasNoProblems()
{
    QFETCH(ProfileChange, change);
    Profile profile = goodProfile();
    change(profile);
    QCOMPARE(profile.validate(), QStringList());
    QVERIFY(profile.isValid());
}

void TestProfile::validateReportsProblems_data()
{
    QTest::addColumn<ProfileChange>("change");
    QTest::addColumn<int>("problems");
    QTest::addRow("empty name") << ProfileChange([](Profile &p) { p.name.clear(); }) << 1;
    QTest::addRow("name with slash") << ProfileChange([](Profile &p) { p.name = "a/b"; }) << 1;
    QTest::addRow("no issuer") << ProfileChange([](Profile &p) { p.issuer = QUrl(); }) << 1;
    QTest::addRow("issuer plain http") << ProfileChange([](Profile &p) { p.issuer = QUrl("http://tenant.auth0.com/"); }) << 1;
    QTest::addRow("issuer without trailing slash") << ProfileChange([](Profile &p) { p.issuer = QUrl("https://tenant.auth0.com"); }) << 1;
    QTest::addRow("issuer with query") << ProfileChange([](Profile &p) { p.issuer = QUrl("https://tenant.auth0.com/?a=b"); }) << 1;
    QTest::addRow("no client id") << ProfileChange([](Profile &p) { p.clientId.clear(); }) << 1;
    QTest::addRow("client id only spaces") << ProfileChange([](Profile &p) { p.clientId = "   "; }) << 1;
    QTest::addRow("client id with space") << ProfileChange([](Profile &p) { p.clientId = "abc def"; }) << 1;
    QTest::addRow("no openid") << ProfileChange([](Profile &p) { p.scopes = {"offline_access"}; }) << 1;
    QTest::addRow("no offline_access") << ProfileChange([](Profile &p) { p.scopes = {"openid", "profile"}; }) << 1;
    QTest::addRow("no scopes") << ProfileChange([](Profile &p) { p.scopes.clear(); }) << 2;
    QTest::addRow("scope with space") << ProfileChange([](Profile &p) { p.scopes << "read data"; }) << 1;
    QTest::addRow("empty scope") << ProfileChange([](Profile &p) { p.scopes << ""; }) << 1;
    QTest::addRow("redirect empty") << ProfileChange([](Profile &p) { p.redirectUri = QUrl(); }) << 1;
    QTest::addRow("redirect relative") << ProfileChange([](Profile &p) { p.redirectUri = QUrl("/views/oauthredirect.html"); }) << 1;
    QTest::addRow("redirect plain http") << ProfileChange([](Profile &p) { p.redirectUri = QUrl("http://oauth.powerbi.com/views/oauthredirect.html"); }) << 1;
    QTest::addRow("redirect with fragment") << ProfileChange([](Profile &p) { p.redirectUri = QUrl("https://oauth.powerbi.com/x#y"); }) << 1;
    QTest::addRow("window too narrow") << ProfileChange([](Profile &p) { p.windowSize = QSize(399, 1000); }) << 1;
    QTest::addRow("window too low") << ProfileChange([](Profile &p) { p.windowSize = QSize(1200, 299); }) << 1;
    QTest::addRow("window too wide") << ProfileChange([](Profile &p) { p.windowSize = QSize(10001, 1000); }) << 1;
    QTest::addRow("window invalid") << ProfileChange([](Profile &p) { p.windowSize = QSize(); }) << 1;
    QTest::addRow("everything wrong") << ProfileChange([](Profile &p) {
        p = Profile();
        p.name.clear();
        p.scopes.clear();
        p.redirectUri = QUrl();
        p.windowSize = QSize(1, 1);
    }) << 7;
}

void TestProfile::validateReportsProblems()
{
    QFETCH(ProfileChange, change);
    QFETCH(int, problems);
    Profile profile = goodProfile();
    change(profile);
    const QStringList found = profile.validate();
    QCOMPARE(found.size(), problems);
    QVERIFY(!profile.isValid());
    for (const QString &text : found) {
        QVERIFY(!text.isEmpty());
        QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("%\\d"))), qPrintable(text));
    }
}

void TestProfile::offlineAccessMessageExplainsTheRefreshToken()
{
    Profile profile = goodProfile();
    profile.scopes = {"openid"};
    const QStringList problems = profile.validate();
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().contains(QLatin1String("offline_access")));
    QVERIFY(problems.first().contains(QLatin1String("refresh token")));
}

void TestProfile::isLoopbackHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");
    QTest::addRow("127.0.0.1") << "127.0.0.1" << true;
    QTest::addRow("127.1.2.3") << "127.1.2.3" << true;
    QTest::addRow("::1") << "::1" << true;
    QTest::addRow("localhost") << "localhost" << true;
    QTest::addRow("LOCALHOST") << "LOCALHOST" << true;
    QTest::addRow("localhost.evil.example") << "localhost.evil.example" << false;
    QTest::addRow("127.0.0.1.evil.example") << "127.0.0.1.evil.example" << false;
    QTest::addRow("10.0.0.1") << "10.0.0.1" << false;
    QTest::addRow("0.0.0.0") << "0.0.0.0" << false;
    QTest::addRow("empty") << "" << false;
}

void TestProfile::isLoopbackHost()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(Profile::isLoopbackHost(host), loopback);
}

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
