#include "loginoptions.h"

#include <QCommandLineParser>
#include <QHostAddress>

namespace {

// Plain http only where nobody can listen in: the loopback test servers.
bool isAcceptableScheme(const QUrl &url)
{
    if (url.scheme() == QLatin1String("https"))
        return true;
    if (url.scheme() != QLatin1String("http"))
        return false;
    const QString host = url.host();
    return host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
}

bool parseDimension(const QString &text, int *value)
{
    bool ok = false;
    const int parsed = text.toInt(&ok);
    // Anything beyond a few screens wide is a typo, not a window size.
    if (!ok || parsed < 200 || parsed > 10000)
        return false;
    *value = parsed;
    return true;
}

} // namespace

bool LoginOptions::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Shows the sign-in page and prints the callback URL."));
    const QCommandLineOption urlOption(LoginWindowContract::UrlOption, tr("The authorization URL to open."), "url");
    const QCommandLineOption redirectOption(LoginWindowContract::RedirectUriOption, tr("The redirect URI to catch."), "uri");
    const QCommandLineOption widthOption(LoginWindowContract::WidthOption, tr("Window width."), "pixels", "1200");
    const QCommandLineOption heightOption(LoginWindowContract::HeightOption, tr("Window height."), "pixels", "1000");
    const QCommandLineOption titleOption(LoginWindowContract::TitleOption, tr("The profile's label, shown in the title."), "label");
    const QCommandLineOption persistentOption(LoginWindowContract::PersistentProfileOption,
        tr("Keep cookies in this folder (\"remember me\")."), "dir");
    const QCommandLineOption helpOption = parser.addHelpOption();
    parser.addOptions({urlOption, redirectOption, widthOption, heightOption, titleOption,
                       persistentOption});

    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return false;
    }
    if (parser.isSet(helpOption)) {
        helpRequested = true;
        helpText = parser.helpText();
        return true;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *error = tr("Unexpected argument.");
        return false;
    }

    authorizeUrl = QUrl(parser.value(urlOption), QUrl::StrictMode);
    if (!authorizeUrl.isValid() || authorizeUrl.host().isEmpty() || !isAcceptableScheme(authorizeUrl)) {
        *error = tr("--url must be an https URL (plain http only on loopback).");
        return false;
    }
    redirectUri = QUrl(parser.value(redirectOption), QUrl::StrictMode);
    if (!redirectUri.isValid() || redirectUri.host().isEmpty() || redirectUri.scheme().isEmpty()) {
        *error = tr("--redirect-uri must be an absolute URL.");
        return false;
    }
    int width = 0;
    int height = 0;
    if (!parseDimension(parser.value(widthOption), &width)
        || !parseDimension(parser.value(heightOption), &height)) {
        *error = tr("--width and --height must be whole numbers between 200 and 10000.");
        return false;
    }
    windowSize = QSize(width, height);
    title = parser.value(titleOption);
    persistentProfileDir = parser.value(persistentOption);
    if (parser.isSet(persistentOption) && persistentProfileDir.isEmpty()) {
        *error = tr("--persistent-profile needs a folder.");
        return false;
    }
    return true;
}
