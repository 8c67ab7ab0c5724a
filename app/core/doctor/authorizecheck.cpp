#include "doctor/authorizecheck.h"

#include <QRegularExpression>
#include <QUrlQuery>

using Verdict = DoctorCheck::Verdict;
using Id = DoctorCheck::Id;

namespace {
QString decodeEntities(QString text)
{
    static const QRegularExpression numeric(QStringLiteral("&#(x?)([0-9a-fA-F]+);"));
    QRegularExpressionMatch match;
    while ((match = numeric.match(text)).hasMatch()) {
        const uint code = match.captured(2).toUInt(nullptr, match.captured(1).isEmpty() ? 10 : 16);
        text.replace(match.capturedStart(), match.capturedLength(), QString(QChar(char16_t(code))));
    }
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

QString plainText(QString html)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    static const QRegularExpression space(QStringLiteral("\\s+"));
    html.replace(tags, QStringLiteral(" "));
    return decodeEntities(html).replace(space, QStringLiteral(" ")).trimmed();
}

// The text inside the element carrying id="<id>" (its own tags stripped).
QString elementText(const QString &html, const QString &id)
{
    const QRegularExpression element(
        QStringLiteral("<(\\w+)[^>]*\\bid=[\"']%1[\"'][^>]*>(.*?)</\\1>").arg(id),
        QRegularExpression::DotMatchesEverythingOption | QRegularExpression::CaseInsensitiveOption);
    return plainText(element.match(html).captured(2));
}

bool sameEndpoint(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host() == b.host() && a.port() == b.port() && a.path() == b.path();
}

DoctorCheck failure(const Profile &profile, AuthorizeCheck::Reason reason, const QString &seen)
{
    switch (reason) {
    case AuthorizeCheck::Reason::UnknownClient:
        return DoctorCheck::make(Id::Authorize, Verdict::Fail,
                                 AuthorizeCheck::tr("The tenant does not know the client id \"%1\" "
                                                    "(unknown client): %2").arg(profile.clientId, seen),
                                 AuthorizeCheck::tr("Copy the Client ID from the application's settings "
                                                    "in the Auth0 dashboard into the profile."));
    case AuthorizeCheck::Reason::RedirectMismatch:
        return DoctorCheck::make(Id::Authorize, Verdict::Fail,
                                 AuthorizeCheck::tr("The tenant refuses the redirect URI %1 (callback URL "
                                                    "mismatch): %2").arg(profile.redirectUri.toString(), seen),
                                 AuthorizeCheck::tr("Add %1 to the application's \"Allowed Callback URLs\" "
                                                    "in Auth0, or correct the profile's redirect URI.")
                                     .arg(profile.redirectUri.toString()));
    case AuthorizeCheck::Reason::Other:
    case AuthorizeCheck::Reason::Accepted:
        break;
    }
    return DoctorCheck::make(Id::Authorize, Verdict::Fail,
                             AuthorizeCheck::tr("The tenant refuses the sign-in request: %1").arg(seen),
                             AuthorizeCheck::tr("Check the application in Auth0: it must be a \"Native\" "
                                                "application with the Authorization Code grant enabled."));
}

QString joined(const QString &error, const QString &description)
{
    if (description.isEmpty())
        return error;
    return error.isEmpty() ? description : QStringLiteral("%1 (%2)").arg(description, error);
}
} // namespace

AuthorizeCheck::ErrorPage AuthorizeCheck::parseErrorPage(const QByteArray &bytes)
{
    const QString html = QString::fromUtf8(bytes);
    ErrorPage page;
    page.title = elementText(html, QStringLiteral("error-title"));
    page.description = elementText(html, QStringLiteral("error-description"));
    if (page.title.isEmpty()) {
        static const QRegularExpression title(QStringLiteral("<title[^>]*>(.*?)</title>"),
                                              QRegularExpression::DotMatchesEverythingOption
                                                  | QRegularExpression::CaseInsensitiveOption);
        page.title = plainText(title.match(html).captured(1));
    }
    if (page.description.isEmpty()) {
        static const QRegularExpression body(QStringLiteral("<body[^>]*>(.*)</body>"),
                                             QRegularExpression::DotMatchesEverythingOption
                                                 | QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch match = body.match(html);
        page.description = plainText(match.hasMatch() ? match.captured(1) : html).left(300);
    }
    return page;
}

AuthorizeCheck::Reason AuthorizeCheck::classify(const QString &error, const QString &description)
{
    const QString text = (error + QLatin1Char(' ') + description).toLower();
    // Auth0: "Callback URL mismatch." / oidc-provider: invalid_redirect_uri.
    if (text.contains(QLatin1String("callback url mismatch")) || text.contains(QLatin1String("redirect_uri"))
        || text.contains(QLatin1String("redirect uri")))
        return Reason::RedirectMismatch;
    // Auth0: "Unknown client: X" / unauthorized_client; oidc-provider: invalid_client.
    if (text.contains(QLatin1String("unknown client")) || text.contains(QLatin1String("invalid_client"))
        || text.contains(QLatin1String("unauthorized_client")))
        return Reason::UnknownClient;
    return Reason::Other;
}

DoctorCheck AuthorizeCheck::judge(const Profile &profile, const ProbeAnswer &answer)
{
    if (!answer.answered()) {
        DoctorCheck check = DoctorCheck::make(Id::Authorize, Verdict::Fail,
                                              tr("The authorize endpoint did not answer: %1")
                                                  .arg(answer.timedOut ? tr("timeout") : answer.errorString),
                                              tr("Check the network and try again."));
        check.network = true;
        return check;
    }
    if (answer.httpStatus >= 300 && answer.httpStatus < 400 && answer.location.isValid()) {
        const QUrlQuery query(answer.location);
        const QString error = query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded);
        if (error.isEmpty()) {
            return DoctorCheck::make(Id::Authorize, Verdict::Ok,
                                     tr("The tenant accepts the client id and the redirect URI "
                                        "(it leads to its login page)."));
        }
        const QString description = query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded);
        const Reason reason = classify(error, description);
        // Errors sent back to our own redirect URI prove the URI is fine: it is the client.
        const bool toRedirect = sameEndpoint(answer.location, profile.redirectUri);
        return failure(profile, toRedirect && reason == Reason::RedirectMismatch ? Reason::Other : reason,
                       joined(error, description));
    }
    if (answer.httpStatus >= 400) {
        const ErrorPage page = parseErrorPage(answer.body);
        return failure(profile, classify(page.title, page.description), joined(page.title, page.description));
    }
    return DoctorCheck::make(Id::Authorize, Verdict::Ok,
                             tr("The tenant accepts the client id and the redirect URI (HTTP %1).")
                                 .arg(answer.httpStatus));
}
