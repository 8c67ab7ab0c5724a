#pragma once

#include "cli/command.h"

// `diagnostics [--profile P] [--output FILE]`: the redacted support report
// (diagnostics/diagnosticsreport.h) on stdout or in a file. Every profile without
// --profile.
class DiagnosticsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DiagnosticsCommand)
public:
    QString name() const override { return QStringLiteral("diagnostics"); }
    QString summary() const override;
    QString usageArguments() const override { return QStringLiteral("[--profile P] [--output FILE]"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CommandIo &io) override;
};
