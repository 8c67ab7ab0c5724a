#include "session/refreshpolicy.h"

#include <QTest>

class TestRefreshPolicy : public QObject
{
    Q_OBJECT
private slots:
    void nextRefresh_data();
    void nextRefresh();
    void backoff_data();
    void backoff();
    void overdue();
};

static const QDateTime T0 = QDateTime(QDate(2026, 11, 29), QTime(12, 0), Qt::UTC);

void TestRefreshPolicy::nextRefresh_data()
{
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDateTime>("expiresAt");
    QTest::addColumn<QDateTime>("lastRefresh");
    QTest::addColumn<QDateTime>("expected");

    QTest::addRow("1 h token: 5 min before expiry")
        << T0 << T0.addSecs(3600) << T0 << T0.addSecs(3600 - 300);
    QTest::addRow("short 8 min token: a quarter of its life before expiry")
        << T0 << T0.addSecs(480) << T0 << T0.addSecs(360);
    QTest::addRow("24 h token: at least twice a day")
        << T0 << T0.addSecs(86400) << T0 << T0.addSecs(12 * 3600);
    QTest::addRow("no expiry known: 12 h after the last refresh")
        << T0 << QDateTime() << T0 << T0.addSecs(12 * 3600);
    QTest::addRow("already expired: now")
        << T0 << T0.addSecs(-10) << T0.addSecs(-4000) << T0;
    QTest::addRow("last refresh long ago: now")
        << T0 << QDateTime() << T0.addDays(-2) << T0;
}

void TestRefreshPolicy::nextRefresh()
{
    QFETCH(QDateTime, now);
    QFETCH(QDateTime, expiresAt);
    QFETCH(QDateTime, lastRefresh);
    QFETCH(QDateTime, expected);
    QCOMPARE(RefreshPolicy::nextRefresh(now, expiresAt, lastRefresh), expected);
}

void TestRefreshPolicy::backoff_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<double>("draw");
    QTest::addColumn<int>("retryAfter");
    QTest::addColumn<qint64>("expected");

    QTest::addRow("first retry, lowest draw") << 0 << 0.0 << -1 << qint64(5);
    QTest::addRow("third retry, highest draw") << 3 << 0.999999 << -1 << qint64(39);
    QTest::addRow("tenth retry is capped at 15 min") << 10 << 0.999999 << -1 << qint64(899);
    QTest::addRow("Retry-After is a floor") << 0 << 0.0 << 120 << qint64(120);
    QTest::addRow("absurd Retry-After is capped at a day") << 0 << 0.0 << 9999999 << qint64(86400);
    QTest::addRow("negative attempt treated as first") << -3 << 0.5 << -1 << qint64(5);
}

void TestRefreshPolicy::backoff()
{
    QFETCH(int, attempt);
    QFETCH(double, draw);
    QFETCH(int, retryAfter);
    QFETCH(qint64, expected);
    QCOMPARE(RefreshPolicy::backoffSeconds(attempt, draw, retryAfter), expected);
}

void TestRefreshPolicy::overdue()
{
    QVERIFY(RefreshPolicy::isOverdue(T0, T0.addSecs(-1)));
    QVERIFY(!RefreshPolicy::isOverdue(T0, T0.addSecs(1)));
    QVERIFY(!RefreshPolicy::isOverdue(T0, QDateTime()));
}

QTEST_GUILESS_MAIN(TestRefreshPolicy)
#include "tst_refreshpolicy.moc"
