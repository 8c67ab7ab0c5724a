#include "pageinfobar.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QUrl>

PageInfoBar::PageInfoBar(QWidget *parent)
    : QWidget(parent)
    , m_lock(new QLabel(this))
    , m_host(new QLabel(this))
    , m_title(new QLabel(this))
{
    QFont hostFont = m_host->font();
    hostFont.setBold(true);
    m_host->setFont(hostFont);
    m_host->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setTextFormat(Qt::PlainText);
    m_host->setTextFormat(Qt::PlainText);
    m_title->setAccessibleName(tr("Page title"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->setSpacing(6);
    layout->addWidget(m_lock);
    layout->addWidget(m_host);
    layout->addSpacing(12);
    layout->addWidget(m_title, 1);
}

void PageInfoBar::setUrl(const QUrl &url)
{
    const bool secure = url.scheme() == QLatin1String("https");
    const QString icon = secure ? QStringLiteral(":/login/lock.png")
                                : QStringLiteral(":/login/warning.png");
    m_lock->setPixmap(QIcon(icon).pixmap(16, 16));
    m_lock->setToolTip(secure ? tr("Secure connection") : tr("Not secure"));
    m_lock->setAccessibleName(m_lock->toolTip());
    // The host only: the path and query (state, challenge) are of no use to the reader.
    m_host->setText(secure ? url.host() : tr("Not secure: %1").arg(url.host()));
    m_host->setAccessibleName(secure ? tr("Connected securely to %1").arg(url.host())
                                     : tr("Connected without encryption to %1").arg(url.host()));
}

void PageInfoBar::setPageTitle(const QString &title)
{
    // A page without a title reports its URL instead, query (state, code) included:
    // not worth showing, and not something to put on screen.
    const bool isAddress = title.startsWith(QLatin1String("http:"), Qt::CaseInsensitive)
                           || title.startsWith(QLatin1String("https:"), Qt::CaseInsensitive);
    m_title->setText(isAddress ? QString() : title);
}
