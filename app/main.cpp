// connector-signin: the command line, a Qt Core program (Core, Network, QtKeychain; no
// Gui, no Widgets, no WebEngine), so that `token` or `status` costs little more than
// reading the keychain. Without a command it hands over to the window program.

#include "cli/cli.h"
#include "cli/exitcode.h"
#include "common/helperprogram.h"
#include "common/identity.h"
#include "common/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>

#include <cstdio>

#ifndef Q_OS_WIN
#include <cerrno>
#include <cstring>
#include <unistd.h>
#endif

namespace {

// Replaces this process with the window program, passing every argument through
// (`--lang`, Qt's own -platform...). On POSIX the process the desktop entry started
// becomes the window (exec); Windows has no exec: start it and return. Returns only
// on failure, with the exit code.
int handOverToWindow(int argc, char *argv[], const QString &language)
{
    QCoreApplication app(argc, argv); // for the lookup next to this program
    const QString window = HelperProgram::path(QStringLiteral("connector-signin-window"),
                                               "SIGNIN_WINDOW_EXE", QStringLiteral("ui/window"));
    QString reason;
#ifdef Q_OS_WIN
    QProcess process;
    process.setProgram(window);
    process.setArguments(QCoreApplication::arguments().mid(1));
    if (process.startDetached())
        return ExitSuccess;
    reason = process.errorString();
#else
    // argv[0] stays "connector-signin": the window's WM_CLASS matches the desktop entry.
    ::execv(QFile::encodeName(window).constData(), argv);
    reason = QString::fromLocal8Bit(std::strerror(errno));
#endif
    // Translations only now: the window loads its own, so a successful exec skips them.
    Identity::apply();
    Language::installTranslations(app, language);
    const QString message = Cli::tr("The window program could not be started (%1): %2")
                                .arg(QDir::toNativeSeparators(window), reason);
    std::fprintf(stderr, "%s\n", message.toLocal8Bit().constData());
    return ExitFailure;
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // `--lang xx` works with every command; the commands never see it.
    const QString language = Language::takeArgument(arguments);
    if (!Cli::wantsCommandLine(arguments))
        return handOverToWindow(argc, argv, language);

    QCoreApplication app(argc, argv);
    Identity::apply();
    Language::installTranslations(app, language);
    return Cli::run(arguments);
}
