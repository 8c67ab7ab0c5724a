#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

// Points every per-user and system folder the program uses (XDG config, data, cache,
// state, and QSettings' own paths) into a fresh temporary folder, so a test never reads
// or writes the real user's settings. Create it in initTestCase(), before any QSettings.
// Child processes get the same folders through processEnvironment().
class IsolatedEnvironment
{
public:
    IsolatedEnvironment();

    QString root() const { return m_dir.path(); }
    QString userConfigDir() const;   // XDG_CONFIG_HOME
    QString systemConfigDir() const; // the single entry of XDG_CONFIG_DIRS
    QString dataDir() const;         // XDG_DATA_HOME

    // A profile name unique to this run, so that keychain items of concurrent or
    // earlier runs never collide with this test's.
    QString uniqueProfileName(const QString &prefix) const;

    QProcessEnvironment processEnvironment() const;

private:
    QTemporaryDir m_dir;
};
