// connector-signin-window: the status window. People start it as `connector-signin`
// with no command, which replaces itself with this program (app/main.cpp), so the
// command line never loads Qt Gui or Widgets. It never links Qt WebEngine either: the
// login window is its own process.

#include "common/benchmarker.h"
#include "common/identity.h"
#include "common/language.h"
#include "mainwindow.h"
#include "session/services.h"

#include <QApplication>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Identity::apply();
    QStringList arguments = QCoreApplication::arguments();
    Language::installTranslations(app, Language::takeArgument(arguments));
    // The window may hide to the tray; the program ends on Quit, not on the last close.
    QApplication::setQuitOnLastWindowClosed(false);
    Services services;
    MainWindow window(services);
    BenchMarker::installFirstPaintProbe(&window); // tests/bench only; off by default
    window.show();
    window.start();
    return app.exec();
}
