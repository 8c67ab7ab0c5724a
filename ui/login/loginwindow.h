#pragma once

#include <QMainWindow>
#include <QUrl>

class ErrorView;
class LoginPage;
class PageInfoBar;
class QProgressBar;
class QStackedWidget;
class QWebEngineLoadingInfo;
class QWebEngineProfile;
class QWebEngineView;

// The login window: the provider's sign-in page under a strip naming its host, a thin
// progress bar, and an inline error view with "Try again" when the page cannot load.
//
//   LoginWindow window(redirectUri, profile);
//   connect(&window, &LoginWindow::callbackCaught, ...);  // print it, exit 0
//   connect(&window, &LoginWindow::cancelled, ...);       // exit 6
//   window.show();
//   window.open(authorizeUrl);
class LoginWindow : public QMainWindow
{
    Q_OBJECT

public:
    LoginWindow(const QUrl &redirectUri, QWebEngineProfile *profile, QWidget *parent = nullptr);
    ~LoginWindow() override;

    void open(const QUrl &url);
    void bringToFront();

signals:
    void callbackCaught(const QUrl &callbackUrl);
    void cancelled();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void onCallbackCaught(const QUrl &callbackUrl);
    void onLoadingChanged(const QWebEngineLoadingInfo &info);
    void onRenderProcessTerminated(int status, int exitCode);
    void retry();

    LoginPage *m_page;
    QWebEngineView *m_view;
    PageInfoBar *m_infoBar;
    QProgressBar *m_progress;
    ErrorView *m_errorView;
    QStackedWidget *m_stack;
    QUrl m_lastUrl;
    bool m_finished = false;
};
