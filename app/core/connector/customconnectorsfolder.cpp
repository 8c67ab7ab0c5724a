#include "customconnectorsfolder.h"

#include <QDir>
#include <QFileInfo>

QString chooseCustomConnectorsFolder(const QString &documentsDir)
{
    const QDir documents(documentsDir);
    const QString preferred = documents.filePath(QStringLiteral("Power BI Desktop/Custom Connectors"));
    const QString store =
        documents.filePath(QStringLiteral("Microsoft Power BI Desktop/Custom Connectors"));
    if (QFileInfo(preferred).isDir())
        return preferred;
    if (QFileInfo(store).isDir())
        return store;
    return preferred;
}
