#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QUrl>

#include "session/loginwindowcontract.h"

using LoginExit = LoginWindowContract::Exit;

// The command line of the login window process (LoginWindowContract has the names).
struct LoginOptions
{
    Q_DECLARE_TR_FUNCTIONS(LoginOptions)

public:
    QUrl authorizeUrl;
    QUrl redirectUri;
    QSize windowSize{1200, 1000};
    QString title;
    QString persistentProfileDir; // empty: off-the-record (nothing kept on disk)
    bool helpRequested = false;
    QString helpText;

    // Parses the arguments (argv[0] included). On a usage error returns false and sets
    // *error to translated text that never contains the authorize URL: its query holds
    // the state and the PKCE challenge.
    bool parse(const QStringList &arguments, QString *error);
};
