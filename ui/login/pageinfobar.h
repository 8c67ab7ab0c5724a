#pragma once

#include <QWidget>

class QLabel;
class QUrl;

// The strip above the page: a lock (or a warning) with the host the person is talking
// to, and the page's title, so that a look-alike sign-in page is easier to notice.
class PageInfoBar : public QWidget
{
    Q_OBJECT

public:
    explicit PageInfoBar(QWidget *parent = nullptr);

    void setUrl(const QUrl &url);
    void setPageTitle(const QString &title);

private:
    QLabel *m_lock;
    QLabel *m_host;
    QLabel *m_title;
};
