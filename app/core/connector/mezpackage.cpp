#include "mezpackage.h"

#include "common/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace {
bool addEntry(QuaZip &zip, const QString &name, const QByteArray &data)
{
    QuaZipFile entry(&zip);
    if (!entry.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
        return false;
    const bool written = entry.write(data) == data.size();
    entry.close();
    return written && entry.getZipError() == ZIP_OK;
}

QByteArray iconData(int size)
{
    // Compiled in from resources/connector/ (the core library has no QtGui to draw).
    QFile icon(QStringLiteral(":/connector/icon%1.png").arg(size));
    return icon.open(QIODevice::ReadOnly) ? icon.readAll() : QByteArray();
}
}

QList<int> MezPackage::iconSizes()
{
    return {16, 20, 24, 32, 40, 48, 64};
}

QStringList MezPackage::entryNames(const QString &kind)
{
    QStringList names{kind + QStringLiteral(".pq")};
    for (int size : iconSizes())
        names << kind + QString::number(size) + QStringLiteral(".png");
    return names;
}

bool MezPackage::write(const QString &path, const QString &kind, const QString &document,
                       QString *error)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };

    QList<QByteArray> contents{document.toUtf8()};
    for (int size : iconSizes()) {
        contents << iconData(size);
        if (contents.constLast().isEmpty())
            return fail(tr("The connector icons are missing from this build."));
    }

    // Written beside the target and renamed at the end, so that Power BI Desktop never
    // finds a half-written package under the real name.
    const QString partial = path + QStringLiteral(".part");
    QuaZip zip(partial);
    if (!zip.open(QuaZip::mdCreate))
        return fail(tr("Cannot create \"%1\".").arg(QDir::toNativeSeparators(path)));
    const QStringList names = entryNames(kind);
    bool ok = true;
    for (int i = 0; ok && i < names.size(); ++i)
        ok = addEntry(zip, names.at(i), contents.at(i));
    zip.close();
    ok = ok && zip.getZipError() == ZIP_OK;
    if (ok) {
        QFile::remove(path);
        ok = QFile::rename(partial, path);
    }
    if (!ok) {
        QFile::remove(partial);
        return fail(tr("Cannot write \"%1\".").arg(QDir::toNativeSeparators(path)));
    }
    qCInfo(lcCli) << "connector package written" << QFileInfo(path).fileName();
    if (error)
        error->clear();
    return true;
}
