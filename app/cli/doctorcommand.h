#pragma once

#include "cli/command.h"

// doctor [--profile P] [--json] [--sign-in]: checks the tenant and the profile one step
// at a time (domain, discovery, PKCE, client and redirect URI, refresh token, rotation,
// clock, audience) and says what to fix. Exit 0 when nothing failed, 2 when the
// configuration is wrong, 5 when the domain cannot be reached.
class DoctorCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DoctorCommand)
public:
    QString name() const override { return QStringLiteral("doctor"); }
    QString summary() const override;
    QString usageArguments() const override { return QStringLiteral("[--profile P] [--json] [--sign-in]"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CommandIo &io) override;
};
