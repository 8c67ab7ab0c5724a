// Refresh with rotation, one refresh at a time across processes, sign-out, and nothing
// lost under faults - through the real executable, server and Secret Service.
#include "sessionfixture.h"

#include <QJsonDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <QThread>

#include <memory>
#include <vector>

class TestRefresh : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cachedTokenMakesNoRequest();
    void rotationStoresTheNewTokenAndKillsTheOld();
    void concurrentCallersRefreshOnce();
    void transientFaultsLoseNothing_data();
    void transientFaultsLoseNothing();
    void revokedTokenNeedsSignIn();
    void killedDuringRefresh();
    void signOutRevokesAndForgets();
    void signOutWhileServerIsDownStillForgets();

private:
    void signIn();
    void expireAccessToken();

    SessionFixture f;
};

void TestRefresh::initTestCase()
{
    QString error;
    QVERIFY2(f.start(&error), qPrintable(error));
}

void TestRefresh::init()
{
    for (const char *endpoint : {"token", "revoke", "discovery"})
        QVERIFY(f.server().clearFault(QString::fromLatin1(endpoint)));
    QVERIFY(f.server().configure({{"accessTokenTtl", 3600}, {"rotation", true}}));
    signIn();
}

void TestRefresh::signIn()
{
    const CliRun signIn = f.run({QStringLiteral("sign-in")});
    QVERIFY2(signIn.exitCode == 0, signIn.err.constData());
}

// Makes the stored access token stale by signing in again with a 1-second lifetime.
void TestRefresh::expireAccessToken()
{
    QVERIFY(f.server().configure({{"accessTokenTtl", 1}}));
    signIn();
    QVERIFY(f.server().configure({{"accessTokenTtl", 3600}}));
    QThread::msleep(1100);
}

void TestRefresh::cachedTokenMakesNoRequest()
{
    QVERIFY(f.server().resetStats());
    const CliRun first = f.run({QStringLiteral("token")});
    QCOMPARE(first.exitCode, 0);
    const CliRun second = f.run({QStringLiteral("token"), QStringLiteral("--json")});
    QCOMPARE(second.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(second.out).object();
    QCOMPARE(json.value("access_token").toString().toLatin1(), first.out.trimmed());
    QCOMPARE(json.value("source").toString(), QStringLiteral("cached"));
    QCOMPARE(f.serverCount("token_requests"), 0);
    QCOMPARE(f.serverCount("discovery"), 0); // the sign-in's discovery document was cached
}

void TestRefresh::rotationStoresTheNewTokenAndKillsTheOld()
{
    const QByteArray before = f.storedRefreshToken().secret;
    QVERIFY(!before.isEmpty());
    QVERIFY(f.server().resetStats());

    const CliRun refresh = f.run({QStringLiteral("refresh")});
    QVERIFY2(refresh.exitCode == 0, refresh.err.constData());
    QCOMPARE(f.serverCount("token/refresh_token"), 1);
    QCOMPARE(f.serverCount("token_requests"), 1); // exactly one request per refresh

    const QByteArray after = f.storedRefreshToken().secret;
    QVERIFY(!after.isEmpty());
    QVERIFY(after != before);
    QCOMPARE(f.status().value("refresh_token_fingerprint").toString(), SessionFixture::fingerprint(after));

    // The old one is refused - and presenting it kills the family, as at Auth0.
    const TokenResult reuse = f.refreshAtServer(before);
    QCOMPARE(reuse.kind, TokenResult::Kind::InvalidGrant);
    QCOMPARE(f.serverCount("refresh_reuse"), 1);
    QCOMPARE(f.refreshAtServer(after).kind, TokenResult::Kind::InvalidGrant);
}

void TestRefresh::concurrentCallersRefreshOnce()
{
    const int iterations = qEnvironmentVariableIntValue("SIGNIN_CONCURRENCY_ITERATIONS") > 0
        ? qEnvironmentVariableIntValue("SIGNIN_CONCURRENCY_ITERATIONS") : 10;
    constexpr int callers = 8;
    for (int iteration = 0; iteration < iterations; ++iteration) {
        expireAccessToken();
        QVERIFY(f.server().resetStats());

        std::vector<std::unique_ptr<QProcess>> processes;
        for (int i = 0; i < callers; ++i) {
            auto process = std::make_unique<QProcess>();
            process->setProcessEnvironment(f.cli().environment());
            processes.push_back(std::move(process));
        }
        for (auto &process : processes) // as close to "at the same moment" as we can
            process->start(qEnvironmentVariable("SIGNIN_MAIN_EXE"),
                           {QStringLiteral("token"), QStringLiteral("--profile"), f.profileName()});
        QSet<QByteArray> tokens;
        for (auto &process : processes) {
            QVERIFY(process->waitForFinished(60000));
            const QByteArray err = process->readAllStandardError();
            QVERIFY2(process->exitCode() == 0,
                     qPrintable(QString::number(process->exitCode()) + QLatin1Char(' ')
                                + QString::fromUtf8(err.right(600))));
            tokens.insert(process->readAllStandardOutput().trimmed());
        }
        QCOMPARE(tokens.size(), 1); // all got the one fresh token
        QCOMPARE(f.serverCount("token/refresh_token"), 1);
        QCOMPARE(f.serverCount("refresh_reuse"), 0);
    }
    // The family is alive: the stored token still refreshes.
    QCOMPARE(f.run({QStringLiteral("refresh")}).exitCode, 0);
    qInfo("concurrency: %d iterations x %d callers, 1 refresh grant each, no reuse", iterations, callers);
}

void TestRefresh::transientFaultsLoseNothing_data()
{
    QTest::addColumn<QString>("fault");
    for (const char *fault : {"500", "429", "slow", "truncated", "malformed", "html", "drop"})
        QTest::newRow(fault) << QString::fromLatin1(fault);
}

void TestRefresh::transientFaultsLoseNothing()
{
    QFETCH(QString, fault);
    const QByteArray before = f.storedRefreshToken().secret;
    // "slow" outlasts the client's timeout (3 s in tests, SIGNIN_HTTP_TIMEOUT_MS).
    // Qt re-sends a request up to twice when the connection drops before any answer,
    // so "drop" must outlast that to reach the program.
    const int count = fault == QLatin1String("drop") ? 3 : 1;
    QVERIFY(f.server().setFault(QStringLiteral("token"), fault, count,
                                {{"delayMs", 6000}, {"retryAfter", 7}}));

    const CliRun failed = f.run({QStringLiteral("refresh")});
    QCOMPARE(failed.exitCode, 5);
    QVERIFY2(failed.err.contains("kept"), failed.err.constData());
    QCOMPARE(f.storedRefreshToken().secret, before);
    const QJsonObject status = f.status();
    QCOMPARE(status.value("state").toString(), QStringLiteral("signed_in"));
    QCOMPARE(status.value("last_refresh").toObject().value("result").toString(), QStringLiteral("transient"));

    // The fault has passed (cleared: Qt's own re-sends may not have used up every
    // armed "drop"): the next refresh works with the token that was kept.
    QVERIFY(f.server().clearFault(QStringLiteral("token")));
    const CliRun again = f.run({QStringLiteral("refresh")});
    QVERIFY2(again.exitCode == 0, again.err.constData());
    QVERIFY(f.storedRefreshToken().secret != before);
}

void TestRefresh::revokedTokenNeedsSignIn()
{
    QVERIFY(f.server().revokeAll());
    const CliRun refresh = f.run({QStringLiteral("refresh")});
    QCOMPARE(refresh.exitCode, 3);
    QVERIFY2(refresh.err.contains("Sign in again"), refresh.err.constData());
    QCOMPARE(f.storedRefreshToken().kind, KeychainResult::Kind::NotFound);
    QCOMPARE(f.status().value("state").toString(), QStringLiteral("needs_sign_in"));
    QCOMPARE(f.run({QStringLiteral("token")}).exitCode, 3);
}

void TestRefresh::killedDuringRefresh()
{
    // SIGKILL at a random moment of `refresh`, many times. Afterwards the stored token
    // must be the old or the new one and work - unless the kill fell between the server
    // rotating the token and our keychain write, which no client can fully close (the
    // new token existed only in the killed process). Counted and reported, not hidden.
    const int iterations = qEnvironmentVariableIntValue("SIGNIN_KILL_ITERATIONS") > 0
        ? qEnvironmentVariableIntValue("SIGNIN_KILL_ITERATIONS") : 20;
    int stillWorking = 0, lostByKill = 0, completedBeforeKill = 0;
    for (int i = 0; i < iterations; ++i) {
        QProcess process;
        process.setProcessEnvironment(f.cli().environment());
        process.start(qEnvironmentVariable("SIGNIN_MAIN_EXE"),
                      {QStringLiteral("refresh"), QStringLiteral("--profile"), f.profileName()});
        QVERIFY(process.waitForStarted());
        QThread::msleep(QRandomGenerator::global()->bounded(20, 220));
        if (process.state() == QProcess::NotRunning)
            ++completedBeforeKill;
        process.kill();
        process.waitForFinished(5000);

        const CliRun after = f.run({QStringLiteral("refresh")});
        if (after.exitCode == 0) {
            ++stillWorking;
        } else {
            QCOMPARE(after.exitCode, 3); // never a crash, never a hang, never garbage
            ++lostByKill;
            signIn();
        }
    }
    qInfo("kill test: %d iterations, %d kept a working token, %d lost the session "
          "(killed between rotation and keychain write), %d finished before the kill",
          iterations, stillWorking, lostByKill, completedBeforeKill);
    QVERIFY(stillWorking > 0);
}

void TestRefresh::signOutRevokesAndForgets()
{
    QVERIFY(f.server().resetStats());
    const QByteArray stored = f.storedRefreshToken().secret;
    const CliRun signOut = f.run({QStringLiteral("sign-out")});
    QVERIFY2(signOut.exitCode == 0, signOut.err.constData());
    QCOMPARE(f.serverCount("revocations"), 1);
    QCOMPARE(f.storedRefreshToken().kind, KeychainResult::Kind::NotFound);
    QCOMPARE(f.status().value("state").toString(), QStringLiteral("signed_out"));
    QCOMPARE(f.refreshAtServer(stored).kind, TokenResult::Kind::InvalidGrant);
}

void TestRefresh::signOutWhileServerIsDownStillForgets()
{
    QVERIFY(f.server().setFault(QStringLiteral("revoke"), QStringLiteral("drop"), 3)); // outlasts Qt's re-sends
    const CliRun signOut = f.run({QStringLiteral("sign-out")});
    QCOMPARE(signOut.exitCode, 0);
    QVERIFY2(signOut.err.contains("could not be told"), signOut.err.constData());
    QCOMPARE(f.storedRefreshToken().kind, KeychainResult::Kind::NotFound);
    QCOMPARE(f.status().value("state").toString(), QStringLiteral("signed_out"));
}

QTEST_GUILESS_MAIN(TestRefresh)
#include "tst_refresh.moc"
