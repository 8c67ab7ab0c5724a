#include "loginpage.h"

#include "auth/callback.h"
#include "common/logging.h"

#include <QWebEngineCertificateError>
#include <QWebEngineFileSystemAccessRequest>
#include <QWebEngineFullScreenRequest>
#include <QWebEngineRegisterProtocolHandlerRequest>

LoginPage::LoginPage(QWebEngineProfile *profile, const QUrl &redirectUri, QObject *parent)
    : QWebEnginePage(profile, parent)
    , m_redirectUri(redirectUri)
{
    connect(this, &QWebEnginePage::certificateError, this, &LoginPage::rejectCertificate);
    connect(this, &QWebEnginePage::featurePermissionRequested, this, &LoginPage::denyPermission);
    connect(this, &QWebEnginePage::fullScreenRequested, this,
            [](QWebEngineFullScreenRequest request) { request.reject(); });
    connect(this, &QWebEnginePage::registerProtocolHandlerRequested, this,
            [](QWebEngineRegisterProtocolHandlerRequest request) { request.reject(); });
    connect(this, &QWebEnginePage::fileSystemAccessRequested, this,
            [](QWebEngineFileSystemAccessRequest request) { request.reject(); });
}

bool LoginPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    // After the catch the window is about to close: nothing else may load.
    if (m_redirectCaught)
        return false;
    // By URL, whatever the navigation type: the provider's answer arrives as a 302
    // (NavigationTypeRedirect), a form post or a script navigation. Refusing here means
    // Chromium never opens a connection to the redirect host.
    if (Callback::matchesRedirect(url, m_redirectUri)) {
        m_redirectCaught = true;
        qCInfo(lcUi) << "redirect caught; navigation type" << type << "main frame" << isMainFrame;
        emit callbackCaught(url);
        return false;
    }
    qCDebug(lcUi) << "navigation to" << url.host() << "type" << type << "main frame" << isMainFrame;
    return true;
}

QWebEnginePage *LoginPage::createWindow(WebWindowType type)
{
    // One window only: a "new window" opens in this page, where it is still watched.
    qCInfo(lcUi) << "new window request kept in the login window; type" << type;
    return this;
}

void LoginPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level,
                                         const QString &message, int lineNumber,
                                         const QString &sourceId)
{
    // The default logs the source URL, whose query can hold the state or the code.
    Q_UNUSED(message);
    Q_UNUSED(lineNumber);
    qCDebug(lcUi) << "page console message, level" << level << "from" << QUrl(sourceId).host();
}

void LoginPage::rejectCertificate(const QWebEngineCertificateError &error)
{
    qCWarning(lcUi) << "certificate rejected for" << error.url().host() << "type" << error.type();
    // The signal hands out a const reference; the decision is made on a copy that
    // shares the same request.
    QWebEngineCertificateError decision = error;
    decision.rejectCertificate();
    emit certificateRejected(error.url());
}

void LoginPage::denyPermission(const QUrl &origin, Feature feature)
{
    qCInfo(lcUi) << "permission denied:" << feature << "for" << origin.host();
    setFeaturePermission(origin, feature, PermissionDeniedByUser);
}
