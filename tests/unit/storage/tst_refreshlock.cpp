// RefreshLock across real processes: this binary, started again in "--hold-lock" mode,
// is the other process that holds (and releases, or dies holding) a profile's lock.

#include "isolatedenvironment.h"
#include "storage/refreshlock.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTest>
#include <QThread>

#include <memory>

namespace {

const char kChildMode[] = "--hold-lock";

// Child: <exe> --hold-lock <profile> [release-after-ms]. Prints "locked" once it holds
// the lock; without a delay it holds until it reads a line on stdin (or is killed).
int runChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    RefreshLock lock(app.arguments().value(2));
    if (!lock.tryLock(10000)) {
        printf("busy\n");
        return 1;
    }
    printf("locked\n");
    fflush(stdout);
    bool timed = false;
    const int releaseAfterMs = app.arguments().value(3).toInt(&timed);
    if (timed) {
        QThread::msleep(releaseAfterMs);
    } else {
        char line[64];
        if (!fgets(line, sizeof line, stdin))
            return 2;
    }
    lock.unlock();
    return 0;
}

} // namespace

class TstRefreshLock : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void lockFileLivesInFixedFolderWhateverTheAppName();
    void secondHolderInSameProcessWaits();
    void releasedWhenOutOfScope();
    void invalidProfileNeverLocks_data();
    void invalidProfileNeverLocks();
    void otherProcessHoldingBlocksUntilReleased();
    void waiterGetsLockOnceHolderReleases();
    void killedHolderLeavesRecoverableLock();

private:
    void startHolder(QProcess &child, const QString &profile, const QStringList &extra = {});

    std::unique_ptr<IsolatedEnvironment> m_env;
};

void TstRefreshLock::initTestCase()
{
    m_env = std::make_unique<IsolatedEnvironment>();
}

void TstRefreshLock::startHolder(QProcess &child, const QString &profile,
                                 const QStringList &extra)
{
    child.setProcessEnvironment(m_env->processEnvironment());
    child.start(QCoreApplication::applicationFilePath(),
                QStringList{kChildMode, profile} + extra);
    QVERIFY(child.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(child.canReadLine() || child.state() == QProcess::NotRunning,
                             15000);
    QCOMPARE(child.readLine().trimmed(), QByteArray("locked"));
}

void TstRefreshLock::lockFileLivesInFixedFolderWhateverTheAppName()
{
    const QString expected = m_env->dataDir() + "/ConnectorSignIn/locks/work.lock";
    QCOMPARE(RefreshLock("work").filePath(), expected);

    const QString appName = QCoreApplication::applicationName();
    QCoreApplication::setApplicationName("connector-signin-something-else");
    QCoreApplication::setOrganizationName("Another Org");
    const QString withOtherName = RefreshLock("work").filePath();
    QCoreApplication::setApplicationName(appName);
    QCoreApplication::setOrganizationName(QString());
    QCOMPARE(withOtherName, expected);

    RefreshLock lock("work");
    QVERIFY(lock.tryLock(0));
    QVERIFY(QFile::exists(expected));
    lock.unlock();
    QVERIFY(!QFile::exists(expected));
}

void TstRefreshLock::secondHolderInSameProcessWaits()
{
    RefreshLock first("same-process");
    RefreshLock second("same-process");
    QVERIFY(first.tryLock(0));
    QVERIFY(first.isLocked());

    QElapsedTimer timer;
    timer.start();
    QVERIFY(!second.tryLock(300));
    QVERIFY(timer.elapsed() >= 250);

    first.unlock();
    QVERIFY(second.tryLock(0));
}

void TstRefreshLock::releasedWhenOutOfScope()
{
    {
        RefreshLock lock("scoped");
        QVERIFY(lock.tryLock(0));
    }
    RefreshLock again("scoped");
    QVERIFY(again.tryLock(0));
}

void TstRefreshLock::invalidProfileNeverLocks_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addRow("path traversal") << "../escape";
    QTest::addRow("empty") << "";
    QTest::addRow("slash") << "a/b";
}

void TstRefreshLock::invalidProfileNeverLocks()
{
    QFETCH(QString, profile);
    RefreshLock lock(profile);
    QVERIFY(!lock.tryLock(0));
    QVERIFY(!lock.isLocked());
}

void TstRefreshLock::otherProcessHoldingBlocksUntilReleased()
{
    QProcess holder;
    startHolder(holder, "contended");

    RefreshLock lock("contended");
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!lock.tryLock(500));
    QVERIFY(timer.elapsed() >= 450);

    holder.write("release\n");
    QVERIFY(holder.waitForFinished(10000));
    QCOMPARE(holder.exitCode(), 0);
    QVERIFY(lock.tryLock(0));
}

void TstRefreshLock::waiterGetsLockOnceHolderReleases()
{
    QProcess holder;
    startHolder(holder, "handover", {"800"});

    RefreshLock lock("handover");
    QElapsedTimer timer;
    timer.start();
    QVERIFY(lock.tryLock(20000));
    QVERIFY2(timer.elapsed() >= 300, qPrintable(QString::number(timer.elapsed())));
    holder.waitForFinished(10000);
}

void TstRefreshLock::killedHolderLeavesRecoverableLock()
{
    QProcess holder;
    startHolder(holder, "crashed");
    holder.kill(); // SIGKILL: no chance to remove the lock file
    QVERIFY(holder.waitForFinished(10000));
    QVERIFY(QFile::exists(RefreshLock("crashed").filePath()));

    // Far sooner than the 60 s stale time: the recorded holder is gone.
    RefreshLock lock("crashed");
    QElapsedTimer timer;
    timer.start();
    QVERIFY(lock.tryLock(5000));
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

int main(int argc, char **argv)
{
    if (argc >= 3 && qstrcmp(argv[1], kChildMode) == 0)
        return runChild(argc, argv);
    QCoreApplication app(argc, argv);
    TstRefreshLock test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_refreshlock.moc"
