// connector-signin-login: the login window process, the only program that links
// Qt WebEngine. It shows the provider's sign-in page, catches the navigation to the
// redirect URI, prints that URL as one line on stdout and exits 0. It never sees the
// PKCE verifier or a token: only the authorize URL. See LoginExit for the exit codes.

#include "loginoptions.h"
#include "loginprofile.h"
#include "loginwindow.h"
#include "stdinwatcher.h"

#include "common/language.h"
#include "common/logging.h"

#include <QApplication>
#include <QWebEngineProfile>

#include <cstdio>

namespace {

int exitCode(LoginExit code)
{
    return static_cast<int>(code);
}

void printLine(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}

} // namespace

int main(int argc, char *argv[])
{
    // Qt WebEngine shares OpenGL contexts with the widgets; this must precede the app.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("connector-signin-login"));
    QApplication::setOrganizationName(QStringLiteral("Connector Sign-In"));
    QApplication::setApplicationVersion(QStringLiteral(SIGNIN_VERSION));
    // The main program's language: its explicit choice arrives in the environment.
    Language::installTranslations(app, QString());
    // Closing the window is handled (exit 6); the app must not quit on its own first.
    QApplication::setQuitOnLastWindowClosed(false);

    LoginOptions options;
    QString error;
    if (!options.parse(QApplication::arguments(), &error)) {
        printLine(stderr, error);
        return exitCode(LoginExit::UsageError);
    }
    if (options.helpRequested) {
        printLine(stdout, options.helpText);
        return exitCode(LoginExit::CallbackCaught);
    }

    QWebEngineProfile *profile = createLoginProfile(options.persistentProfileDir, &app, &error);
    if (!profile) {
        printLine(stderr, error);
        return exitCode(LoginExit::Failure);
    }

    LoginWindow window(options.redirectUri, profile);
    window.resize(options.windowSize);
    window.setWindowTitle(options.title.isEmpty()
                              ? LoginWindow::tr("Sign in")
                              : LoginWindow::tr("Sign in – %1").arg(options.title));

    QObject::connect(&window, &LoginWindow::callbackCaught, &app, [](const QUrl &callbackUrl) {
        printLine(stdout, callbackUrl.toString(QUrl::FullyEncoded));
        QCoreApplication::exit(exitCode(LoginExit::CallbackCaught));
    });
    QObject::connect(&window, &LoginWindow::cancelled, &app, [] {
        QCoreApplication::exit(exitCode(LoginExit::Cancelled));
    });

    StdinWatcher stdinWatcher;
    QObject::connect(&stdinWatcher, &StdinWatcher::raiseRequested, &window, &LoginWindow::bringToFront);
    QObject::connect(&stdinWatcher, &StdinWatcher::closed, &window, &QWidget::close);

    window.show();
    window.open(options.authorizeUrl);
    return app.exec();
}
