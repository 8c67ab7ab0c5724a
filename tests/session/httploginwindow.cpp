// A stand-in for connector-signin-login in session and CLI tests: the same command line
// and the same answers (callback URL on stdout and exit 0; exit 6 for "closed"), but it
// signs in at the test server's form over HTTP instead of showing a web page. The real
// window is tested on its own under Xvfb (tests/e2e); this lets every other test run the
// real SignInFlow and `connector-signin sign-in` quickly and without a display.
//
// SIGNIN_FAKE_LOGIN selects what the "person" does:
//   login (default) | deny | close | tamper-state | wrong-redirect
//   | wait (keeps "the window" open until stdin ends, then exits 6 like a closed window)
#include "httplogin.h"
#include "testserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTextStream>
#include <QUrlQuery>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    for (const char *name : {"url", "redirect-uri", "width", "height", "title"})
        parser.addOption(QCommandLineOption(QString::fromLatin1(name), QString(), QStringLiteral("value")));
    parser.process(app);

    const QUrl authorizeUrl(parser.value("url"));
    const QUrl redirectUri(parser.value("redirect-uri"));
    const QString mode = qEnvironmentVariable("SIGNIN_FAKE_LOGIN", QStringLiteral("login"));
    QTextStream err(stderr);
    if (mode == QLatin1String("close"))
        return 6;
    if (mode == QLatin1String("wait")) {
        QFile input;
        input.open(stdin, QIODevice::ReadOnly);
        while (!input.readLine().isEmpty() || !input.atEnd()) {
        }
        return 6;
    }

    QNetworkAccessManager nam;
    HttpLogin login(&nam);
    QString error;
    QUrl caught = mode == QLatin1String("deny")
        ? login.denyAndCatchRedirect(authorizeUrl, redirectUri, &error)
        : login.loginAndCatchRedirect(authorizeUrl, redirectUri, TestServer::username(),
                                      TestServer::password(), &error);
    if (caught.isEmpty()) {
        err << "http login failed: " << error << Qt::endl;
        return 1;
    }
    if (mode == QLatin1String("tamper-state")) {
        QUrlQuery query(caught);
        query.removeAllQueryItems(QStringLiteral("state"));
        query.addQueryItem(QStringLiteral("state"), QStringLiteral("forged-by-an-attacker"));
        caught.setQuery(query);
    } else if (mode == QLatin1String("wrong-redirect")) {
        caught.setHost(QStringLiteral("oauth.powerbi.com.evil.example"));
    }
    QTextStream(stdout) << caught.toString(QUrl::FullyEncoded) << Qt::endl;
    return 0;
}
