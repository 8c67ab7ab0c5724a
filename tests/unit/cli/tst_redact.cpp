#include "diagnostics/redact.h"
#include "diagnostics/serverprobe.h"
#include "diagnostics/systeminfo.h"

#include <QTest>

// The diagnostics report's last safety net: whatever looks like a secret goes.
class TestRedact : public QObject
{
    Q_OBJECT

private slots:
    void removesSecrets_data();
    void removesSecrets();
    void keepsOrdinaryText_data();
    void keepsOrdinaryText();
    void proxyCredentialsAreDropped_data();
    void proxyCredentialsAreDropped();
    void httpDateIsParsed();
};

void TestRedact::removesSecrets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("secret");

    const QString jwt = QStringLiteral(
        "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJl");
    QTest::addRow("JWT alone") << jwt << jwt;
    QTest::addRow("JWT inside a sentence") << QStringLiteral("Server said: token %1 is bad.").arg(jwt) << jwt;
    QTest::addRow("unsigned JWT") << QStringLiteral("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.") << QStringLiteral("eyJzdWIiOiJ4In0");
    QTest::addRow("JWT-shaped without eyJ")
        << QStringLiteral("x abcdefghijklmnopqr.stuvwxyzABCDEFGHIJ.KLMNOP y")
        << QStringLiteral("abcdefghijklmnopqr");
    QTest::addRow("opaque token, 43 chars")
        << QStringLiteral("rt VGhpcyBpcyBhIHJlZnJlc2ggdG9rZW4gZm9yIHRlc3Rz end")
        << QStringLiteral("VGhpcyBpcyBhIHJlZnJlc2ggdG9rZW4gZm9yIHRlc3Rz");
    QTest::addRow("base64url run of exactly 32")
        << QStringLiteral("a 0123456789abcdef0123456789ABCDEF b") << QStringLiteral("0123456789abcdef0123456789ABCDEF");
    QTest::addRow("code= in a callback URL")
        << QStringLiteral("https://oauth.powerbi.com/views/oauthredirect.html?code=SplxlOB&state=x")
        << QStringLiteral("SplxlOB");
    QTest::addRow("refresh_token= in a form body")
        << QStringLiteral("grant_type=refresh_token&refresh_token=short-rt.v1&client_id=c")
        << QStringLiteral("short-rt.v1");
    QTest::addRow("access_token= upper case")
        << QStringLiteral("ACCESS_TOKEN=abc123") << QStringLiteral("abc123");
    QTest::addRow("refresh_token as a JSON key")
        << QStringLiteral("{\"refresh_token\": \"tiny\", \"x\": 1}") << QStringLiteral("tiny");
    QTest::addRow("Bearer header") << QStringLiteral("Authorization: Bearer sh0rt") << QStringLiteral("sh0rt");
}

void TestRedact::removesSecrets()
{
    QFETCH(QString, text);
    QFETCH(QString, secret);
    const QString redacted = Diagnostics::redact(text);
    QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
    QVERIFY(redacted.contains(Diagnostics::redactedMarker()));
}

void TestRedact::keepsOrdinaryText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("issuer URL") << QStringLiteral("- Issuer: https://tenant.eu.auth0.com/");
    QTest::addRow("long host name") << QStringLiteral("https://connector-signin.login.example.com/");
    QTest::addRow("version numbers") << QStringLiteral("Qt 6.4.2 (built with 6.4.2), kernel 6.1.0-18-amd64");
    QTest::addRow("fingerprint") << QStringLiteral("- Refresh token fingerprint: 9f86d081");
    QTest::addRow("error_code is not code") << QStringLiteral("error_code=invalid_grant");
    QTest::addRow("path") << QStringLiteral("/home/someone/.config/ConnectorSignIn/profiles.ini");
}

void TestRedact::keepsOrdinaryText()
{
    QFETCH(QString, text);
    QCOMPARE(Diagnostics::redact(text), text);
}

void TestRedact::proxyCredentialsAreDropped_data()
{
    QTest::addColumn<QString>("proxy");
    QTest::addColumn<QString>("expected");
    QTest::addRow("URL with user and password")
        << QStringLiteral("http://alice:s3cret@proxy.corp:3128") << QStringLiteral("http://redacted@proxy.corp:3128");
    QTest::addRow("no scheme") << QStringLiteral("alice:s3cret@proxy.corp:3128") << QStringLiteral("redacted@proxy.corp:3128");
    QTest::addRow("no credentials") << QStringLiteral("http://proxy.corp:3128") << QStringLiteral("http://proxy.corp:3128");
}

void TestRedact::proxyCredentialsAreDropped()
{
    QFETCH(QString, proxy);
    QFETCH(QString, expected);
    QCOMPARE(SystemInfo::withoutCredentials(proxy), expected);
}

void TestRedact::httpDateIsParsed()
{
    const QDateTime at = ServerProbe::parseHttpDate("Sun, 06 Nov 1994 08:49:37 GMT");
    QCOMPARE(at, QDateTime(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC));
    QVERIFY(!ServerProbe::parseHttpDate("yesterday").isValid());
}

QTEST_GUILESS_MAIN(TestRedact)
#include "tst_redact.moc"
