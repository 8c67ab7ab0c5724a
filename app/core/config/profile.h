#pragma once

#include <QCoreApplication>
#include <QSet>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QUrl>

// One connection profile: the tenant and client a connector signs in to.
// Profiles are stored by ProfileStore (storage/); this is the plain value.
struct Profile
{
    Q_DECLARE_TR_FUNCTIONS(Profile)

public:
    static constexpr const char *DefaultName = "default";

    // Window size limits: below the minimum Auth0's login page needs scrolling; above
    // the maximum the value is a typo.
    static constexpr int MinimumWindowWidth = 400;
    static constexpr int MinimumWindowHeight = 300;
    static constexpr int MaximumWindowExtent = 10000;

    QString name = QString::fromLatin1(DefaultName);
    QUrl issuer;       // https://tenant.eu.auth0.com/ (always with a trailing slash)
    QString clientId;
    QString audience;  // optional: Auth0 API identifier
    QStringList scopes = defaultScopes();
    QUrl redirectUri = defaultRedirectUri();
    QSize windowSize = defaultWindowSize();

    // Field names (as in settings: "issuer", "client_id", ...) set by the system scope
    // (IT's managed configuration): shown read-only, never overwritten by the user.
    QSet<QString> managedFields;

    static QStringList defaultScopes();   // openid offline_access profile email
    static QUrl defaultRedirectUri();     // Power BI's own redirect page
    static QSize defaultWindowSize();     // 1200x1000

    // "tenant.eu.auth0.com", "https://tenant.eu.auth0.com" or an issuer URL -> the issuer
    // with a trailing slash, lower-case host, no default port. Plain http is accepted
    // only for loopback hosts. Refused: empty input, spaces, userinfo, a query or
    // fragment, an invalid host, another scheme.
    // Returns an invalid QUrl and sets *error (translated text) when refused.
    static QUrl normalizeIssuer(const QString &input, QString *error);

    // 127.0.0.0/8, ::1 and "localhost": the only hosts where plain http is acceptable,
    // because the traffic never leaves the machine (RFC 8252 8.3).
    static bool isLoopbackHost(const QString &host);
    // An absolute https URL, or an http URL on a loopback host.
    static bool isSecureOrLoopback(const QUrl &url);

    // Human-readable problems (translated), empty when the profile can be used.
    // Checks: name, issuer (as normalizeIssuer would give it), client id, scopes
    // (openid and offline_access required), redirect URI, window size.
    QStringList validate() const;
    bool isValid() const { return validate().isEmpty(); }
    bool isConfigured() const { return issuer.isValid() && !clientId.isEmpty(); }
};
