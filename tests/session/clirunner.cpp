#include "clirunner.h"

#include "programrun.h"

CliRunner::CliRunner(const QProcessEnvironment &environment)
    : m_environment(environment)
{
}

CliRun CliRunner::run(const QStringList &arguments, int timeoutMs) const
{
    const ProgramRun ran = runProgram(qEnvironmentVariable("SIGNIN_MAIN_EXE"), arguments,
                                      m_environment, timeoutMs);
    CliRun result;
    result.exitCode = ran.exitCode;
    result.crashed = !ran.finished || ran.exitCode == -1;
    result.out = ran.out;
    result.err = ran.err;
    result.elapsedMs = ran.elapsedMs;
    return result;
}
