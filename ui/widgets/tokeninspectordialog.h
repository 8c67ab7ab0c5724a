#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

class QTableWidget;

// Shows TokenInspection's rows for one profile: for support staff asking "which API,
// which scopes, until when?". Read-only, copyable, no secret in it.
class TokenInspectorDialog : public QDialog
{
    Q_OBJECT
public:
    TokenInspectorDialog(const QString &profileName, const QList<QPair<QString, QString>> &rows,
                         QWidget *parent = nullptr);

    QString text() const; // everything shown, as "label: value" lines

private:
    QTableWidget *m_table;
};
