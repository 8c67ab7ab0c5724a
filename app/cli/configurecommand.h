#pragma once

#include "cli/command.h"

// `configure --profile P (--issuer URL | --domain HOST) --client-id ID [--audience A]
//  [--scope S]... [--redirect-uri U] [--window-size WxH] [--system]`
// `configure --profile P --remove [--system]`
//
// Writes one profile to the user scope, or with --system to the system scope (IT's
// managed configuration; needs administrator rights). Every refusal names the argument
// that is wrong and exits with ExitUsage.
class ConfigureCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ConfigureCommand)
public:
    QString name() const override { return QStringLiteral("configure"); }
    QString summary() const override;
    QString usageArguments() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CommandIo &io) override;

private:
    int write(const QCommandLineParser &parser, CommandIo &io);
    int remove(const QCommandLineParser &parser, CommandIo &io);
};
