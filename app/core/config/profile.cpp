#include "config/profile.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace {
bool containsWhitespace(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); });
}

// A DNS name in its ASCII (punycode) form: dot-separated labels of letters, digits
// and inner hyphens. QUrl accepts more (underscores, for instance) than a TLS
// certificate can ever name, so the issuer is held to the stricter rule.
bool isValidDnsName(const QString &host)
{
    static const QRegularExpression label(QStringLiteral("^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$"));
    if (host.isEmpty() || host.size() > 253)
        return false;
    const QStringList labels = host.split(QLatin1Char('.'));
    return std::all_of(labels.cbegin(), labels.cend(),
                       [](const QString &l) { return label.match(l).hasMatch(); });
}

bool isIpAddress(const QString &host)
{
    QHostAddress address;
    return address.setAddress(host);
}
} // namespace

QStringList Profile::defaultScopes()
{
    // offline_access is what makes Auth0 issue a refresh token; profile and email
    // fill the status panel's "signed in as".
    return {QStringLiteral("openid"), QStringLiteral("offline_access"),
            QStringLiteral("profile"), QStringLiteral("email")};
}

QUrl Profile::defaultRedirectUri()
{
    // Power BI's own redirect page: the connector registers it in Auth0, and the
    // login window catches the navigation to it without ever loading it.
    return QUrl(QStringLiteral("https://oauth.powerbi.com/views/oauthredirect.html"));
}

QSize Profile::defaultWindowSize()
{
    return QSize(1200, 1000);
}

bool Profile::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

bool Profile::isSecureOrLoopback(const QUrl &url)
{
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    return scheme == QLatin1String("https")
        || (scheme == QLatin1String("http") && isLoopbackHost(url.host()));
}

QUrl Profile::normalizeIssuer(const QString &input, QString *error)
{
    auto refuse = [error](const QString &why) {
        if (error)
            *error = why;
        return QUrl();
    };

    const QString text = input.trimmed();
    if (text.isEmpty())
        return refuse(tr("Enter the Auth0 domain (for example tenant.eu.auth0.com) or the issuer URL."));
    if (containsWhitespace(text))
        return refuse(tr("The issuer \"%1\" contains spaces. Enter only the domain, for example tenant.eu.auth0.com.").arg(text));

    // A bare domain ("tenant.eu.auth0.com", "login.example.com:8443") means https.
    const bool hasScheme = text.contains(QLatin1String("://"));
    QUrl url(hasScheme ? text : QStringLiteral("https://") + text, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return refuse(tr("\"%1\" is not a valid domain or URL. Enter the Auth0 domain, for example tenant.eu.auth0.com.").arg(text));

    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return refuse(tr("The issuer must be an https:// address, not \"%1\".").arg(url.scheme()));
    if (!url.userInfo().isEmpty())
        return refuse(tr("The issuer must not contain a user name or password."));
    if (url.hasQuery() || url.hasFragment())
        return refuse(tr("The issuer must not contain \"?\" or \"#\". Enter only the domain, for example tenant.eu.auth0.com."));

    const QString host = url.host(QUrl::FullyEncoded).toLower();
    const bool loopback = isLoopbackHost(host);
    if (!isIpAddress(host) && !isValidDnsName(host))
        return refuse(tr("\"%1\" is not a valid host name.").arg(url.host()));
    if (!loopback && !isIpAddress(host) && !host.contains(QLatin1Char('.')))
        return refuse(tr("\"%1\" is not a complete domain. Enter the full Auth0 domain, for example tenant.eu.auth0.com.").arg(host));
    if (scheme == QLatin1String("http") && !loopback)
        return refuse(tr("Plain http:// is not allowed for \"%1\": tokens would travel unencrypted. Use https://.").arg(host));

    QUrl issuer;
    issuer.setScheme(scheme);
    issuer.setHost(host);
    const int defaultPort = scheme == QLatin1String("https") ? 443 : 80;
    if (url.port(defaultPort) != defaultPort)
        issuer.setPort(url.port());
    // Auth0 issuers end with "/", and ID tokens' "iss" is compared as an exact string.
    QString path = url.path(QUrl::FullyEncoded);
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    issuer.setPath(path, QUrl::TolerantMode);
    return issuer;
}

QStringList Profile::validate() const
{
    QStringList problems;

    if (name.trimmed().isEmpty())
        problems << tr("The profile has no name.");
    else if (name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')))
        problems << tr("The profile name \"%1\" must not contain \"/\" or \"\\\".").arg(name);

    if (issuer.isEmpty()) {
        problems << tr("No issuer is set. Enter the Auth0 domain, for example tenant.eu.auth0.com.");
    } else {
        QString why;
        const QUrl normalized = normalizeIssuer(issuer.toString(), &why);
        if (!normalized.isValid())
            problems << why;
        else if (normalized != issuer)
            problems << tr("The issuer should be written as %1.").arg(normalized.toString());
    }

    if (clientId.trimmed().isEmpty())
        problems << tr("No client ID is set. Copy it from the application's settings in the Auth0 dashboard.");
    else if (containsWhitespace(clientId))
        problems << tr("The client ID \"%1\" contains spaces. Copy it again from the Auth0 dashboard.").arg(clientId);

    if (!scopes.contains(QLatin1String("openid")))
        problems << tr("The scopes must include \"openid\": without it the server does not sign anybody in with OpenID Connect.");
    if (!scopes.contains(QLatin1String("offline_access")))
        problems << tr("The scopes must include \"offline_access\": without it Auth0 issues no refresh token, and you would have to sign in again every time the access token expires.");
    for (const QString &scope : scopes) {
        if (scope.isEmpty() || containsWhitespace(scope))
            problems << tr("The scope \"%1\" is not valid: scopes are single words separated by spaces.").arg(scope);
    }

    if (!redirectUri.isValid() || redirectUri.isRelative() || redirectUri.host().isEmpty())
        problems << tr("The redirect URI \"%1\" is not an absolute URL.").arg(redirectUri.toString());
    else if (!isSecureOrLoopback(redirectUri))
        problems << tr("The redirect URI must use https:// (plain http:// only on this computer, e.g. 127.0.0.1).");
    else if (redirectUri.hasFragment() || !redirectUri.userInfo().isEmpty())
        problems << tr("The redirect URI must not contain \"#\" or a user name.");

    if (windowSize.width() < MinimumWindowWidth || windowSize.height() < MinimumWindowHeight
        || windowSize.width() > MaximumWindowExtent || windowSize.height() > MaximumWindowExtent) {
        problems << tr("The login window size %1x%2 is not usable: use at least %3x%4 and at most %5 on each side.")
                        .arg(windowSize.width())
                        .arg(windowSize.height())
                        .arg(MinimumWindowWidth)
                        .arg(MinimumWindowHeight)
                        .arg(MaximumWindowExtent);
    }
    return problems;
}
