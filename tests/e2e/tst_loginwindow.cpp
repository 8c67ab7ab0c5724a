// End-to-end tests of the login window process (connector-signin-login): the real
// WebEngine window under Xvfb, the real test authorization server, and a node driver
// that fills the real form over the DevTools protocol. No test hooks in the program.

#include "loginprocess.h"
#include "x11windowcloser.h"

#include "auth/authorizationrequest.h"
#include "auth/callback.h"
#include "auth/providerendpoints.h"
#include "config/profile.h"
#include "isolatedenvironment.h"
#include "testserver.h"

#include <QDir>
#include <QGuiApplication>
#include <QHostAddress>
#include <QPixmap>
#include <QScreen>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

namespace {

const QUrl PowerBiRedirect("https://oauth.powerbi.com/views/oauthredirect.html");
const QUrl LookAlikeRedirect("https://oauth.powerbi.com.evil.example/views/oauthredirect.html");

constexpr int ExitCallback = 0;
constexpr int ExitUsage = 2;
constexpr int ExitCancelled = 6;

// Stands in for oauth.powerbi.com (and its look-alike) through Chromium's host
// resolver: any connection here means the window fetched the redirect page.
class RedirectHostListener
{
public:
    RedirectHostListener()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
                socket->close();
                socket->deleteLater();
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    int connections() const { return m_connections; }

    // Chromium reads QTWEBENGINE_CHROMIUM_FLAGS as a command line: quote the rules.
    QString resolverFlag(const QStringList &hosts) const
    {
        QStringList rules;
        for (const QString &host : hosts)
            rules << QString("MAP %1 127.0.0.1:%2").arg(host).arg(port());
        return QString("--host-resolver-rules=\"%1\"").arg(rules.join(", "));
    }

private:
    QTcpServer m_server;
    int m_connections = 0;
};

} // namespace

class TestLoginWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();

    void signInPrintsTheCallbackAndNeverFetchesTheRedirect();
    void denyReturnsAccessDenied();
    void wrongPasswordKeepsTheWindowOpenUntilTheParentGoes();
    void closingTheWindowCancels();
    void lookAlikeRedirectIsNotCaught();
    void unreachableServerShowsAnErrorInTheWindow();

private:
    QStringList loginArguments(const AuthorizationRequest &request) const;
    AuthorizationRequest newRequest(TestServer &server, const QUrl &redirectUri = PowerBiRedirect) const;
    QString artifact(const QString &name) const;
    void grabScreen(const QString &name) const;

    IsolatedEnvironment *m_environment = nullptr;
    TestServer *m_server = nullptr;
};

void TestLoginWindow::initTestCase()
{
    m_environment = new IsolatedEnvironment;
    if (qEnvironmentVariable("SIGNIN_LOGIN_EXE").isEmpty())
        QSKIP("SIGNIN_LOGIN_EXE is not set: the login window was not built");
    if (qEnvironmentVariable("DISPLAY").isEmpty())
        QSKIP("needs an X display: run under scripts/headless.sh");
    QDir().mkpath(qEnvironmentVariable("SIGNIN_ARTIFACTS_DIR"));
    m_server = new TestServer;
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
}

void TestLoginWindow::cleanupTestCase()
{
    delete m_server;
    delete m_environment;
}

AuthorizationRequest TestLoginWindow::newRequest(TestServer &server, const QUrl &redirectUri) const
{
    Profile profile;
    profile.issuer = server.issuer();
    profile.clientId = TestServer::clientId();
    profile.redirectUri = redirectUri;
    return AuthorizationRequest::create(profile, ProviderEndpoints::auth0Defaults(server.issuer()));
}

QStringList TestLoginWindow::loginArguments(const AuthorizationRequest &request) const
{
    return {"--url", request.url.toString(QUrl::FullyEncoded),
            "--redirect-uri", PowerBiRedirect.toString(),
            "--title", "Test Tenant"};
}

QString TestLoginWindow::artifact(const QString &name) const
{
    return QDir(qEnvironmentVariable("SIGNIN_ARTIFACTS_DIR")).filePath(name);
}

void TestLoginWindow::grabScreen(const QString &name) const
{
    // The whole X screen: the window with its host strip, not only the page.
    QScreen *screen = QGuiApplication::primaryScreen();
    if (screen && screen->grabWindow(0).save(artifact(name)))
        qInfo("screen saved to %s", qPrintable(artifact(name)));
}

void TestLoginWindow::usageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    const QString url = "https://tenant.example/authorize?state=SECRETSTATE&code_challenge=x";
    const QString redirect = PowerBiRedirect.toString();
    QTest::addRow("no arguments") << QStringList{};
    QTest::addRow("no redirect URI") << QStringList{"--url", url};
    QTest::addRow("no authorize URL") << QStringList{"--redirect-uri", redirect};
    QTest::addRow("plain http to a remote host")
        << QStringList{"--url", "http://tenant.example/authorize?state=SECRETSTATE",
                       "--redirect-uri", redirect};
    QTest::addRow("relative redirect URI") << QStringList{"--url", url, "--redirect-uri", "/views"};
    QTest::addRow("width not a number")
        << QStringList{"--url", url, "--redirect-uri", redirect, "--width", "wide"};
    QTest::addRow("height too small")
        << QStringList{"--url", url, "--redirect-uri", redirect, "--height", "10"};
    QTest::addRow("unknown option") << QStringList{"--url", url, "--redirect-uri", redirect, "--kiosk"};
}

void TestLoginWindow::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    LoginProcess login;
    QVERIFY(login.start(arguments));
    QVERIFY(login.waitForExit(30000));
    QCOMPARE(login.exitStatus(), QProcess::NormalExit);
    QCOMPARE(login.exitCode(), ExitUsage);
    QVERIFY(login.standardOutput().isEmpty());
    QVERIFY(!login.standardError().trimmed().isEmpty());
    QVERIFY2(!login.standardError().contains("SECRETSTATE"), "the authorize URL's query reached stderr");
}

void TestLoginWindow::signInPrintsTheCallbackAndNeverFetchesTheRedirect()
{
    RedirectHostListener powerBi;
    const AuthorizationRequest request = newRequest(*m_server);
    LoginProcess login;
    QVERIFY(login.start(loginArguments(request), powerBi.resolverFlag({"oauth.powerbi.com"})));

    LoginDriver driver;
    QVERIFY(driver.start(login.debugPort(), "login",
                         {"--hold", "--screenshot", artifact("login-window.png")}));
    const QJsonObject shown = driver.waitForEvent("form-visible");
    QVERIFY2(!shown.isEmpty(), driver.standardError().constData());
    const qint64 formShownMs = login.elapsedMs();
    qInfo("login window: process start -> login form visible in %lld ms", formShownMs);
    QCOMPARE(shown.value("title").toString(), QString::fromUtf8("Sign in — Test Tenant"));
    QVERIFY(!driver.waitForEvent("screenshot").isEmpty());
    grabScreen("login-window-screen.png");
    driver.release();

    QVERIFY2(login.waitForExit(60000), "the login window did not exit after the redirect");
    QCOMPARE(login.exitStatus(), QProcess::NormalExit);
    QCOMPARE(login.exitCode(), ExitCallback);
    qInfo("login window: process start -> exit after the redirect in %lld ms", login.elapsedMs());

    const QList<QByteArray> lines = login.standardOutput().trimmed().split('\n');
    QCOMPARE(lines.size(), 1);
    const Callback callback = Callback::parse(QUrl::fromEncoded(lines.first()), PowerBiRedirect, request.state);
    QCOMPARE(callback.result, Callback::Result::Code);
    QVERIFY(!callback.code.isEmpty());
    QVERIFY2(!login.standardError().contains(callback.code), "the code reached stderr");
    QVERIFY2(!login.standardError().contains(request.state), "the state reached stderr");

    QTest::qWait(500); // a late fetch of the redirect page would show up here
    QCOMPARE(powerBi.connections(), 0);
}

void TestLoginWindow::denyReturnsAccessDenied()
{
    const AuthorizationRequest request = newRequest(*m_server);
    LoginProcess login;
    QVERIFY(login.start(loginArguments(request)));
    LoginDriver driver;
    QVERIFY(driver.start(login.debugPort(), "deny"));
    QVERIFY2(!driver.waitForEvent("submitted").isEmpty(), driver.standardError().constData());

    QVERIFY(login.waitForExit(60000));
    QCOMPARE(login.exitCode(), ExitCallback);
    const Callback callback = Callback::parse(QUrl::fromEncoded(login.standardOutput().trimmed()),
                                              PowerBiRedirect, request.state);
    QCOMPARE(callback.result, Callback::Result::ServerError);
    QCOMPARE(callback.error, QString("access_denied"));
}

void TestLoginWindow::wrongPasswordKeepsTheWindowOpenUntilTheParentGoes()
{
    LoginProcess login;
    QVERIFY(login.start(loginArguments(newRequest(*m_server))));
    LoginDriver driver;
    QVERIFY(driver.start(login.debugPort(), "wrong-password"));
    const QJsonObject error = driver.waitForEvent("error-shown");
    QVERIFY2(!error.isEmpty(), driver.standardError().constData());
    QCOMPARE(error.value("text").toString(), QString("Wrong email or password."));
    QVERIFY(driver.waitForExit());

    QTest::qWait(300);
    QCOMPARE(login.process().state(), QProcess::Running);
    login.write("raise\n"); // the caller's way to bring it forward: must not end it
    QTest::qWait(300);
    QCOMPARE(login.process().state(), QProcess::Running);

    login.closeStdin(); // what the parent's death looks like from here
    QVERIFY(login.waitForExit(30000));
    QCOMPARE(login.exitStatus(), QProcess::NormalExit);
    QCOMPARE(login.exitCode(), ExitCancelled);
    QVERIFY(login.standardOutput().isEmpty());
}

void TestLoginWindow::closingTheWindowCancels()
{
    LoginProcess login;
    QVERIFY(login.start(loginArguments(newRequest(*m_server))));
    LoginDriver driver;
    QVERIFY(driver.start(login.debugPort(), "show"));
    QVERIFY2(!driver.waitForEvent("form-visible").isEmpty(), driver.standardError().constData());
    QVERIFY(driver.waitForExit());

    QVERIFY2(closeWindowOfProcess(login.process().processId()), "no window of the login process");
    QVERIFY(login.waitForExit(30000));
    QCOMPARE(login.exitStatus(), QProcess::NormalExit);
    QCOMPARE(login.exitCode(), ExitCancelled);
    QVERIFY(login.standardOutput().isEmpty());
}

void TestLoginWindow::lookAlikeRedirectIsNotCaught()
{
    // The server redirects to the look-alike host; the window watches for the real one.
    TestServer server({"--redirect-uri", LookAlikeRedirect.toString()});
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    RedirectHostListener hosts;
    LoginProcess login;
    QVERIFY(login.start(loginArguments(newRequest(server, LookAlikeRedirect)),
                        hosts.resolverFlag({"oauth.powerbi.com", "oauth.powerbi.com.evil.example"})));
    LoginDriver driver;
    QVERIFY(driver.start(login.debugPort(), "login"));
    QVERIFY2(!driver.waitForEvent("submitted").isEmpty(), driver.standardError().constData());

    // Not caught: the window really goes there (and fails: the listener speaks no TLS).
    QTRY_VERIFY_WITH_TIMEOUT(hosts.connections() > 0, 30000);
    QCOMPARE(login.process().state(), QProcess::Running);
    QTest::qWait(1000);
    grabScreen("login-window-lookalike.png");

    login.closeStdin();
    QVERIFY(login.waitForExit(30000));
    QCOMPARE(login.exitCode(), ExitCancelled);
    QVERIFY(login.standardOutput().isEmpty());
}

void TestLoginWindow::unreachableServerShowsAnErrorInTheWindow()
{
    // A loopback port nobody listens on: connection refused.
    const quint16 closedPort = LoginProcess::freePort();
    const QString url = QString("http://127.0.0.1:%1/authorize?state=SECRETSTATE").arg(closedPort);
    LoginProcess login;
    QVERIFY(login.start({"--url", url, "--redirect-uri", PowerBiRedirect.toString()}));
    QTRY_VERIFY_WITH_TIMEOUT(login.standardError().contains("failed to load"), 60000);
    QTest::qWait(1000);
    grabScreen("login-window-offline.png");
    QCOMPARE(login.process().state(), QProcess::Running);

    login.closeStdin();
    QVERIFY(login.waitForExit(30000));
    QCOMPARE(login.exitCode(), ExitCancelled);
    QVERIFY(!login.standardError().contains("SECRETSTATE"));
}

QTEST_MAIN(TestLoginWindow)
#include "tst_loginwindow.moc"
