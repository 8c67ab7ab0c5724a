#include "loginwindow.h"

#include "errorview.h"
#include "loadfailure.h"
#include "loginpage.h"
#include "pageinfobar.h"

#include "common/benchmarker.h"
#include "common/logging.h"

#include <QCloseEvent>
#include <QProgressBar>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QWebEngineLoadingInfo>
#include <QWebEngineView>

LoginWindow::LoginWindow(const QUrl &redirectUri, QWebEngineProfile *profile, QWidget *parent)
    : QMainWindow(parent)
    , m_page(new LoginPage(profile, redirectUri, this))
    , m_view(new QWebEngineView(this))
    , m_infoBar(new PageInfoBar(this))
    , m_progress(new QProgressBar(this))
    , m_errorView(new ErrorView(this))
    , m_stack(new QStackedWidget(this))
{
    m_view->setPage(m_page);
    m_view->setAccessibleName(tr("Sign-in page"));

    m_progress->setRange(0, 100);
    m_progress->setTextVisible(false);
    m_progress->setFixedHeight(3);
    m_progress->setAccessibleName(tr("Loading progress"));

    m_stack->addWidget(m_view);
    m_stack->addWidget(m_errorView);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_infoBar);
    layout->addWidget(m_progress);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    connect(m_page, &LoginPage::callbackCaught, this, &LoginWindow::onCallbackCaught);
    connect(m_page, &LoginPage::certificateRejected, this, [this](const QUrl &url) {
        m_errorView->showFailure(LoadFailure(LoadFailure::Kind::Certificate, url.host()));
        m_stack->setCurrentWidget(m_errorView);
    });
    connect(m_page, &QWebEnginePage::loadingChanged, this, &LoginWindow::onLoadingChanged);
    connect(m_page, &QWebEnginePage::loadProgress, m_progress, &QProgressBar::setValue);
    connect(m_page, &QWebEnginePage::urlChanged, m_infoBar, &PageInfoBar::setUrl);
    connect(m_page, &QWebEnginePage::titleChanged, m_infoBar, &PageInfoBar::setPageTitle);
    connect(m_page, &QWebEnginePage::renderProcessTerminated, this,
            [this](QWebEnginePage::RenderProcessTerminationStatus status, int exitCode) {
                onRenderProcessTerminated(int(status), exitCode);
            });
    // A page that closes itself (window.close()) ends the sign-in like the person would.
    connect(m_page, &QWebEnginePage::windowCloseRequested, this, &QWidget::close);
    connect(m_errorView, &ErrorView::retryRequested, this, &LoginWindow::retry);
}

LoginWindow::~LoginWindow()
{
    // The page must go before its profile (owned by the caller), which outlives us.
    m_view->setPage(nullptr);
    delete m_page;
}

void LoginWindow::open(const QUrl &url)
{
    qCInfo(lcUi) << "opening the sign-in page at" << url.host();
    m_lastUrl = url;
    m_infoBar->setUrl(url);
    m_stack->setCurrentWidget(m_view);
    m_page->load(url);
}

void LoginWindow::bringToFront()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

void LoginWindow::closeEvent(QCloseEvent *event)
{
    event->accept();
    if (!m_finished) {
        m_finished = true;
        qCInfo(lcUi) << "login window closed before the redirect: cancelled";
        emit cancelled();
    }
}

void LoginWindow::onCallbackCaught(const QUrl &callbackUrl)
{
    if (m_finished)
        return;
    m_finished = true;
    // Hide first: the person sees the window go at once, whatever the caller does next.
    hide();
    emit callbackCaught(callbackUrl);
}

void LoginWindow::onLoadingChanged(const QWebEngineLoadingInfo &info)
{
    switch (info.status()) {
    case QWebEngineLoadingInfo::LoadStartedStatus:
        m_progress->setValue(0);
        m_progress->show();
        return;
    case QWebEngineLoadingInfo::LoadSucceededStatus:
        m_progress->hide();
        m_lastUrl = info.url();
        BenchMarker::mark("page-loaded"); // tests/bench only; off by default
        return;
    case QWebEngineLoadingInfo::LoadStoppedStatus:
        m_progress->hide();
        return;
    case QWebEngineLoadingInfo::LoadFailedStatus:
        break;
    }
    m_progress->hide();
    // Refusing the redirect aborts that load (ERR_ABORTED): expected, not an error.
    if (m_page->hasCaughtRedirect())
        return;
    // An HTTP error status still has a page to show: the server's own error page.
    if (info.errorDomain() == QWebEngineLoadingInfo::HttpStatusCodeDomain)
        return;
    // A load replaced by another one (a click while loading) is aborted, not failed.
    constexpr int ErrAborted = -3;
    if (info.errorCode() == ErrAborted)
        return;
    qCWarning(lcUi) << "sign-in page failed to load from" << info.url().host()
                    << "domain" << info.errorDomain() << "code" << info.errorCode();
    m_lastUrl = info.url();
    m_errorView->showFailure(LoadFailure::fromLoadingInfo(info));
    m_stack->setCurrentWidget(m_errorView);
}

void LoginWindow::onRenderProcessTerminated(int status, int exitCode)
{
    if (status == QWebEnginePage::NormalTerminationStatus || m_finished)
        return;
    qCWarning(lcUi) << "page renderer ended, status" << status << "exit code" << exitCode;
    m_errorView->showFailure(LoadFailure(LoadFailure::Kind::PageCrashed, m_lastUrl.host()));
    m_stack->setCurrentWidget(m_errorView);
}

void LoginWindow::retry()
{
    qCInfo(lcUi) << "trying again";
    open(m_lastUrl);
}
