#pragma once

#include "config/profile.h"
#include "doctor/doctorcheck.h"
#include "doctor/httpprobe.h"

#include <QCoreApplication>

// 4. Does /authorize accept our client id and redirect URI? A GET of a real authorize
// URL (AuthorizationRequest::create), redirects not followed, tells:
//
//   302/303 to a login page                         -> ok
//   302/303 to the redirect URI with error=...      -> fail (e.g. unauthorized_client)
//   4xx HTML page ("Callback URL mismatch", "Unknown client", the test server's
//   id="error-title" / id="error-description")     -> fail with the reason
class AuthorizeCheck
{
    Q_DECLARE_TR_FUNCTIONS(AuthorizeCheck)
public:
    enum class Reason { Accepted, UnknownClient, RedirectMismatch, Other };

    // What an error page says, read from its markup.
    struct ErrorPage
    {
        QString title;       // id="error-title", else <title>
        QString description; // id="error-description", else the text of the page
    };

    static DoctorCheck judge(const Profile &profile, const ProbeAnswer &answer);

    static ErrorPage parseErrorPage(const QByteArray &html);
    // Sorts an error code and text (Auth0's or oidc-provider's wording) into a reason.
    static Reason classify(const QString &error, const QString &description);
};
