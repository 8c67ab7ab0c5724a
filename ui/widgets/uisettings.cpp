#include "uisettings.h"

#include <QSettings>

namespace {
const char KeepRunningKey[] = "ui/keep_running_in_tray";
}

bool UiSettings::keepRunningInTray()
{
    return QSettings().value(QLatin1String(KeepRunningKey), true).toBool();
}

void UiSettings::setKeepRunningInTray(bool keep)
{
    QSettings().setValue(QLatin1String(KeepRunningKey), keep);
}
