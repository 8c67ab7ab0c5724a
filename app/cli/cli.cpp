#include "cli.h"

#include "exitcode.h"

#include <QCoreApplication>

bool Cli::wantsCommandLine(const QStringList &arguments)
{
    // Options Qt itself understands for the GUI (-platform, -style...) keep the window.
    if (arguments.size() < 2)
        return false;
    const QString first = arguments.at(1);
    if (first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("--version") || first == QLatin1String("-v"))
        return true;
    return !first.startsWith(QLatin1Char('-'));
}

int Cli::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    CommandIo io{out, err};
    return run(arguments, io);
}

int Cli::run(const QStringList &arguments, CommandIo &io)
{
    const QString first = arguments.value(1);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        io.out << QCoreApplication::applicationName() << ' ' << SIGNIN_VERSION << Qt::endl;
        return ExitSuccess;
    }
    if (first.isEmpty() || first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("help")) {
        printOverview(io.out);
        return ExitSuccess;
    }

    const CommandList all = commands();
    for (const auto &command : all) {
        if (command->name() != first)
            continue;
        QCommandLineParser parser;
        parser.setApplicationDescription(command->summary());
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addPositionalArgument(command->name(), command->summary(),
                                     command->name() + ' ' + command->usageArguments());
        command->addOptions(parser);
        QStringList rest = arguments;
        rest.removeAt(1); // the command name is not an option
        if (!parser.parse(rest)) {
            io.err << tr("%1: %2").arg(command->name(), parser.errorText()) << Qt::endl
                   << tr("Usage: %1 %2 %3")
                          .arg(QCoreApplication::applicationName(), command->name(),
                               command->usageArguments())
                   << Qt::endl;
            return ExitUsage;
        }
        if (parser.isSet(QStringLiteral("help"))) {
            io.out << parser.helpText();
            return ExitSuccess;
        }
        if (parser.isSet(QStringLiteral("version"))) {
            io.out << QCoreApplication::applicationName() << ' ' << SIGNIN_VERSION << Qt::endl;
            return ExitSuccess;
        }
        if (!command->acceptsPositionalArguments() && !parser.positionalArguments().isEmpty()) {
            io.err << tr("%1: unexpected argument \"%2\"")
                          .arg(command->name(), parser.positionalArguments().constFirst())
                   << Qt::endl
                   << tr("Usage: %1 %2 %3")
                          .arg(QCoreApplication::applicationName(), command->name(),
                               command->usageArguments())
                   << Qt::endl;
            return ExitUsage;
        }
        return command->run(parser, io);
    }

    io.err << tr("Unknown command \"%1\".").arg(first) << Qt::endl;
    printOverview(io.err);
    return ExitUsage;
}

void Cli::printOverview(QTextStream &out)
{
    out << tr("Usage: %1 [command] [options]").arg(QCoreApplication::applicationName()) << '\n'
        << tr("Without a command, opens the main window.") << "\n\n"
        << tr("Commands:") << '\n';
    for (const auto &command : commands())
        out << "  " << command->name().leftJustified(12) << ' ' << command->summary() << '\n';
    out << '\n'
        << tr("Run \"%1 <command> --help\" for the options of a command.")
               .arg(QCoreApplication::applicationName())
        << '\n'
        << tr("Exit codes: 0 success, 2 usage or configuration error, 3 sign-in required, "
              "4 keychain unavailable or locked, 5 network or server error, "
              "6 sign-in cancelled.")
        << Qt::endl;
}
