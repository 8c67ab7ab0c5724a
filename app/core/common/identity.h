#pragma once

#include <QCoreApplication>

// The names every program of ours runs under. Fixed: settings, keychain entries and
// lock paths must agree between the command line, the window and the login window,
// whatever the executable is called.
namespace Identity {

inline void apply()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ConnectorSignIn"));
    QCoreApplication::setApplicationName(QStringLiteral("connector-signin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SIGNIN_VERSION));
}

} // namespace Identity
