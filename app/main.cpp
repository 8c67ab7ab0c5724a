#include "cli/cli.h"
#include "common/benchmarker.h"
#include "common/language.h"
#include "mainwindow.h"
#include "session/services.h"

#include <QApplication>
#include <QCoreApplication>

namespace {
void setIdentity()
{
    // Fixed names: settings, keychain and lock paths must agree between the GUI and
    // the command line whatever the executable is called.
    QCoreApplication::setOrganizationName(QStringLiteral("ConnectorSignIn"));
    QCoreApplication::setApplicationName(QStringLiteral("connector-signin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SIGNIN_VERSION));
}
}

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // `--lang xx` works with every form; the commands never see it.
    const QString language = Language::takeArgument(arguments);

    if (Cli::wantsCommandLine(arguments)) {
        // The command line never creates a GUI application (and never loads WebEngine).
        QCoreApplication app(argc, argv);
        setIdentity();
        Language::installTranslations(app, language);
        return Cli::run(arguments);
    }

    QApplication app(argc, argv);
    setIdentity();
    Language::installTranslations(app, language);
    // The window may hide to the tray; the program ends on Quit, not on the last close.
    QApplication::setQuitOnLastWindowClosed(false);
    Services services;
    MainWindow window(services);
    BenchMarker::installFirstPaintProbe(&window); // tests/bench only; off by default
    window.show();
    window.start();
    return app.exec();
}
