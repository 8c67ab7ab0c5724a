#include "connector/customconnectorsfolder.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

class TestCustomConnectorsFolder : public QObject
{
    Q_OBJECT
private slots:
    void choose_data();
    void choose();
};

static const QString Documented = QStringLiteral("Power BI Desktop/Custom Connectors");
static const QString Store = QStringLiteral("Microsoft Power BI Desktop/Custom Connectors");

void TestCustomConnectorsFolder::choose_data()
{
    QTest::addColumn<QStringList>("existing");
    QTest::addColumn<QString>("expected");
    QTest::addRow("neither exists: documented one, to create") << QStringList() << Documented;
    QTest::addRow("documented exists") << QStringList{Documented} << Documented;
    QTest::addRow("only the Store folder exists") << QStringList{Store} << Store;
    QTest::addRow("both exist: documented wins") << QStringList{Documented, Store} << Documented;
    QTest::addRow("Store app folder without Custom Connectors")
        << QStringList{QStringLiteral("Microsoft Power BI Desktop")} << Documented;
}

void TestCustomConnectorsFolder::choose()
{
    QFETCH(QStringList, existing);
    QFETCH(QString, expected);
    QTemporaryDir documents;
    for (const QString &dir : existing)
        QVERIFY(QDir(documents.path()).mkpath(dir));
    QCOMPARE(chooseCustomConnectorsFolder(documents.path()), documents.filePath(expected));
    // Choosing creates nothing.
    if (existing.isEmpty())
        QVERIFY(QDir(documents.path()).isEmpty());
}

QTEST_GUILESS_MAIN(TestCustomConnectorsFolder)
#include "tst_customconnectorsfolder.moc"
