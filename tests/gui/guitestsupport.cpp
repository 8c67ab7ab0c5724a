#include "guitestsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QWidget>

QString GuiTestSupport::saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("SIGNIN_ARTIFACTS_DIR", QDir::tempPath()) + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    const QString path = dir + QLatin1Char('/') + name + QStringLiteral(".png");
    widget->grab().save(path);
    return path;
}

std::unique_ptr<QTranslator> GuiTestSupport::germanTranslator()
{
    // Where qt_add_translations may put it: the program's resources, or the build tree.
    const QStringList candidates{
        QStringLiteral(":/i18n/connector-signin_de.qm"),
        QStringLiteral(":/translations/connector-signin_de.qm"),
        qEnvironmentVariable("SIGNIN_TRANSLATIONS_DIR") + QStringLiteral("/connector-signin_de.qm"),
    };
    for (const QString &file : candidates) {
        auto translator = std::make_unique<QTranslator>();
        if (QFileInfo::exists(file) && translator->load(file))
            return translator;
    }
    return nullptr;
}
