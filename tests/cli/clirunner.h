#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// One run of the real `connector-signin` executable (SIGNIN_MAIN_EXE).
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    bool finished = false;

    // For QVERIFY2 messages: what the program said.
    QByteArray describe() const;
};

CliRun runCli(const QStringList &arguments, const QProcessEnvironment &environment,
              int timeoutMs = 60000);

// Every regular file under `dir` whose bytes contain `needle`.
QStringList filesContaining(const QString &dir, const QByteArray &needle);

// Writes an INI file by hand, as an administrator or a broken tool might.
bool writeFile(const QString &path, const QByteArray &contents);
