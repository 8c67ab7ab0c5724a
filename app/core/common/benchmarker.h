#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QEvent>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <cstdio>

// Marker lines for the benchmarks (tests/bench, docs/PERFORMANCE.md). The benchmark
// times a process from the outside, spawn to marker; it needs the program to say when
// the moment being measured has come. Off unless SIGNIN_BENCH_FIRST_PAINT=1, and then
// each marker is printed once on stderr. Header-only and Core-only so that the
// programs under test and the minimal floor programs use the very same probe.
//
//   BenchMarker::installFirstPaintProbe(&window); // prints "first-paint"
//   BenchMarker::mark("page-loaded");
namespace BenchMarker {

inline bool enabled()
{
    static const bool on = qEnvironmentVariableIntValue("SIGNIN_BENCH_FIRST_PAINT") == 1;
    return on;
}

inline void mark(const char *marker)
{
    static QSet<QByteArray> printed;
    if (!enabled() || printed.contains(marker))
        return;
    printed.insert(marker);
    std::fprintf(stderr, "%s\n", marker);
    std::fflush(stderr);
}

// Watches a top-level widget for its first paint event; the marker goes out from the
// next event-loop turn, i.e. after the backing store has been flushed to the screen.
class FirstPaintProbe : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, [] { mark("first-paint"); });
        }
        return false;
    }
};

inline void installFirstPaintProbe(QObject *topLevelWidget)
{
    if (enabled())
        topLevelWidget->installEventFilter(new FirstPaintProbe(topLevelWidget));
}

} // namespace BenchMarker
