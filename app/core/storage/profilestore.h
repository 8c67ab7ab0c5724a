#pragma once

#include "config/profile.h"
#include "storage/settingslocations.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

// Reads and writes connection profiles in two settings scopes and merges them:
//
//   system scope (IT: installer, Group Policy, `configure --system`)  -- wins per field
//   user scope   (the person: status panel, `configure`)
//
// Layout in both: group "profiles/<name>/" with keys issuer, client_id, audience,
// scopes (space-separated), redirect_uri, window_width, window_height. A field present
// in the system scope is "managed": listed in Profile::managedFields, shown read-only,
// and a user-scope save that tries to change it is refused. A managed value that is not
// valid is reported, never silently replaced by the user's value.
// Where the scopes live per platform: storage/settingslocations.h.
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)

public:
    using Scope = SettingsScope;

    struct SaveResult
    {
        enum class Kind {
            Ok,
            InvalidName,          // see ProfileName::isValid
            InvalidProfile,       // Profile::validate() found problems
            ManagedFieldsRefused, // user scope: these fields are set by the system scope
            NotWritable,          // e.g. the system scope without administrator rights
        };
        Kind kind = Kind::Ok;
        QStringList refusedFields; // setting keys ("issuer", ...) for ManagedFieldsRefused
        QString message;           // translated; empty for Ok
        bool ok() const { return kind == Kind::Ok; }
    };

    // Setting keys, also the names used in Profile::managedFields.
    static const QStringList &fieldNames();

    static bool isValidName(const QString &name);

    // Union of both scopes, sorted, "default" first. Invalid group names are skipped.
    QStringList profileNames() const;

    // nullopt when the name is invalid or no scope has the profile. `problems` receives
    // translated text about invalid values, managed ones included.
    std::optional<Profile> load(const QString &name, QStringList *problems = nullptr) const;

    SaveResult save(const Profile &profile, Scope scope = Scope::User);

    // False when the scope had no such profile or could not be written.
    bool remove(const QString &name, Scope scope);

    bool isWritable(Scope scope) const;

private:
    static SaveResult failure(SaveResult::Kind kind, const QStringList &details = {},
                              Scope scope = Scope::User);
};
