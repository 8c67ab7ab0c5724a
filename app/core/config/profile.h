#pragma once

#include <QSet>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QUrl>

// One connection profile: the tenant and client a connector signs in to.
// Profiles are stored by ProfileStore (storage/); this is the plain value.
struct Profile
{
    static constexpr const char *DefaultName = "default";

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

    static QStringList defaultScopes();
    static QUrl defaultRedirectUri();
    static QSize defaultWindowSize();

    // "tenant.eu.auth0.com", "https://tenant.eu.auth0.com" or an issuer URL -> the issuer
    // with a trailing slash. Plain http is accepted only for loopback hosts.
    // Returns an invalid QUrl and sets *error (translated text) when refused.
    static QUrl normalizeIssuer(const QString &input, QString *error);

    // Human-readable problems (translated), empty when the profile can be used.
    QStringList validate() const;
    bool isValid() const { return validate().isEmpty(); }
    bool isConfigured() const { return issuer.isValid() && !clientId.isEmpty(); }
};
