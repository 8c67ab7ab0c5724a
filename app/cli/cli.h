#pragma once

#include "command.h"

#include <QStringList>

// The command line: `connector-signin <command> [options]`.
//
//   QCoreApplication app(argc, argv);   // never a QApplication on this path
//   return Cli::run(app.arguments());
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
public:
    // True when the arguments ask for the command line rather than the main window.
    static bool wantsCommandLine(const QStringList &arguments);

    static int run(const QStringList &arguments);
    static int run(const QStringList &arguments, CommandIo &io);

private:
    static CommandList commands();
    static void printOverview(QTextStream &out);
};
