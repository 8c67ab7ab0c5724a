#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;

// Signs in at the test server's login form over plain HTTP, without a browser, so that
// tests get a real authorization code:
//
//   QNetworkAccessManager nam;
//   HttpLogin login(&nam);
//   QString error;
//   const QUrl caught = login.loginAndCatchRedirect(request.url, profile.redirectUri,
//                                                   TestServer::username(),
//                                                   TestServer::password(), &error);
//   const Callback cb = Callback::parse(caught, profile.redirectUri, request.state);
//
// It follows redirects by hand with the NAM's cookie jar (a fresh one per HttpLogin),
// posts the form to its `action`, and stops at the first Location that is the redirect
// URI, which it returns WITHOUT requesting it: exactly what the login window does.
// Synchronous (a local event loop): test code only.
class HttpLogin
{
public:
    explicit HttpLogin(QNetworkAccessManager *nam);

    // The caught redirect (carrying code and state, or error), or an empty QUrl and *error.
    QUrl loginAndCatchRedirect(const QUrl &authorizeUrl, const QUrl &redirectUri,
                               const QString &username, const QString &password,
                               QString *error);

    // Presses "Cancel" (deny=1): the redirect then carries error=access_denied.
    QUrl denyAndCatchRedirect(const QUrl &authorizeUrl, const QUrl &redirectUri, QString *error);

    // Posts the credentials and returns the HTML page the server answers with instead
    // of a redirect (the form again, with "Wrong email or password."). Empty and *error
    // when the server redirected after all.
    QByteArray loginExpectingPage(const QUrl &authorizeUrl, const QUrl &redirectUri,
                                  const QString &username, const QString &password,
                                  QString *error);

    // The <form action> of a page, resolved against the page's URL; empty when none.
    static QUrl formAction(const QByteArray &html, const QUrl &pageUrl);

private:
    struct Step
    {
        QUrl url;
        int status = 0;
        QUrl location; // resolved against url
        QByteArray body;
        QString error;
    };

    Step send(const QUrl &url, const QByteArray &formBody);
    // Follows 3xx from `step` until a page arrives or a Location is the redirect URI.
    Step follow(Step step, const QUrl &redirectUri, QUrl *caught);
    Step openLoginForm(const QUrl &authorizeUrl, const QUrl &redirectUri, QUrl *caught,
                       QString *error);
    QUrl submitAndCatch(const QUrl &authorizeUrl, const QUrl &redirectUri,
                        const QByteArray &formBody, QString *error);

    QNetworkAccessManager *m_nam;
};
