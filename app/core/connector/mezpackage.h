#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// A .mez is what Power BI Desktop loads from its Custom Connectors folder: a plain zip
// with the section document and its icons at the root.
//
//   KIND.pq  KIND16.png KIND20.png KIND24.png KIND32.png KIND40.png KIND48.png KIND64.png
//
// (Icon16 lists 16/20/24/32 and Icon32 lists 32/40/48/64: KIND32.png serves both.)
class MezPackage
{
    Q_DECLARE_TR_FUNCTIONS(MezPackage)
public:
    // Writes the package to `path` (replacing it only once complete). False with *error
    // (translated) when the icons are missing or the file cannot be written.
    static bool write(const QString &path, const QString &kind, const QString &document,
                      QString *error);

    // The entry names, in the order write() stores them.
    static QStringList entryNames(const QString &kind);
    static QList<int> iconSizes(); // 16, 20, 24, 32, 40, 48, 64
};
