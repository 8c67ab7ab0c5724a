#pragma once

#include "notice.h"

#include <QFrame>

class QLabel;
class QToolButton;

// An inline banner at the top of the window (like KeePassXC's MessageWidget): says what
// just happened without a modal box to click away. Hidden until there is something to say.
class MessageBanner : public QFrame
{
    Q_OBJECT
public:
    explicit MessageBanner(QWidget *parent = nullptr);

    void showNotice(const Notice &notice);
    void dismiss();
    QString text() const;
    Notice::Kind kind() const { return m_kind; }

private:
    void applyColours();

    QLabel *m_label;
    QToolButton *m_close;
    Notice::Kind m_kind = Notice::Kind::Info;
};
