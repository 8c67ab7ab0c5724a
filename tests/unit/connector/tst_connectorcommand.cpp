#include "isolatedenvironment.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// `connector-signin connector build|install` as installers and admins run it: the real
// executable, a profile made with `configure`, exit codes from the contract.
class TestConnectorCommand : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void buildWritesPackageAndDocument();
    void installWritesIntoOutputFolder();
    void refusals_data();
    void refusals();

private:
    int run(const QStringList &arguments, QString *out = nullptr, QString *err = nullptr);

    std::unique_ptr<IsolatedEnvironment> m_env;
    QString m_exe;
    QTemporaryDir m_work;
};

void TestConnectorCommand::initTestCase()
{
    m_env = std::make_unique<IsolatedEnvironment>();
    m_exe = qEnvironmentVariable("SIGNIN_MAIN_EXE");
    QVERIFY2(QFile::exists(m_exe), "SIGNIN_MAIN_EXE is not set (run through ctest)");
    QCOMPARE(run({"configure", "--profile", "sample", "--issuer", "tenant.eu.auth0.com",
                  "--client-id", "abc123", "--audience", "https://api.example.com/"}),
             0);
}

int TestConnectorCommand::run(const QStringList &arguments, QString *out, QString *err)
{
    QProcess p;
    p.setProcessEnvironment(m_env->processEnvironment());
    p.setWorkingDirectory(m_work.path());
    p.start(m_exe, arguments);
    if (!p.waitForFinished(30000))
        return -1;
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput());
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

void TestConnectorCommand::buildWritesPackageAndDocument()
{
    QString out, err;
    QCOMPARE(run({"connector", "build", "--profile", "sample", "--name", "Contoso", "--pq",
                  "review.pq"},
                 &out, &err),
             0);
    QVERIFY2(QFile::exists(m_work.filePath("Contoso.mez")), qPrintable(err));
    QFile pq(m_work.filePath("review.pq"));
    QVERIFY(pq.open(QIODevice::ReadOnly));
    const QByteArray doc = pq.readAll();
    QVERIFY(doc.contains("\nsection Contoso;\n"));
    QVERIFY(doc.contains("\nClientId = \"abc123\";\n"));
    QVERIFY(doc.contains("\nAuthorizeUri = \"https://tenant.eu.auth0.com/authorize\";\n"));
    QVERIFY(doc.contains("[audience = \"https://api.example.com/\"]"));
}

void TestConnectorCommand::installWritesIntoOutputFolder()
{
    QString out;
    QCOMPARE(run({"connector", "install", "--profile", "sample", "--name", "Acme", "--output",
                  "connectors/here"},
                 &out),
             0);
    QVERIFY(QFile::exists(m_work.filePath("connectors/here/Acme.mez")));
    QVERIFY2(out.contains("Allow any extension to load without validation or warning"),
             qPrintable(out));
}

void TestConnectorCommand::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addRow("unknown profile")
        << QStringList{"connector", "build", "--profile", "nope", "--name", "X"} << 2;
    QTest::addRow("kind not an M identifier")
        << QStringList{"connector", "build", "--profile", "sample", "--name", "My Conn"} << 2;
    QTest::addRow("kind is an M keyword")
        << QStringList{"connector", "build", "--profile", "sample", "--name", "let"} << 2;
    QTest::addRow("no action") << QStringList{"connector", "--profile", "sample", "--name", "X"} << 2;
    QTest::addRow("unknown action")
        << QStringList{"connector", "deploy", "--profile", "sample", "--name", "X"} << 2;
    QTest::addRow("two actions")
        << QStringList{"connector", "build", "install", "--profile", "sample", "--name", "X"} << 2;
    QTest::addRow("no name") << QStringList{"connector", "build", "--profile", "sample"} << 2;
    QTest::addRow("--pq with install")
        << QStringList{"connector", "install", "--profile", "sample", "--name", "X", "--pq", "a.pq"}
        << 2;
    QTest::addRow("other commands still refuse positional arguments")
        << QStringList{"profiles", "extra"} << 2;
}

void TestConnectorCommand::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QString err;
    QCOMPARE(run(arguments, nullptr, &err), exitCode);
    QVERIFY(!err.isEmpty());
    QVERIFY(!QFile::exists(m_work.filePath("X.mez")));
}

QTEST_GUILESS_MAIN(TestConnectorCommand)
#include "tst_connectorcommand.moc"
