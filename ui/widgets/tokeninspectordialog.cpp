#include "tokeninspectordialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

TokenInspectorDialog::TokenInspectorDialog(const QString &profileName,
                                           const QList<QPair<QString, QString>> &rows, QWidget *parent)
    : QDialog(parent)
    , m_table(new QTableWidget(int(rows.size()), 2, this))
{
    setObjectName(QStringLiteral("tokenInspector"));
    setWindowTitle(tr("Token inspector — %1").arg(profileName));
    setAccessibleName(windowTitle());
    setMinimumSize(520, 320);
    m_table->setObjectName(QStringLiteral("claimsTable"));
    m_table->setAccessibleName(tr("Token claims"));
    m_table->setHorizontalHeaderLabels({tr("Claim"), tr("Value")});
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    for (int row = 0; row < rows.size(); ++row) {
        m_table->setItem(row, 0, new QTableWidgetItem(rows.at(row).first));
        m_table->setItem(row, 1, new QTableWidgetItem(rows.at(row).second));
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeRowsToContents();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(640, 380);
}

QString TokenInspectorDialog::text() const
{
    QString text;
    for (int row = 0; row < m_table->rowCount(); ++row)
        text += m_table->item(row, 0)->text() + QStringLiteral(": ") + m_table->item(row, 1)->text() + QLatin1Char('\n');
    return text;
}
