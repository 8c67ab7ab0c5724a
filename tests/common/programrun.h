#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QStringList>

// One run of a program to its end (or its timeout, then killed): the single place the
// test helpers start a process, wait for it and collect what it said.
struct ProgramRun
{
    int exitCode = -1;     // -1 when it crashed, was killed or never started
    bool finished = false; // false: did not start, or outlived the timeout
    QByteArray out;
    QByteArray err;
    qint64 elapsedMs = 0;
};

ProgramRun runProgram(const QString &program, const QStringList &arguments,
                      const QProcessEnvironment &environment, int timeoutMs);
