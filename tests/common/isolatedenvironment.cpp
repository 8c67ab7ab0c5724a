#include "isolatedenvironment.h"

#include <QDir>
#include <QRandomGenerator>
#include <QSettings>

IsolatedEnvironment::IsolatedEnvironment()
{
    const QStringList dirs{userConfigDir(), systemConfigDir(), dataDir(),
                           root() + "/cache", root() + "/state", root() + "/runtime"};
    for (const QString &dir : dirs)
        QDir().mkpath(dir);
    QFile::setPermissions(root() + "/runtime", QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                   | QFileDevice::ExeOwner);

    qputenv("XDG_CONFIG_HOME", userConfigDir().toUtf8());
    qputenv("XDG_CONFIG_DIRS", systemConfigDir().toUtf8());
    qputenv("XDG_DATA_HOME", dataDir().toUtf8());
    qputenv("XDG_CACHE_HOME", (root() + "/cache").toUtf8());
    qputenv("XDG_STATE_HOME", (root() + "/state").toUtf8());

    // QSettings caches its default paths on first use; set them explicitly as well.
    for (auto format : {QSettings::NativeFormat, QSettings::IniFormat}) {
        QSettings::setPath(format, QSettings::UserScope, userConfigDir());
        QSettings::setPath(format, QSettings::SystemScope, systemConfigDir());
    }
}

QString IsolatedEnvironment::userConfigDir() const { return root() + "/config"; }
QString IsolatedEnvironment::systemConfigDir() const { return root() + "/etc-xdg"; }
QString IsolatedEnvironment::dataDir() const { return root() + "/data"; }

QString IsolatedEnvironment::uniqueProfileName(const QString &prefix) const
{
    return prefix + '-' + QString::number(QRandomGenerator::system()->generate(), 36);
}

QProcessEnvironment IsolatedEnvironment::processEnvironment() const
{
    // qputenv() above already changed this process's environment.
    return QProcessEnvironment::systemEnvironment();
}
