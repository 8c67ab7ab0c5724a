#include "helperprogram.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStringList>

QString HelperProgram::path(const QString &baseName, const char *environmentVariable,
                            const QString &buildTreeFolder)
{
    const QString fromEnvironment = qEnvironmentVariable(environmentVariable);
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
#ifdef Q_OS_WIN
    const QString fileName = baseName + QStringLiteral(".exe");
#else
    const QString fileName = baseName;
#endif
    const QDir here(QCoreApplication::applicationDirPath());
    const QStringList candidates{
        here.filePath(fileName),
        here.filePath(QStringLiteral("../libexec/connector-signin/") + fileName),
        // The build tree, from build/app/ and from build/ui/window/.
        here.filePath(QStringLiteral("../") + buildTreeFolder + QLatin1Char('/') + fileName),
        here.filePath(QStringLiteral("../../") + buildTreeFolder + QLatin1Char('/') + fileName),
    };
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isExecutable())
            return QDir::cleanPath(candidate);
    }
    return QDir::cleanPath(candidates.constFirst());
}
