#include "timetext.h"

#include <QLocale>

namespace {
QString span(qint64 seconds)
{
    if (seconds >= 3600)
        return TimeText::tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
    if (seconds >= 60)
        return TimeText::tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return TimeText::tr("%1 s").arg(seconds);
}
} // namespace

QString TimeText::none()
{
    return tr("—");
}

QString TimeText::countdown(const QDateTime &at, const QDateTime &now)
{
    if (!at.isValid())
        return none();
    const qint64 seconds = now.secsTo(at);
    if (seconds >= 0)
        return tr("in %1").arg(span(seconds));
    return tr("expired %1 ago").arg(span(-seconds));
}

QString TimeText::local(const QDateTime &at)
{
    if (!at.isValid())
        return none();
    return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
}

QString TimeText::localWithCountdown(const QDateTime &at, const QDateTime &now)
{
    if (!at.isValid())
        return none();
    return tr("%1 (%2)").arg(local(at), countdown(at, now));
}
