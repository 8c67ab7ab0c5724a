// `connector-signin sign-in` end to end: the real SignInFlow, the real server, the real
// Secret Service. Nothing may be stored unless every check passed.
#include "sessionfixture.h"

#include <QProcess>
#include <QTest>

class TestSignIn : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void signInStoresTheRefreshToken();
    void failuresStoreNothing_data();
    void failuresStoreNothing();
    void keychainMissingFailsFast();
    void oneLoginWindowPerProfile();
    void unknownProfileIsAUsageError();

private:
    SessionFixture f;
};

void TestSignIn::initTestCase()
{
    QString error;
    QVERIFY2(f.start(&error), qPrintable(error));
}

void TestSignIn::init()
{
    // Every case starts signed out, with the server healthy.
    f.run({QStringLiteral("sign-out")});
    QVERIFY(f.server().clearFault(QStringLiteral("token")));
    QCOMPARE(f.storedRefreshToken().kind, KeychainResult::Kind::NotFound);
}

void TestSignIn::signInStoresTheRefreshToken()
{
    const CliRun signIn = f.run({QStringLiteral("sign-in")});
    QVERIFY2(signIn.exitCode == 0, signIn.err.constData());
    QVERIFY(signIn.out.contains("test@example.com"));

    // A separate process reads the token from the real Secret Service...
    QProcess lookup;
    lookup.start(QStringLiteral("secret-tool"),
                 {QStringLiteral("lookup"), QStringLiteral("server"), TokenStore::defaultService(),
                  QStringLiteral("user"), TokenStore::keyFor(f.profileName())});
    QVERIFY(lookup.waitForFinished(10000));
    const QByteArray shown = lookup.readAllStandardOutput().trimmed();
    QVERIFY2(!shown.isEmpty(), "secret-tool found no refresh token");
    // QtKeychain stores binary data, which the Secret Service shows base64-encoded.
    const QByteArray stored = QByteArray::fromBase64(shown);
    QCOMPARE(f.storedRefreshToken().secret, stored);

    // ...and it works at the server's token endpoint.
    const TokenResult used = f.refreshAtServer(stored);
    QVERIFY2(used.ok(), qPrintable(used.errorDescription));

    // The status says who is signed in, without the token.
    const QJsonObject status = f.status();
    QCOMPARE(status.value("state").toString(), QStringLiteral("signed_in"));
    QCOMPARE(status.value("user").toObject().value("email").toString(), QStringLiteral("test@example.com"));
    QCOMPARE(status.value("refresh_token_stored").toBool(), true);
}

void TestSignIn::failuresStoreNothing_data()
{
    QTest::addColumn<QString>("personDoes");
    QTest::addColumn<QString>("tokenFault");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::addRow("window closed") << "close" << "" << 6 << "cancelled";
    QTest::addRow("server says access_denied") << "deny" << "" << 3 << "The user cancelled the sign-in.";
    QTest::addRow("tampered state") << "tamper-state" << "" << 3 << "";
    QTest::addRow("look-alike redirect host") << "wrong-redirect" << "" << 3 << "";
    QTest::addRow("token endpoint 500 during the exchange") << "login" << "500" << 5 << "";
    QTest::addRow("token endpoint drops the connection") << "login" << "drop" << 5 << "";
    QTest::addRow("token endpoint answers garbage") << "login" << "truncated" << 5 << "";
}

void TestSignIn::failuresStoreNothing()
{
    QFETCH(QString, personDoes);
    QFETCH(QString, tokenFault);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    f.cli().environment().insert(QStringLiteral("SIGNIN_FAKE_LOGIN"), personDoes);
    // Qt re-sends a request up to twice when the connection drops before any answer:
    // the fault must outlast that to reach the program.
    if (!tokenFault.isEmpty())
        QVERIFY(f.server().setFault(QStringLiteral("token"), tokenFault, 3));
    const CliRun signIn = f.run({QStringLiteral("sign-in")});
    f.cli().environment().remove(QStringLiteral("SIGNIN_FAKE_LOGIN"));

    QCOMPARE(signIn.exitCode, exitCode);
    QVERIFY2(signIn.err.contains(message.toUtf8()), signIn.err.constData());
    QVERIFY(!signIn.err.trimmed().isEmpty()); // always a message
    QCOMPARE(f.storedRefreshToken().kind, KeychainResult::Kind::NotFound);
    QCOMPARE(f.status().value("state").toString(), QStringLiteral("signed_out"));
}

void TestSignIn::keychainMissingFailsFast()
{
    // No session bus: QtKeychain fails at once; the program must say so with exit 4.
    CliRunner noBus(f.cli().environment());
    noBus.environment().insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                               QStringLiteral("unix:path=/nonexistent/bus"));
    const CliRun signIn = noBus.run({QStringLiteral("sign-in"), QStringLiteral("--profile"), f.profileName()});
    QCOMPARE(signIn.exitCode, 4);
    QVERIFY2(signIn.err.contains("keychain"), signIn.err.constData());
    QVERIFY2(signIn.elapsedMs < 20000, "the keychain deadline was not kept");

    const CliRun status = noBus.run({QStringLiteral("status"), QStringLiteral("--profile"), f.profileName()});
    QCOMPARE(status.exitCode, 4);
}

void TestSignIn::oneLoginWindowPerProfile()
{
    // A first sign-in keeps its window open...
    QProcess first;
    QProcessEnvironment environment = f.cli().environment();
    environment.insert(QStringLiteral("SIGNIN_FAKE_LOGIN"), QStringLiteral("wait"));
    first.setProcessEnvironment(environment);
    first.start(qEnvironmentVariable("SIGNIN_MAIN_EXE"),
                {QStringLiteral("sign-in"), QStringLiteral("--profile"), f.profileName()});
    QVERIFY(first.waitForStarted());
    QTest::qWait(1500);

    // ...so a second one for the same profile is refused with a clear message.
    const CliRun second = f.run({QStringLiteral("sign-in")});
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.err.contains("already open"), second.err.constData());

    // When the first process dies, its lock is stale and a sign-in works again.
    first.kill();
    QVERIFY(first.waitForFinished(5000));
    const CliRun third = f.run({QStringLiteral("sign-in")});
    QVERIFY2(third.exitCode == 0, third.err.constData());
}

void TestSignIn::unknownProfileIsAUsageError()
{
    const CliRun run = f.cli().run({QStringLiteral("sign-in"), QStringLiteral("--profile"),
                                    QStringLiteral("no-such-profile")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains("Unknown profile \"no-such-profile\""));
}

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"
