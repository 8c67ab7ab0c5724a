#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QString>
#include <QTextStream>

#include <memory>
#include <vector>

// Where a command writes: stdout for results (the only place a token may go, and only
// from `token`), stderr for messages. Tests capture both by running the executable.
struct CommandIo
{
    QTextStream &out;
    QTextStream &err;
};

// One subcommand of `connector-signin`. Each lives in its own file and adds its own
// options; Cli parses, handles --help/--version, and maps the returned exit code.
class Command
{
    Q_DECLARE_TR_FUNCTIONS(Command)
public:
    virtual ~Command() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0;            // one line for the command list
    virtual QString usageArguments() const { return {}; } // e.g. "[--profile P] [--json]"
    // Most commands take options only; one with an action word (`connector build`)
    // says so here and reads parser.positionalArguments() itself.
    virtual bool acceptsPositionalArguments() const { return false; }
    virtual void addOptions(QCommandLineParser &parser) const = 0;
    virtual int run(const QCommandLineParser &parser, CommandIo &io) = 0;

protected:
    // Shared option definitions, so every command spells them the same way.
    static QCommandLineOption profileOption();
    static QCommandLineOption jsonOption();
    static QString profileName(const QCommandLineParser &parser);
};

using CommandList = std::vector<std::unique_ptr<Command>>;
