#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QUrl>

// Exit codes of connector-signin-login. The caller (SignInFlow) relies on them;
// they match the main program's codes where the meaning is the same.
enum class LoginExit : int {
    CallbackCaught = 0, // the callback URL is on stdout
    Failure = 1,        // a message is on stderr
    UsageError = 2,     // a message is on stderr
    Cancelled = 6,      // the person closed the window, or the parent went away
};

// The command line of the login window process:
//   connector-signin-login --url <authorize URL> --redirect-uri <URI to catch>
//       [--width 1200] [--height 1000] [--title <profile label>]
//       [--persistent-profile <dir>]
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
