#include "common/language.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace {

const QString kResourceFolder = QStringLiteral(":/i18n");
const QString kBaseName = QStringLiteral("connector-signin");

// The main program's own settings file (QSettings() there), named explicitly: the login
// window process has another application name but must read the same choice.
QString userSetting()
{
    const QSettings settings(QSettings::NativeFormat, QSettings::UserScope,
                             QStringLiteral("ConnectorSignIn"),
                             QStringLiteral("connector-signin"));
    return settings.value(QLatin1String(Language::SettingKey)).toString().trimmed();
}

// A value that QLocale cannot read becomes the "C" locale: such a choice is skipped.
bool isUsable(const QString &name)
{
    return !name.isEmpty() && QLocale(name).language() != QLocale::C;
}

bool loadInto(QTranslator &translator, const QLocale &locale, const QString &base,
              const QString &folder)
{
    return translator.load(locale, base, QStringLiteral("_"), folder);
}

} // namespace

namespace Language {

QString takeArgument(QStringList &arguments)
{
    const QString option = QStringLiteral("--lang");
    QString value;
    for (int i = 1; i < arguments.size();) {
        const QString &argument = arguments.at(i);
        if (argument == option) {
            value = arguments.value(i + 1);
            arguments.remove(i, qMin(2, int(arguments.size() - i)));
        } else if (argument.startsWith(option + QLatin1Char('='))) {
            value = argument.mid(option.size() + 1);
            arguments.removeAt(i);
        } else {
            ++i;
        }
    }
    return value;
}

QStringList available()
{
    QStringList languages;
    const QStringList files = QDir(kResourceFolder).entryList({kBaseName + QStringLiteral("_*.qm")});
    for (const QString &file : files)
        languages << file.mid(kBaseName.size() + 1).chopped(3);
    return languages;
}

QString installTranslations(QCoreApplication &app, const QString &override)
{
    // An explicit choice, from the first source that gives a usable one.
    QString explicitChoice;
    for (const QString &candidate : {override.trimmed(),
                                     qEnvironmentVariable(EnvironmentVariable).trimmed(),
                                     userSetting()}) {
        if (isUsable(candidate)) {
            explicitChoice = candidate;
            break;
        }
        if (!candidate.isEmpty())
            qCWarning(lcConfig) << "ignoring unknown language" << candidate;
    }

    const QStringList candidates = explicitChoice.isEmpty()
                                       ? QLocale::system().uiLanguages()
                                       : QStringList{explicitChoice};

    auto *translator = new QTranslator(&app);
    QLocale chosen = explicitChoice.isEmpty() ? QLocale::system() : QLocale(explicitChoice);
    bool translated = false;
    for (const QString &candidate : candidates) {
        const QLocale locale(candidate);
        // English is the source text: a system that prefers it before another language
        // must not get the second one.
        if (locale.language() == QLocale::English) {
            chosen = locale;
            break;
        }
        if (loadInto(*translator, locale, kBaseName, kResourceFolder)) {
            chosen = locale;
            translated = true;
            break;
        }
    }

    if (translated) {
        QCoreApplication::installTranslator(translator);
        // Qt's own strings (standard buttons, QCommandLineParser's help); optional.
        auto *qtTranslator = new QTranslator(&app);
        if (loadInto(*qtTranslator, chosen, QStringLiteral("qtbase"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(qtTranslator);
        else
            delete qtTranslator;
    } else {
        delete translator;
    }

    QLocale::setDefault(chosen);
    // The login window is another process: it inherits the explicit choice this way.
    if (!explicitChoice.isEmpty())
        qputenv(EnvironmentVariable, explicitChoice.toUtf8());

    const QString name = translated || chosen.language() == QLocale::English
                             ? QLocale::languageToCode(chosen.language())
                             : QStringLiteral("en");
    qCDebug(lcConfig) << "language" << name << "translated" << translated;
    return name;
}

} // namespace Language
