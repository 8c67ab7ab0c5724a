#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

// Runs the real `connector-signin` executable (SIGNIN_MAIN_EXE) as a separate process,
// the way installers, scripts and support staff do.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
    bool crashed = false;
};

class CliRunner
{
public:
    explicit CliRunner(const QProcessEnvironment &environment);

    QProcessEnvironment &environment() { return m_environment; }
    CliRun run(const QStringList &arguments, int timeoutMs = 60000) const;

private:
    QProcessEnvironment m_environment;
};
