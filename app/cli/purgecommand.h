#pragma once

#include "cli/command.h"
#include "storage/keychainresult.h"

class TokenStore;

// `purge`: forget every profile's secrets for the current user - the uninstaller's
// step. Deletes the keychain entries of every profile name known in either settings
// scope or in the session state, then the session state. Never touches the
// configuration itself (IT's system scope least of all).
class PurgeCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(PurgeCommand)
public:
    QString name() const override { return QStringLiteral("purge"); }
    QString summary() const override;
    void addOptions(QCommandLineParser &parser) const override;
    int run(const QCommandLineParser &parser, CommandIo &io) override;

    // Deletes the profile's refresh and access tokens from the keychain. Ok when both
    // are gone (also when there was nothing); otherwise the first failure.
    static KeychainResult forgetSecrets(TokenStore &tokens, const QString &profile);

private:
    static QStringList knownProfileNames();
};
