// The main window's memory around a sign-in (docs/PERFORMANCE.md, "After sign-in"):
// builds the real MainWindow, waits for it to settle, reads VmRSS, signs the profile
// in through the window's own SessionController (which starts $SIGNIN_LOGIN_EXE),
// waits for "signed in" plus the same settle time, reads VmRSS again.
//   bench-signin-memory PROFILE [SETTLE_MS]
// prints: rss-before-kb N / rss-after-kb N / signin-ms N   (exit 0), or exit 1.
#include "common/identity.h"
#include "mainwindow.h"
#include "session/services.h"
#include "sessioncontroller.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

#include <cstdio>

namespace {
long rssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    // The program's own identity: the same settings and keychain names.
    Identity::apply();
    QApplication::setQuitOnLastWindowClosed(false);
    if (app.arguments().size() < 2)
        return 2;
    const QString profileName = app.arguments().at(1);
    const int settleMs = app.arguments().value(2, QStringLiteral("2000")).toInt();

    Services services;
    MainWindow window(services);
    window.show();
    window.start();
    SessionController &controller = window.controller();

    QElapsedTimer signInTimer;
    bool signingIn = false;
    bool done = false;
    QObject::connect(&controller, &SessionController::statusesChanged, &app, [&] {
        if (!signingIn || done || controller.isSigningIn(profileName))
            return;
        const auto status = controller.status(profileName);
        if (!status || status->state != ProfileStatus::State::SignedIn)
            return;
        done = true;
        std::printf("signin-ms %lld\n", static_cast<long long>(signInTimer.elapsed()));
        QTimer::singleShot(settleMs, &app, [&] {
            std::printf("rss-after-kb %ld\n", rssKb());
            std::fflush(stdout);
            app.exit(0);
        });
    });
    QTimer::singleShot(settleMs, &app, [&] {
        std::printf("rss-before-kb %ld\n", rssKb());
        std::fflush(stdout);
        signingIn = true;
        signInTimer.start();
        controller.signIn(profileName);
    });
    QTimer::singleShot(90000, &app, [&] {
        std::fprintf(stderr, "bench-signin-memory: no sign-in within 90 s\n");
        app.exit(1);
    });
    return app.exec();
}
