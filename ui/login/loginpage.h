#pragma once

#include <QUrl>
#include <QWebEnginePage>

class QWebEngineCertificateError;

// The web page of the login window. It shows the identity provider's pages and
// watches every navigation: the one to the redirect URI is caught and never loaded.
//
//   authorize URL -> Auth0 login form -> 302 to https://oauth.powerbi.com/...?code&state
//                                         |
//              acceptNavigationRequest: exact match -> refuse, emit callbackCaught(url)
//
// Everything a sign-in page does not need is refused: new windows stay in this page,
// permission requests are denied, invalid certificates are rejected (never ignored).
class LoginPage : public QWebEnginePage
{
    Q_OBJECT

public:
    LoginPage(QWebEngineProfile *profile, const QUrl &redirectUri, QObject *parent = nullptr);

    // True once the redirect was caught: every later navigation is refused, and the
    // aborted load that follows the refusal is not an error.
    bool hasCaughtRedirect() const { return m_redirectCaught; }

signals:
    void callbackCaught(const QUrl &callbackUrl);
    void certificateRejected(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                  int lineNumber, const QString &sourceId) override;

private:
    void rejectCertificate(const QWebEngineCertificateError &error);
    void denyPermission(const QUrl &origin, Feature feature);

    QUrl m_redirectUri;
    bool m_redirectCaught = false;
};
