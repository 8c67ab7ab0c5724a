#include "messagebanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_label->setObjectName(QStringLiteral("messageText"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_close->setObjectName(QStringLiteral("messageClose"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
    m_close->setAutoRaise(true);
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close message"));

    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_close, &QToolButton::clicked, this, &MessageBanner::dismiss);
    setVisible(false);
}

void MessageBanner::showNotice(const Notice &notice)
{
    m_kind = notice.kind;
    m_label->setText(notice.text);
    setAccessibleName(tr("Message: %1").arg(notice.text));
    applyColours();
    setVisible(true);
}

void MessageBanner::dismiss()
{
    setVisible(false);
}

QString MessageBanner::text() const
{
    return isVisible() ? m_label->text() : QString();
}

void MessageBanner::applyColours()
{
    // Tinted from the palette so the banner follows light and dark themes.
    int hue = 210;
    switch (m_kind) {
    case Notice::Kind::Info: hue = 210; break;
    case Notice::Kind::Positive: hue = 130; break;
    case Notice::Kind::Warning: hue = 40; break;
    case Notice::Kind::Error: hue = 0; break;
    }
    QPalette pal = parentWidget() ? parentWidget()->palette() : palette();
    const bool dark = pal.color(QPalette::Window).lightness() < 128;
    pal.setColor(QPalette::Window, dark ? QColor::fromHsl(hue, 90, 55) : QColor::fromHsl(hue, 160, 225));
    pal.setColor(QPalette::WindowText, dark ? QColor::fromHsl(hue, 40, 235) : QColor::fromHsl(hue, 120, 35));
    setPalette(pal);
}
