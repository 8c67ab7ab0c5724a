#include "clirunner.h"
#include "isolatedenvironment.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The command line as a whole: every command answers --help and --version, and an
// unknown command is a usage error.
class TestCliCommandLine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void overviewListsTheCommandsOfThisTask();
    void everyCommandAnswersHelpAndVersion();
    void unknownCommandIsAUsageError();
    void unknownOptionIsAUsageError_data();
    void unknownOptionIsAUsageError();
    void withoutACommandItBecomesTheWindowProgram();
    void aMissingWindowProgramIsAClearError();

private:
    QStringList listedCommands();
    std::unique_ptr<IsolatedEnvironment> m_env;
};

void TestCliCommandLine::initTestCase()
{
    m_env = std::make_unique<IsolatedEnvironment>();
}

QStringList TestCliCommandLine::listedCommands()
{
    const CliRun run = runCli({QStringLiteral("--help")}, m_env->processEnvironment());
    // "Commands:" then one "  name  summary" line each, up to the blank line.
    const QString list = run.out.section(QStringLiteral("Commands:\n"), 1).section(QStringLiteral("\n\n"), 0, 0);
    QStringList names;
    static const QRegularExpression entry(QStringLiteral("^  (\\S+)\\s"), QRegularExpression::MultilineOption);
    for (auto it = entry.globalMatch(list); it.hasNext();)
        names << it.next().captured(1);
    return names;
}

void TestCliCommandLine::overviewListsTheCommandsOfThisTask()
{
    const QStringList names = listedCommands();
    for (const char *name : {"configure", "profiles", "diagnostics", "purge"})
        QVERIFY2(names.contains(QLatin1String(name)), qPrintable(names.join(' ')));
}

void TestCliCommandLine::everyCommandAnswersHelpAndVersion()
{
    const QStringList names = listedCommands();
    QVERIFY(names.size() >= 4);
    for (const QString &name : names) {
        const CliRun help = runCli({name, QStringLiteral("--help")}, m_env->processEnvironment());
        QVERIFY2(help.exitCode == 0, help.describe());
        QVERIFY2(help.out.contains(name), help.describe());
        QVERIFY2(help.out.contains(QLatin1String("--help")), help.describe());

        const CliRun version = runCli({name, QStringLiteral("--version")}, m_env->processEnvironment());
        QVERIFY2(version.exitCode == 0, version.describe());
        QVERIFY2(version.out.startsWith(QLatin1String("connector-signin ")), version.describe());
    }
}

void TestCliCommandLine::unknownCommandIsAUsageError()
{
    const CliRun run = runCli({QStringLiteral("frobnicate")}, m_env->processEnvironment());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("Unknown command \"frobnicate\"")), run.describe());
}

void TestCliCommandLine::unknownOptionIsAUsageError_data()
{
    QTest::addColumn<QString>("command");
    for (const char *command : {"configure", "profiles", "diagnostics", "purge"})
        QTest::addRow("%s", command) << QString::fromLatin1(command);
}

void TestCliCommandLine::unknownOptionIsAUsageError()
{
    QFETCH(QString, command);
    const CliRun run = runCli({command, QStringLiteral("--no-such-option")}, m_env->processEnvironment());
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("no-such-option")), run.describe());
}

void TestCliCommandLine::withoutACommandItBecomesTheWindowProgram()
{
#ifdef Q_OS_WIN
    QSKIP("Windows has no exec: the window program is started beside it");
#else
    // A stand-in window program that says which process it runs in and what it got.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString standIn = dir.filePath(QStringLiteral("window"));
    QFile script(standIn);
    QVERIFY(script.open(QIODevice::WriteOnly));
    script.write("#!/bin/sh\necho \"pid=$$ args=$*\"\n");
    script.close();
    QVERIFY(script.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));

    QProcessEnvironment environment = m_env->processEnvironment();
    environment.insert(QStringLiteral("SIGNIN_WINDOW_EXE"), standIn);
    QProcess program;
    program.setProcessEnvironment(environment);
    program.start(qEnvironmentVariable("SIGNIN_MAIN_EXE"),
                  {QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("-platform"),
                   QStringLiteral("offscreen")});
    QVERIFY(program.waitForStarted());
    const qint64 pid = program.processId();
    QVERIFY(program.waitForFinished(30000));
    const QString said = QString::fromLocal8Bit(program.readAllStandardOutput()).trimmed();
    QCOMPARE(program.exitCode(), 0);
    // The same process (exec, not a child), with every argument passed through.
    QCOMPARE(said, QStringLiteral("pid=%1 args=--lang de -platform offscreen").arg(pid));
#endif
}

void TestCliCommandLine::aMissingWindowProgramIsAClearError()
{
    QProcessEnvironment environment = m_env->processEnvironment();
    environment.insert(QStringLiteral("SIGNIN_WINDOW_EXE"), QStringLiteral("/nonexistent/window"));
    const CliRun run = runCli({}, environment);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QLatin1String("The window program could not be started")), run.describe());
    QVERIFY2(run.err.contains(QLatin1String("/nonexistent/window")), run.describe());
}

QTEST_GUILESS_MAIN(TestCliCommandLine)
#include "tst_cli_commandline.moc"
