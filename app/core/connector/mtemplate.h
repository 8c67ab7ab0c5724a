#pragma once

#include <QHash>
#include <QString>

// Replaces every %%NAME%% in one pass. One pass matters: a value that itself contains
// "%%KIND%%" (a hostile audience, say) is copied as is, never expanded again.
// An unknown name is reported in *missing and left in place.
QString fillTemplate(const QString &tpl, const QHash<QString, QString> &values, QString *missing);
