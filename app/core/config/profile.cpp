#include "profile.h"

#include <QCoreApplication>

// Interim: validation and issuer normalisation are being written (foundation issue).
QStringList Profile::defaultScopes()
{
    return {"openid", "offline_access", "profile", "email"};
}

QUrl Profile::defaultRedirectUri()
{
    return QUrl("https://oauth.powerbi.com/views/oauthredirect.html");
}

QSize Profile::defaultWindowSize()
{
    return QSize(1200, 1000);
}

QUrl Profile::normalizeIssuer(const QString &input, QString *error)
{
    Q_UNUSED(error);
    return QUrl(input);
}

QStringList Profile::validate() const
{
    return {};
}
