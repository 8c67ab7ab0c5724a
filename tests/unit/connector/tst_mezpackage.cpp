#include "connector/mezpackage.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

namespace {
// Runs Info-ZIP's unzip, an independent reader of the archive.
QByteArray unzip(const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess p;
    p.start(QStringLiteral("unzip"), arguments);
    if (!p.waitForFinished(30000))
        return {};
    if (exitCode)
        *exitCode = p.exitCode();
    return p.readAllStandardOutput();
}

// Width and height from a PNG's IHDR chunk (PNG spec 11.2.2): signature, length, "IHDR".
QSize pngSize(const QByteArray &png)
{
    if (png.size() < 24 || !png.startsWith("\x89PNG\r\n\x1a\n") || png.mid(12, 4) != "IHDR")
        return {};
    const auto *bytes = reinterpret_cast<const uchar *>(png.constData());
    return QSize(int(qFromBigEndian<quint32>(bytes + 16)), int(qFromBigEndian<quint32>(bytes + 20)));
}

const QString Document = QStringLiteral("section Contoso;\nx = \"Zürich\";\n");
}

class TestMezPackage : public QObject
{
    Q_OBJECT
private slots:
    void writesZipWithExactEntries();
    void documentStoredAsUtf8();
    void iconSizes_data();
    void iconSizes();
    void replacesExistingPackage();
    void unwritablePathFailsCleanly();

private:
    QTemporaryDir m_dir;
};

void TestMezPackage::writesZipWithExactEntries()
{
    const QString path = m_dir.filePath(QStringLiteral("Contoso.mez"));
    QString error;
    QVERIFY2(MezPackage::write(path, QStringLiteral("Contoso"), Document, &error), qPrintable(error));
    QVERIFY(error.isEmpty());

    int exitCode = -1;
    unzip({QStringLiteral("-t"), path}, &exitCode);
    QCOMPARE(exitCode, 0);

    const QStringList entries =
        QString::fromUtf8(unzip({QStringLiteral("-Z1"), path})).split('\n', Qt::SkipEmptyParts);
    QCOMPARE(entries, QStringList({"Contoso.pq", "Contoso16.png", "Contoso20.png", "Contoso24.png",
                                   "Contoso32.png", "Contoso40.png", "Contoso48.png",
                                   "Contoso64.png"}));
    QCOMPARE(MezPackage::entryNames(QStringLiteral("Contoso")), entries);
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
}

void TestMezPackage::documentStoredAsUtf8()
{
    const QString path = m_dir.filePath(QStringLiteral("Utf8.mez"));
    QVERIFY(MezPackage::write(path, QStringLiteral("Utf8"), Document, nullptr));
    QCOMPARE(unzip({QStringLiteral("-p"), path, QStringLiteral("Utf8.pq")}), Document.toUtf8());
}

void TestMezPackage::iconSizes_data()
{
    QTest::addColumn<int>("size");
    for (int size : {16, 20, 24, 32, 40, 48, 64})
        QTest::addRow("%dx%d", size, size) << size;
}

void TestMezPackage::iconSizes()
{
    QFETCH(int, size);
    const QString path = m_dir.filePath(QStringLiteral("Icons.mez"));
    if (!QFile::exists(path))
        QVERIFY(MezPackage::write(path, QStringLiteral("Icons"), Document, nullptr));
    const QByteArray png =
        unzip({QStringLiteral("-p"), path, QStringLiteral("Icons%1.png").arg(size)});
    QCOMPARE(pngSize(png), QSize(size, size));
}

void TestMezPackage::replacesExistingPackage()
{
    const QString path = m_dir.filePath(QStringLiteral("Again.mez"));
    QFile old(path);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("not a zip");
    old.close();
    QVERIFY(MezPackage::write(path, QStringLiteral("Again"), Document, nullptr));
    int exitCode = -1;
    unzip({QStringLiteral("-t"), path}, &exitCode);
    QCOMPARE(exitCode, 0);
}

void TestMezPackage::unwritablePathFailsCleanly()
{
    const QString path = m_dir.filePath(QStringLiteral("no/such/folder/X.mez"));
    QString error;
    QVERIFY(!MezPackage::write(path, QStringLiteral("X"), Document, &error));
    QVERIFY2(error.contains(QStringLiteral("X.mez")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
}

QTEST_GUILESS_MAIN(TestMezPackage)
#include "tst_mezpackage.moc"
