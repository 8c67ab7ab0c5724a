// The floor for the login window: a bare QWebEngineView with an off-the-record
// profile (as the login window has) loading the same URL, marking "page-loaded"
// on the first successful load, as the login window does.
//   bench-minimal-webview URL
#include "common/benchmarker.h"

#include <QApplication>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>

int main(int argc, char *argv[])
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    if (app.arguments().size() != 2)
        return 2;
    QWebEngineProfile profile; // no storage name: off the record
    QWebEnginePage *page = new QWebEnginePage(&profile, &app);
    QWebEngineView view;
    view.setPage(page);
    QObject::connect(page, &QWebEnginePage::loadFinished, &app, [](bool ok) {
        if (ok)
            BenchMarker::mark("page-loaded");
    });
    view.resize(1200, 1000);
    view.show();
    view.load(QUrl(app.arguments().at(1)));
    const int code = app.exec();
    view.setPage(nullptr);
    delete page; // before its profile
    return code;
}
