#include "auth/callback.h"

#include <QTest>

namespace {
const QUrl Redirect(QStringLiteral("https://oauth.powerbi.com/views/oauthredirect.html"));
const QByteArray State("xyzSTATE-_123abcdefghijklmnopqrstu");
const QString Base = QStringLiteral("https://oauth.powerbi.com/views/oauthredirect.html");
} // namespace

Q_DECLARE_METATYPE(Callback::Result)

class TestCallback : public QObject
{
    Q_OBJECT

private slots:
    void matchesRedirect_data();
    void matchesRedirect();
    void parse_data();
    void parse();
    void emptyExpectedStateNeverMatches();
    void everyResultHasAMessage_data();
    void everyResultHasAMessage();
    void serverErrorMessageShowsTheServersText();
};

void TestCallback::matchesRedirect_data()
{
    QTest::addColumn<QString>("candidate");
    QTest::addColumn<QString>("redirect");
    QTest::addColumn<bool>("matches");

    QTest::addRow("exact") << Base << Base << true;
    QTest::addRow("exact with query") << Base + "?code=a&state=b" << Base << true;
    QTest::addRow("host in upper case") << "https://OAUTH.PowerBI.com/views/oauthredirect.html" << Base << true;
    QTest::addRow("scheme in upper case") << "HTTPS://oauth.powerbi.com/views/oauthredirect.html" << Base << true;
    QTest::addRow("explicit default port") << "https://oauth.powerbi.com:443/views/oauthredirect.html" << Base << true;
    QTest::addRow("redirect has explicit default port") << Base << "https://oauth.powerbi.com:443/views/oauthredirect.html" << true;
    QTest::addRow("loopback with port") << "http://127.0.0.1:8400/cb?code=x" << "http://127.0.0.1:8400/cb" << true;
    QTest::addRow("empty path equals slash") << "https://example.com?code=x" << "https://example.com/" << true;

    QTest::addRow("look-alike host suffix") << "https://oauth.powerbi.com.evil.example/views/oauthredirect.html" << Base << false;
    QTest::addRow("look-alike host prefix") << "https://evil-oauth.powerbi.com/views/oauthredirect.html" << Base << false;
    QTest::addRow("subdomain") << "https://x.oauth.powerbi.com/views/oauthredirect.html" << Base << false;
    QTest::addRow("path with suffix .evil") << Base + ".evil" << Base << false;
    QTest::addRow("path with suffix x") << Base + "x" << Base << false;
    QTest::addRow("path with trailing slash") << Base + "/" << Base << false;
    QTest::addRow("path prefix only") << "https://oauth.powerbi.com/views/" << Base << false;
    QTest::addRow("path in other case") << "https://oauth.powerbi.com/views/OAuthRedirect.html" << Base << false;
    QTest::addRow("http instead of https") << "http://oauth.powerbi.com/views/oauthredirect.html" << Base << false;
    QTest::addRow("other port") << "https://oauth.powerbi.com:8443/views/oauthredirect.html" << Base << false;
    QTest::addRow("loopback other port") << "http://127.0.0.1:8401/cb" << "http://127.0.0.1:8400/cb" << false;
    QTest::addRow("userinfo") << "https://user@oauth.powerbi.com/views/oauthredirect.html" << Base << false;
    QTest::addRow("userinfo with host in it") << "https://oauth.powerbi.com:x@evil.example/views/oauthredirect.html" << Base << false;
    QTest::addRow("other scheme") << "ms-app://oauth.powerbi.com/views/oauthredirect.html" << Base << false;
    QTest::addRow("relative") << "/views/oauthredirect.html" << Base << false;
    QTest::addRow("empty") << QString() << Base << false;
    QTest::addRow("authorize page") << "https://tenant.eu.auth0.com/authorize?redirect_uri=" + QString::fromLatin1(QUrl::toPercentEncoding(Base)) << Base << false;
}

void TestCallback::matchesRedirect()
{
    QFETCH(QString, candidate);
    QFETCH(QString, redirect);
    QFETCH(bool, matches);
    QCOMPARE(Callback::matchesRedirect(QUrl(candidate), QUrl(redirect)), matches);
}

void TestCallback::parse_data()
{
    QTest::addColumn<QString>("received");
    QTest::addColumn<Callback::Result>("result");
    QTest::addColumn<QByteArray>("code");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("description");

    const QString s = QString::fromLatin1(State);
    using R = Callback::Result;

    QTest::addRow("code and state") << Base + "?code=AbC-123_x&state=" + s << R::Code << QByteArray("AbC-123_x") << QString() << QString();
    QTest::addRow("state before code") << Base + "?state=" + s + "&code=c0de" << R::Code << QByteArray("c0de") << QString() << QString();
    QTest::addRow("percent-encoded code") << Base + "?code=a%2Fb%3D&state=" + s << R::Code << QByteArray("a/b=") << QString() << QString();
    QTest::addRow("extra unknown parameter") << Base + "?code=c&state=" + s + "&iss=x&x=1&x=2" << R::Code << QByteArray("c") << QString() << QString();
    QTest::addRow("unrelated fragment") << Base + "?code=c&state=" + s + "#_=_" << R::Code << QByteArray("c") << QString() << QString();

    QTest::addRow("server error with description") << Base + "?error=access_denied&error_description=User%20did%20not%20authorize&state=" + s
                                                   << R::ServerError << QByteArray() << "access_denied" << "User did not authorize";
    QTest::addRow("server error, plus as space") << Base + "?error=login_required&error_description=Login+is+required%2B1&state=" + s
                                                 << R::ServerError << QByteArray() << "login_required" << "Login is required+1";
    QTest::addRow("server error without description") << Base + "?error=server_error&state=" + s
                                                      << R::ServerError << QByteArray() << "server_error" << QString();
    QTest::addRow("error wins over code") << Base + "?code=c&error=access_denied&state=" + s
                                          << R::ServerError << QByteArray() << "access_denied" << QString();
    QTest::addRow("non-ASCII description") << Base + "?error=access_denied&error_description=Zugriff%20verweigert%20%C3%BC&state=" + s
                                           << R::ServerError << QByteArray() << "access_denied" << QStringLiteral("Zugriff verweigert \u00fc");

    QTest::addRow("look-alike host") << "https://oauth.powerbi.com.evil.example/views/oauthredirect.html?code=c&state=" + s
                                     << R::NotTheRedirect << QByteArray() << QString() << QString();
    QTest::addRow("path suffix") << Base + ".evil?code=c&state=" + s << R::NotTheRedirect << QByteArray() << QString() << QString();
    QTest::addRow("other scheme") << "http://oauth.powerbi.com/views/oauthredirect.html?code=c&state=" + s
                                  << R::NotTheRedirect << QByteArray() << QString() << QString();
    QTest::addRow("other port") << "https://oauth.powerbi.com:444/views/oauthredirect.html?code=c&state=" + s
                                << R::NotTheRedirect << QByteArray() << QString() << QString();
    QTest::addRow("userinfo") << "https://a:b@oauth.powerbi.com/views/oauthredirect.html?code=c&state=" + s
                              << R::NotTheRedirect << QByteArray() << QString() << QString();

    QTest::addRow("state missing") << Base + "?code=c" << R::StateMismatch << QByteArray() << QString() << QString();
    QTest::addRow("state empty") << Base + "?code=c&state=" << R::StateMismatch << QByteArray() << QString() << QString();
    QTest::addRow("state different") << Base + "?code=c&state=other" << R::StateMismatch << QByteArray() << QString() << QString();
    QTest::addRow("state prefix of expected") << Base + "?code=c&state=" + s.left(10) << R::StateMismatch << QByteArray() << QString() << QString();
    QTest::addRow("state with extra char") << Base + "?code=c&state=" + s + "x" << R::StateMismatch << QByteArray() << QString() << QString();
    QTest::addRow("state in other case") << Base + "?code=c&state=" + s.toUpper() << R::StateMismatch << QByteArray() << QString() << QString();
    QTest::addRow("error with wrong state is not shown") << Base + "?error=access_denied&error_description=Click%20here&state=bad"
                                                         << R::StateMismatch << QByteArray() << QString() << QString();
    QTest::addRow("error without state is not shown") << Base + "?error=access_denied"
                                                      << R::StateMismatch << QByteArray() << QString() << QString();

    QTest::addRow("code missing") << Base + "?state=" + s << R::Malformed << QByteArray() << QString() << QString();
    QTest::addRow("code empty") << Base + "?code=&state=" + s << R::Malformed << QByteArray() << QString() << QString();
    QTest::addRow("code without value") << Base + "?code&state=" + s << R::Malformed << QByteArray() << QString() << QString();
    QTest::addRow("duplicated code") << Base + "?code=a&code=b&state=" + s << R::Malformed << QByteArray() << QString() << QString();
    QTest::addRow("duplicated identical code") << Base + "?code=a&code=a&state=" + s << R::Malformed << QByteArray() << QString() << QString();
    QTest::addRow("duplicated state") << Base + "?code=a&state=" + s + "&state=" + s << R::Malformed << QByteArray() << QString() << QString();
    QTest::addRow("duplicated state, one wrong") << Base + "?code=a&state=bad&state=" + s << R::Malformed << QByteArray() << QString() << QString();
    QTest::addRow("duplicated error") << Base + "?error=a&error=b&state=" + s << R::Malformed << QByteArray() << QString() << QString();
    QTest::addRow("duplicated error_description") << Base + "?error=a&error_description=x&error_description=y&state=" + s
                                                  << R::Malformed << QByteArray() << QString() << QString();
    QTest::addRow("code in fragment") << Base + "#code=c&state=" + s << R::Malformed << QByteArray() << QString() << QString();
    QTest::addRow("code in query and fragment") << Base + "?code=c&state=" + s + "#code=d" << R::Malformed << QByteArray() << QString() << QString();
    QTest::addRow("implicit-flow token in fragment") << Base + "?code=c&state=" + s + "#access_token=t" << R::Malformed << QByteArray() << QString() << QString();
    QTest::addRow("no query at all") << Base << R::StateMismatch << QByteArray() << QString() << QString();
}

void TestCallback::parse()
{
    QFETCH(QString, received);
    QFETCH(Callback::Result, result);
    QFETCH(QByteArray, code);
    QFETCH(QString, error);
    QFETCH(QString, description);

    const Callback callback = Callback::parse(QUrl(received), Redirect, State);
    QCOMPARE(callback.result, result);
    QCOMPARE(callback.code, code);
    QCOMPARE(callback.error, error);
    QCOMPARE(callback.errorDescription, description);
}

void TestCallback::emptyExpectedStateNeverMatches()
{
    QCOMPARE(Callback::parse(QUrl(Base + "?code=c&state="), Redirect, QByteArray()).result, Callback::Result::StateMismatch);
    QCOMPARE(Callback::parse(QUrl(Base + "?code=c"), Redirect, QByteArray()).result, Callback::Result::StateMismatch);
}

void TestCallback::everyResultHasAMessage_data()
{
    QTest::addColumn<Callback::Result>("result");
    QTest::addRow("Code") << Callback::Result::Code;
    QTest::addRow("ServerError") << Callback::Result::ServerError;
    QTest::addRow("NotTheRedirect") << Callback::Result::NotTheRedirect;
    QTest::addRow("StateMismatch") << Callback::Result::StateMismatch;
    QTest::addRow("Malformed") << Callback::Result::Malformed;
}

void TestCallback::everyResultHasAMessage()
{
    QFETCH(Callback::Result, result);
    Callback callback;
    callback.result = result;
    QVERIFY(!callback.message().isEmpty());
    QVERIFY(!callback.message().contains(QLatin1String("%1")));
}

void TestCallback::serverErrorMessageShowsTheServersText()
{
    const Callback callback = Callback::parse(
        QUrl(Base + "?error=unauthorized&error_description=Your%20account%20is%20blocked&state=" + QString::fromLatin1(State)),
        Redirect, State);
    QVERIFY(callback.message().contains(QLatin1String("Your account is blocked")));
    QVERIFY(callback.message().contains(QLatin1String("unauthorized")));

    Callback cancelled;
    cancelled.result = Callback::Result::ServerError;
    cancelled.error = QStringLiteral("access_denied");
    QVERIFY(cancelled.message().contains(QLatin1String("cancelled")));
}

QTEST_GUILESS_MAIN(TestCallback)
#include "tst_callback.moc"
