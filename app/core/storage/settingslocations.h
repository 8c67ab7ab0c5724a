#pragma once

#include <QString>

#include <memory>

class QSettings;

// The one place that knows where settings and lock files live on each platform.
// Nothing else in the program may assume a platform's folders or registry keys.
//
//                 user scope                          system scope (IT, managed)
//   Linux         $XDG_CONFIG_HOME/ConnectorSignIn/   $XDG_CONFIG_DIRS/ConnectorSignIn/
//   Windows       HKCU\Software\ConnectorSignIn       HKLM\SOFTWARE\Policies\ConnectorSignIn
//   macOS         ~/Library/Preferences               /Library/Preferences (+ managed prefs)
//
// Windows' system scope is the Policies key because that is what Group Policy and
// Intune manage; macOS' native format reads MDM-managed preferences on its own.
enum class SettingsScope { User, System };

namespace SettingsLocations {

// Profiles, read or written in exactly one scope (fallbacks off: the caller merges).
std::unique_ptr<QSettings> profiles(SettingsScope scope);

// Non-secret session metadata: always per user, never managed.
std::unique_ptr<QSettings> sessionState();

// Folder for cross-process lock files. A fixed "ConnectorSignIn" folder under the
// generic per-user data folder, so that the CLI and the GUI agree whatever
// QCoreApplication::applicationName() happens to be. Created on demand.
QString lockDirectory();

} // namespace SettingsLocations
