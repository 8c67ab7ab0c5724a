#include "emptystate.h"

#include "appicon.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("emptyState"));
    auto *icon = new QLabel(this);
    icon->setPixmap(AppIcon::icon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);
    icon->setAccessibleName(tr("Connector Sign-In"));

    auto *title = new QLabel(tr("No connection is set up yet"), this);
    title->setObjectName(QStringLiteral("emptyTitle"));
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.3);
    title->setFont(font);
    title->setAlignment(Qt::AlignCenter);

    auto *text = new QLabel(tr("Enter your organisation's Auth0 tenant and client ID to let the "
                               "Power BI connector sign you in. Your IT department can tell you both."),
                            this);
    text->setObjectName(QStringLiteral("emptyText"));
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);

    auto *configure = new QPushButton(tr("&Configure…"), this);
    configure->setObjectName(QStringLiteral("configureButton"));
    configure->setAccessibleName(tr("Configure"));
    configure->setDefault(true);
    connect(configure, &QPushButton::clicked, this, &EmptyState::configureRequested);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(icon);
    layout->addWidget(title);
    layout->addWidget(text);
    layout->addSpacing(12);
    layout->addWidget(configure, 0, Qt::AlignHCenter);
    layout->addStretch();
    setFocusProxy(configure);
}
