#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

// The program's language, chosen once at start-up by the main program (GUI and CLI)
// and by the login window process, so that both speak the same language:
//
//   QStringList args = ...;                                  // argv
//   const QString lang = Language::takeArgument(args);       // strips "--lang xx"
//   QCoreApplication app(argc, argv);
//   Language::installTranslations(app, lang);
//
// Precedence: the `--lang` value, the CONNECTOR_SIGNIN_LANG environment variable, the
// user setting `ui/language`, then the system's UI languages in order. English is the
// source language: choosing it (or a language we have no translation for) loads nothing.
namespace Language {

// Environment variable that overrides the language; also how the login window
// process inherits an explicit choice from the main program.
inline constexpr char EnvironmentVariable[] = "CONNECTOR_SIGNIN_LANG";
// Key of the user's choice in the main program's own settings (see UiSettings).
inline constexpr char SettingKey[] = "ui/language";

// Removes every `--lang xx` / `--lang=xx` from arguments (index 0, the program, is
// kept) and returns the last value given, or an empty string.
QString takeArgument(QStringList &arguments);

// Installs the program's translation (`:/i18n/connector-signin_<lang>.qm`) and Qt's own
// (`qtbase_<lang>.qm`) for the chosen language and makes it QLocale's default, so dates,
// numbers and the `ui_locales` sent to the provider follow. Returns the BCP 47 name of the
// language in use ("de", "en"...). The translators are children of app.
QString installTranslations(QCoreApplication &app, const QString &override);

// The languages the program ships a translation for, besides English.
QStringList available();

} // namespace Language
