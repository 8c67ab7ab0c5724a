#include "errorview.h"

#include "loadfailure.h"

#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QHBoxLayout>
#include <QVBoxLayout>

ErrorView::ErrorView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_message(new QLabel(this))
    , m_retry(new QPushButton(tr("Try again"), this))
{
    setAutoFillBackground(true);

    auto *icon = new QLabel(this);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(48, 48));
    icon->setAlignment(Qt::AlignCenter);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    m_title->setAccessibleName(tr("Error"));

    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Error details"));

    m_retry->setAccessibleName(tr("Try again"));
    m_retry->setAccessibleDescription(tr("Loads the sign-in page again"));
    m_retry->setDefault(true);
    connect(m_retry, &QPushButton::clicked, this, &ErrorView::retryRequested);

    // A fixed-width column keeps long messages readable; wrapped labels only get their
    // full height when their width is fixed (an aligned layout item would clip them).
    auto *column = new QWidget(this);
    column->setFixedWidth(520);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(icon);
    columnLayout->addSpacing(12);
    columnLayout->addWidget(m_title);
    columnLayout->addWidget(m_message);
    columnLayout->addSpacing(16);
    columnLayout->addWidget(m_retry, 0, Qt::AlignHCenter);

    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(column);
    row->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addLayout(row);
    layout->addStretch(3);
}

void ErrorView::showFailure(const LoadFailure &failure)
{
    m_title->setText(failure.title());
    m_message->setText(failure.message());
    m_retry->setFocus();
}
