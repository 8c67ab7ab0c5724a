// The floor for start-up time and idle memory: the smallest Qt Widgets window,
// linked and built like the real program, marking its first paint the same way.
#include "common/benchmarker.h"

#include <QApplication>
#include <QLabel>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QLabel window(QStringLiteral("Minimal window"));
    window.resize(640, 480);
    BenchMarker::installFirstPaintProbe(&window);
    window.show();
    return app.exec();
}
