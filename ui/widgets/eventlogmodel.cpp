#include "eventlogmodel.h"

#include "diagnostics/redact.h"

#include <QApplication>
#include <QLocale>
#include <QPalette>
#include <QStyle>

EventLogModel::EventLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void EventLogModel::add(const QString &profile, const QString &text, bool error)
{
    if (m_entries.size() >= MaxEntries) {
        beginRemoveRows({}, 0, 0);
        m_entries.removeFirst();
        endRemoveRows();
    }
    beginInsertRows({}, m_entries.size(), m_entries.size());
    m_entries.append({QDateTime::currentDateTime(), profile, Diagnostics::redact(text), error});
    endInsertRows();
}

QString EventLogModel::toPlainText() const
{
    QString text;
    for (const Entry &entry : m_entries)
        text += QStringLiteral("%1\t%2\t%3\n").arg(entry.at.toString(Qt::ISODate), entry.profile, entry.text);
    return text;
}

int EventLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int EventLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &entry = m_entries.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case TimeColumn: return QLocale().toString(entry.at.time(), QLocale::LongFormat);
        case ProfileColumn: return entry.profile;
        case EventColumn: return entry.text;
        }
    }
    if (role == Qt::DecorationRole && index.column() == EventColumn && entry.error)
        return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    if (role == Qt::ToolTipRole && index.column() == TimeColumn)
        return QLocale().toString(entry.at, QLocale::LongFormat);
    return {};
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn: return tr("Time");
    case ProfileColumn: return tr("Profile");
    case EventColumn: return tr("Event");
    }
    return {};
}
