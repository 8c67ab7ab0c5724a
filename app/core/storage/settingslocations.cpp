#include "storage/settingslocations.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

namespace {

const QString kFolder = QStringLiteral("ConnectorSignIn");

} // namespace

namespace SettingsLocations {

std::unique_ptr<QSettings> profiles(SettingsScope scope)
{
    std::unique_ptr<QSettings> settings;
#if defined(Q_OS_WIN)
    settings = std::make_unique<QSettings>(
        scope == SettingsScope::System
            ? QStringLiteral("HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\ConnectorSignIn")
            : QStringLiteral("HKEY_CURRENT_USER\\Software\\ConnectorSignIn"),
        QSettings::NativeFormat);
#elif defined(Q_OS_MACOS)
    settings = std::make_unique<QSettings>(
        QSettings::NativeFormat,
        scope == SettingsScope::System ? QSettings::SystemScope : QSettings::UserScope,
        kFolder, QStringLiteral("profiles"));
#else
    settings = std::make_unique<QSettings>(
        QSettings::IniFormat,
        scope == SettingsScope::System ? QSettings::SystemScope : QSettings::UserScope,
        kFolder, QStringLiteral("profiles"));
#endif
    // The user scope would otherwise also read the system scope; ProfileStore merges
    // the two itself so that it knows which fields are managed.
    settings->setFallbacksEnabled(false);
    return settings;
}

std::unique_ptr<QSettings> sessionState()
{
    auto settings = std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                                kFolder, QStringLiteral("state"));
    settings->setFallbacksEnabled(false);
    return settings;
}

QString lockDirectory()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                        + QLatin1Char('/') + kFolder + QStringLiteral("/locks");
    QDir().mkpath(dir);
    return dir;
}

} // namespace SettingsLocations
