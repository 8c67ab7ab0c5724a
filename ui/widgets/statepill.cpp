#include "statepill.h"

#include "statecolors.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

StatePill::StatePill(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    QFont bold = font();
    bold.setBold(true);
    setFont(bold);
}

void StatePill::setState(ProfileStatus::State state, const QString &text)
{
    m_state = state;
    m_text = text;
    setAccessibleName(tr("State: %1").arg(text));
    updateGeometry();
    update();
}

QSize StatePill::sizeHint() const
{
    const QFontMetrics metrics(font());
    const int dot = metrics.height() / 2;
    return {metrics.horizontalAdvance(m_text) + dot + metrics.height() * 3 / 2,
            metrics.height() + metrics.height() / 2};
}

void StatePill::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const QColor fill = StateColors::background(m_state, palette());
    const QColor ink = StateColors::foreground(m_state, palette());
    painter.setPen(QPen(ink, 1));
    painter.setBrush(fill);
    painter.drawRoundedRect(box, box.height() / 2, box.height() / 2);

    const QFontMetrics metrics(font());
    const qreal dot = metrics.height() / 2.0;
    const qreal left = metrics.height() / 2.0;
    painter.setPen(Qt::NoPen);
    painter.setBrush(ink);
    painter.drawEllipse(QRectF(left, (height() - dot) / 2, dot, dot));
    painter.setPen(ink);
    painter.drawText(QRectF(left + dot + metrics.height() / 3.0, 0, width(), height()),
                     Qt::AlignVCenter | Qt::AlignLeft, m_text);
}

void StatePill::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}
