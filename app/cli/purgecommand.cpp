#include "cli/purgecommand.h"

#include "cli/exitcode.h"
#include "common/logging.h"
#include "storage/profilestore.h"
#include "storage/sessionstate.h"
#include "storage/settingslocations.h"
#include "storage/tokenstore.h"

#include <QFile>
#include <QSettings>

QString PurgeCommand::summary() const
{
    return tr("Forget every profile's stored sign-in for this user (used when uninstalling).");
}

void PurgeCommand::addOptions(QCommandLineParser &) const
{
}

KeychainResult PurgeCommand::forgetSecrets(TokenStore &tokens, const QString &profile)
{
    const KeychainResult refresh = tokens.deleteRefreshTokenSync(profile);
    if (!refresh.ok() && refresh.kind != KeychainResult::Kind::NotFound)
        return refresh;
    const KeychainResult access = tokens.deleteAccessTokenSync(profile);
    if (!access.ok() && access.kind != KeychainResult::Kind::NotFound)
        return access;
    return KeychainResult::success();
}

QStringList PurgeCommand::knownProfileNames()
{
    // A profile removed from the configuration may still have a session (and so a
    // keychain entry): the keychain cannot be listed portably, the state file can.
    QStringList names = ProfileStore().profileNames();
    const auto state = SettingsLocations::sessionState();
    state->beginGroup(QStringLiteral("sessions"));
    for (const QString &name : state->childGroups()) {
        if (ProfileStore::isValidName(name) && !names.contains(name))
            names.append(name);
    }
    return names;
}

int PurgeCommand::run(const QCommandLineParser &, CommandIo &io)
{
    const QStringList names = knownProfileNames();
    TokenStore tokens;
    SessionStateStore states;
    QStringList notPurged;
    QString keychainMessage;

    for (const QString &name : names) {
        // After one timeout, QtKeychain queues every later job behind the abandoned one:
        // waiting for each would only multiply the deadline.
        if (!keychainMessage.isEmpty()) {
            notPurged << name;
            continue;
        }
        const KeychainResult deleted = forgetSecrets(tokens, name);
        if (deleted.ok()) {
            states.clear(name);
            qCInfo(lcCli) << "purge:" << name << KeychainResult::kindName(deleted.kind);
            continue;
        }
        qCWarning(lcCli) << "purge:" << name << "not purged" << KeychainResult::kindName(deleted.kind);
        notPurged << name;
        keychainMessage = deleted.message;
    }

    if (!notPurged.isEmpty()) {
        io.err << tr("The keychain is not available: %1").arg(keychainMessage) << Qt::endl
               << tr("Not purged: %1. Unlock the keychain and run \"%2 purge\" again.")
                      .arg(notPurged.join(QStringLiteral(", ")),
                           QCoreApplication::applicationName())
               << Qt::endl;
        return ExitKeychainUnavailable;
    }

    // Everything is forgotten: the state file itself goes too.
    const QString stateFile = SettingsLocations::sessionState()->fileName();
    if (QFile::exists(stateFile) && !QFile::remove(stateFile))
        qCWarning(lcCli) << "purge: state file could not be removed";
    io.out << (names.isEmpty() ? tr("Nothing was stored.")
                               : tr("Forgot the stored sign-in of %n profile(s).", nullptr,
                                    int(names.size())))
           << Qt::endl;
    return ExitSuccess;
}
