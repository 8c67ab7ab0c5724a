#pragma once

#include "cli/command.h"

#include <optional>

class Services;
struct Profile;

// The commands that use a session: they read the keychain and may talk to the server.

// status [--profile P] [--json]: what the status panel shows, for people or scripts.
class StatusCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(StatusCommand)
public:
    QString name() const override { return QStringLiteral("status"); }
    QString summary() const override;
    QString usageArguments() const override { return QStringLiteral("[--profile P] [--json]"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CommandIo &io) override;
};

// token [--profile P] [--min-valid SECONDS] [--json]: a valid access token on stdout.
class TokenCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(TokenCommand)
public:
    QString name() const override { return QStringLiteral("token"); }
    QString summary() const override;
    QString usageArguments() const override
    {
        return QStringLiteral("[--profile P] [--min-valid SECONDS] [--json]");
    }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CommandIo &io) override;
};

// A command whose only option is --profile: it loads the profile (or explains why it
// cannot, exit 2) and runs with it.
class ProfileCommand : public Command
{
public:
    QString usageArguments() const override { return QStringLiteral("[--profile P]"); }
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CommandIo &io) final;

protected:
    // false: the command also works on a profile with configuration problems.
    virtual bool needsUsableProfile() const { return true; }
    virtual int runWith(Services &services, const Profile &profile, CommandIo &io) = 0;
};

// refresh [--profile P]: refresh now, whatever the access token's expiry.
class RefreshCommand : public ProfileCommand
{
    Q_DECLARE_TR_FUNCTIONS(RefreshCommand)
public:
    QString name() const override { return QStringLiteral("refresh"); }
    QString summary() const override;

protected:
    int runWith(Services &services, const Profile &profile, CommandIo &io) override;
};

// sign-in [--profile P]: the login window; exits 0 once the refresh token is stored.
class SignInCommand : public ProfileCommand
{
    Q_DECLARE_TR_FUNCTIONS(SignInCommand)
public:
    QString name() const override { return QStringLiteral("sign-in"); }
    QString summary() const override;

protected:
    int runWith(Services &services, const Profile &profile, CommandIo &io) override;
};

// sign-out [--profile P]: revoke at the server, then forget locally (even when revoking fails).
class SignOutCommand : public ProfileCommand
{
    Q_DECLARE_TR_FUNCTIONS(SignOutCommand)
public:
    QString name() const override { return QStringLiteral("sign-out"); }
    QString summary() const override;

protected:
    bool needsUsableProfile() const override { return false; }
    int runWith(Services &services, const Profile &profile, CommandIo &io) override;
};
