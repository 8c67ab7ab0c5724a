// The running program's background refresh, in this process, against the real server
// and keychain: due refreshes happen before expiry, transient failures are retried with
// backoff and lose nothing, a dead token stops the schedule.
#include "sessionfixture.h"

#include "session/backgroundrefresher.h"
#include "session/services.h"
#include "storage/profilestore.h"

#include <QSignalSpy>
#include <QElapsedTimer>
#include <QTest>
#include <QThread>

class TestBackgroundRefresher : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void refreshesBeforeExpiry();
    void retriesTransientFailures();
    void stopsWhenSignInIsNeeded();
    void adoptsAnotherProcessRefresh();

private:
    void signInWithAccessTokenTtl(int seconds);
    RefreshOutcome::Kind waitForOutcome(QSignalSpy &spy, int timeoutMs);

    SessionFixture f;
};

void TestBackgroundRefresher::initTestCase()
{
    QString error;
    QVERIFY2(f.start(&error), qPrintable(error));
}

void TestBackgroundRefresher::init()
{
    QVERIFY(f.server().clearFault(QStringLiteral("token")));
}

void TestBackgroundRefresher::signInWithAccessTokenTtl(int seconds)
{
    QVERIFY(f.server().configure({{"accessTokenTtl", seconds}}));
    const CliRun signIn = f.run({QStringLiteral("sign-in")});
    QVERIFY2(signIn.exitCode == 0, signIn.err.constData());
}

RefreshOutcome::Kind TestBackgroundRefresher::waitForOutcome(QSignalSpy &spy, int timeoutMs)
{
    if (spy.isEmpty() && !spy.wait(timeoutMs))
        return RefreshOutcome::Kind(-1);
    return spy.takeFirst().at(1).value<RefreshOutcome>().kind;
}

void TestBackgroundRefresher::refreshesBeforeExpiry()
{
    // An 8-second token is refreshed a quarter of its life (2 s) before it expires.
    signInWithAccessTokenTtl(8);
    QVERIFY(f.server().resetStats());
    Services services;
    BackgroundRefresher refresher(services);
    refresher.setTickInterval(200);
    QSignalSpy finished(&refresher, &BackgroundRefresher::refreshFinished);
    QElapsedTimer clock;
    clock.start();
    refresher.watch(f.profile());

    QCOMPARE(waitForOutcome(finished, 15000), RefreshOutcome::Kind::Refreshed);
    QVERIFY2(clock.elapsed() > 3000 && clock.elapsed() < 8000,
             qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(f.serverCount("token/refresh_token"), 1);
    QVERIFY(!refresher.accessToken(f.profileName()).isEmpty());
    QVERIFY(refresher.nextRefresh(f.profileName()) > QDateTime::currentDateTimeUtc());
}

void TestBackgroundRefresher::retriesTransientFailures()
{
    signInWithAccessTokenTtl(3600);
    const QByteArray kept = f.storedRefreshToken().secret;
    QVERIFY(f.server().setFault(QStringLiteral("token"), QStringLiteral("500"), 1));
    Services services;
    BackgroundRefresher refresher(services);
    refresher.setTickInterval(200);
    QSignalSpy finished(&refresher, &BackgroundRefresher::refreshFinished);
    refresher.watch(f.profile());
    refresher.refreshNow(f.profileName());

    QCOMPARE(waitForOutcome(finished, 10000), RefreshOutcome::Kind::TransientError);
    QCOMPARE(f.storedRefreshToken().secret, kept);
    const qint64 retryIn = QDateTime::currentDateTimeUtc().secsTo(refresher.nextRefresh(f.profileName()));
    QVERIFY2(retryIn >= 3 && retryIn <= 5, qPrintable(QString::number(retryIn))); // first backoff: 5 s
    // The retry happens by itself once the backoff has passed, and succeeds.
    QCOMPARE(waitForOutcome(finished, 10000), RefreshOutcome::Kind::Refreshed);
    QVERIFY(f.storedRefreshToken().secret != kept);
}

void TestBackgroundRefresher::stopsWhenSignInIsNeeded()
{
    signInWithAccessTokenTtl(3600);
    QVERIFY(f.server().revokeAll());
    Services services;
    BackgroundRefresher refresher(services);
    QSignalSpy finished(&refresher, &BackgroundRefresher::refreshFinished);
    refresher.watch(f.profile());
    refresher.refreshNow(f.profileName());
    QCOMPARE(waitForOutcome(finished, 10000), RefreshOutcome::Kind::SignInRequired);
    QVERIFY(!refresher.nextRefresh(f.profileName()).isValid());
    QCOMPARE(f.storedRefreshToken().kind, KeychainResult::Kind::NotFound);
}

void TestBackgroundRefresher::adoptsAnotherProcessRefresh()
{
    // The window's schedule is due, but a `token` command refreshed first: the window
    // takes that schedule and sends nothing.
    signInWithAccessTokenTtl(8);
    Services services;
    BackgroundRefresher refresher(services);
    refresher.setTickInterval(100000); // ticks by hand below
    refresher.watch(f.profile());
    QThread::msleep(6500); // due (2 s before the 8 s expiry)
    QVERIFY(f.server().configure({{"accessTokenTtl", 3600}}));
    QCOMPARE(f.run({QStringLiteral("refresh")}).exitCode, 0);
    QVERIFY(f.server().resetStats());
    QSignalSpy started(&refresher, &BackgroundRefresher::refreshStarted);
    refresher.setTickInterval(100);
    QTest::qWait(500);
    QCOMPARE(started.count(), 0);
    QCOMPARE(f.serverCount("token_requests"), 0);
    QVERIFY(QDateTime::currentDateTimeUtc().secsTo(refresher.nextRefresh(f.profileName())) > 3000);
}

QTEST_GUILESS_MAIN(TestBackgroundRefresher)
#include "tst_backgroundrefresher.moc"
