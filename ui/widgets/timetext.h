#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

// Times as people read them in the status panel: a countdown ("in 4 min 12 s") next to
// the local wall-clock time, in one place so that every label says it the same way.
class TimeText
{
    Q_DECLARE_TR_FUNCTIONS(TimeText)
public:
    // "in 1 h 02 min", "in 4 min 12 s", "in 9 s", "expired 3 min ago".
    static QString countdown(const QDateTime &at, const QDateTime &now);
    // Local date and time in the short locale format; "—" when invalid.
    static QString local(const QDateTime &at);
    // "14:03:10 (in 4 min 12 s)"
    static QString localWithCountdown(const QDateTime &at, const QDateTime &now);
    static QString none();
};
