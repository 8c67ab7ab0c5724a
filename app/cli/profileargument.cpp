#include "profileargument.h"

#include "storage/profilestore.h"

#include <QCoreApplication>

std::optional<Profile> loadProfileArgument(const ProfileStore &store, const QString &name,
                                           QTextStream &err, bool mustBeUsable)
{
    QStringList problems;
    const auto profile = store.load(name, &problems);
    if (!profile) {
        const QStringList known = store.profileNames();
        err << QCoreApplication::translate("Cli", "Unknown profile \"%1\".").arg(name) << '\n';
        if (known.isEmpty()) {
            err << QCoreApplication::translate(
                       "Cli", "No profile is configured. Create one with: "
                              "connector-signin configure --profile %1 --domain TENANT.auth0.com "
                              "--client-id CLIENT_ID")
                       .arg(name)
                << Qt::endl;
        } else {
            err << QCoreApplication::translate("Cli", "Known profiles: %1")
                       .arg(known.join(QStringLiteral(", ")))
                << Qt::endl;
        }
        return std::nullopt;
    }
    problems += profile->validate();
    problems.removeDuplicates();
    if (mustBeUsable && !problems.isEmpty()) {
        err << QCoreApplication::translate("Cli", "The profile \"%1\" cannot be used:").arg(name) << '\n';
        for (const QString &problem : problems)
            err << "  - " << problem << '\n';
        err.flush();
        return std::nullopt;
    }
    return profile;
}
