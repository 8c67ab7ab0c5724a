#include "httplogin.h"

#include "auth/callback.h"
#include "auth/httpform.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>

namespace {

constexpr int MaxRedirects = 20;

QString unescapeHtml(QString text)
{
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

QString describe(int status, const QByteArray &body)
{
    return QStringLiteral("HTTP %1: %2").arg(status).arg(QString::fromUtf8(body.left(600)));
}

} // namespace

HttpLogin::HttpLogin(QNetworkAccessManager *nam)
    : m_nam(nam)
{
    // A fresh jar: every HttpLogin is a new browser session.
    m_nam->setCookieJar(new QNetworkCookieJar(m_nam));
}

QUrl HttpLogin::formAction(const QByteArray &html, const QUrl &pageUrl)
{
    static const QRegularExpression form(
        QStringLiteral(R"(<form\b[^>]*\baction\s*=\s*["']([^"']*)["'])"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = form.match(QString::fromUtf8(html));
    if (!match.hasMatch())
        return {};
    return pageUrl.resolved(QUrl(unescapeHtml(match.captured(1))));
}

HttpLogin::Step HttpLogin::send(const QUrl &url, const QByteArray &formBody)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(15000);
    QNetworkReply *reply;
    if (formBody.isNull()) {
        reply = m_nam->get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        reply = m_nam->post(request, formBody);
    }
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();

    Step step;
    step.url = url;
    step.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    step.body = reply->readAll();
    // Raw header: QNetworkRequest::LocationHeader drops relative references, which is
    // what the server sends ("/interaction/<uid>").
    const QByteArray location = reply->rawHeader("Location");
    if (!location.isEmpty())
        step.location = url.resolved(QUrl::fromEncoded(location));
    if (step.status == 0)
        step.error = url.toString(QUrl::RemoveQuery) + QStringLiteral(": ") + reply->errorString();
    reply->deleteLater();
    return step;
}

HttpLogin::Step HttpLogin::follow(Step step, const QUrl &redirectUri, QUrl *caught)
{
    for (int hops = 0; hops < MaxRedirects; ++hops) {
        if (step.status < 300 || step.status >= 400 || step.location.isEmpty())
            return step;
        if (Callback::matchesRedirect(step.location, redirectUri)) {
            *caught = step.location;
            return step;
        }
        step = send(step.location, QByteArray());
    }
    step.error = QStringLiteral("too many redirects");
    return step;
}

HttpLogin::Step HttpLogin::openLoginForm(const QUrl &authorizeUrl, const QUrl &redirectUri,
                                         QUrl *caught, QString *error)
{
    const Step page = follow(send(authorizeUrl, QByteArray()), redirectUri, caught);
    if (!caught->isEmpty())
        return page; // the server answered /authorize with an error redirect at once
    if (!page.error.isEmpty()) {
        *error = page.error;
    } else if (page.status != 200 || formAction(page.body, page.url).isEmpty()) {
        *error = QStringLiteral("no login form at the end of /authorize: ")
            + describe(page.status, page.body);
    }
    return page;
}

QUrl HttpLogin::submitAndCatch(const QUrl &authorizeUrl, const QUrl &redirectUri,
                               const QByteArray &formBody, QString *error)
{
    QUrl caught;
    error->clear();
    const Step form = openLoginForm(authorizeUrl, redirectUri, &caught, error);
    if (!caught.isEmpty() || !error->isEmpty())
        return caught;
    const Step after = follow(send(formAction(form.body, form.url), formBody), redirectUri,
                              &caught);
    if (caught.isEmpty())
        *error = after.error.isEmpty()
            ? QStringLiteral("the login did not redirect to the redirect URI: ")
                  + describe(after.status, after.body)
            : after.error;
    return caught;
}

QUrl HttpLogin::loginAndCatchRedirect(const QUrl &authorizeUrl, const QUrl &redirectUri,
                                      const QString &username, const QString &password,
                                      QString *error)
{
    return submitAndCatch(authorizeUrl, redirectUri,
                          formEncode({{QStringLiteral("username"), username.toUtf8()},
                                      {QStringLiteral("password"), password.toUtf8()}}),
                          error);
}

QUrl HttpLogin::denyAndCatchRedirect(const QUrl &authorizeUrl, const QUrl &redirectUri,
                                     QString *error)
{
    return submitAndCatch(authorizeUrl, redirectUri,
                          formEncode({{QStringLiteral("deny"), QByteArrayLiteral("1")}}), error);
}

QByteArray HttpLogin::loginExpectingPage(const QUrl &authorizeUrl, const QUrl &redirectUri,
                                         const QString &username, const QString &password,
                                         QString *error)
{
    QUrl caught;
    error->clear();
    const Step form = openLoginForm(authorizeUrl, redirectUri, &caught, error);
    if (!caught.isEmpty())
        *error = QStringLiteral("/authorize redirected to the redirect URI without a login form");
    if (!error->isEmpty())
        return {};
    const Step after = follow(send(formAction(form.body, form.url),
                                   formEncode({{QStringLiteral("username"), username.toUtf8()},
                                               {QStringLiteral("password"), password.toUtf8()}})),
                              redirectUri, &caught);
    if (!caught.isEmpty()) {
        *error = QStringLiteral("the server redirected to the redirect URI instead of a page");
        return {};
    }
    if (after.status != 200) {
        *error = after.error.isEmpty() ? describe(after.status, after.body) : after.error;
        return {};
    }
    return after.body;
}
