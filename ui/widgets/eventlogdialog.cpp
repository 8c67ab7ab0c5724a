#include "eventlogdialog.h"

#include "eventlogmodel.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

EventLogDialog::EventLogDialog(EventLogModel *model, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("eventLog"));
    setWindowTitle(tr("Event log"));
    setAccessibleName(windowTitle());
    setMinimumSize(560, 300);
    auto *view = new QTableView(this);
    view->setObjectName(QStringLiteral("eventLogView"));
    view->setAccessibleName(tr("Recent events"));
    view->setModel(model);
    view->verticalHeader()->setVisible(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->resizeColumnsToContents();
    view->scrollToBottom();
    connect(model, &EventLogModel::rowsInserted, view, &QTableView::scrollToBottom);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copyEventsButton"));
    copy->setAccessibleName(tr("Copy events"));
    connect(copy, &QPushButton::clicked, this, [model] {
        QGuiApplication::clipboard()->setText(model->toPlainText());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(view);
    layout->addWidget(buttons);
    resize(720, 400);
}
