#include "clirunner.h"

#include <QElapsedTimer>
#include <QProcess>

CliRunner::CliRunner(const QProcessEnvironment &environment)
    : m_environment(environment)
{
}

CliRun CliRunner::run(const QStringList &arguments, int timeoutMs) const
{
    QProcess process;
    process.setProcessEnvironment(m_environment);
    QElapsedTimer timer;
    timer.start();
    process.start(qEnvironmentVariable("SIGNIN_MAIN_EXE"), arguments);
    process.closeWriteChannel();
    CliRun result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(2000);
        result.crashed = true;
    }
    result.elapsedMs = timer.elapsed();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.crashed = result.crashed || process.exitStatus() != QProcess::NormalExit;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}
