#include "mtemplate.h"

QString fillTemplate(const QString &tpl, const QHash<QString, QString> &values, QString *missing)
{
    static const QLatin1String marker("%%");
    QString out;
    out.reserve(tpl.size() * 2);
    qsizetype pos = 0;
    while (true) {
        const qsizetype start = tpl.indexOf(marker, pos);
        const qsizetype end = start < 0 ? -1 : tpl.indexOf(marker, start + marker.size());
        if (start < 0 || end < 0) {
            out += QStringView(tpl).mid(pos);
            break;
        }
        out += QStringView(tpl).mid(pos, start - pos);
        const QString name = tpl.mid(start + marker.size(), end - start - marker.size());
        const auto it = values.constFind(name);
        if (it == values.constEnd()) {
            if (missing && missing->isEmpty())
                *missing = name;
            out += QStringView(tpl).mid(start, end + marker.size() - start);
        } else {
            out += *it;
        }
        pos = end + marker.size();
    }
    return out;
}
