#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

// The in-memory event log of this run: sign-ins, refreshes, sign-outs and errors, newest
// last, at most MaxEntries. Texts come from the controller and are secret-free by
// construction; they pass through Diagnostics::redact() anyway before being kept.
class EventLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int MaxEntries = 200;
    enum Column { TimeColumn, ProfileColumn, EventColumn, ColumnCount };

    struct Entry
    {
        QDateTime at;
        QString profile;
        QString text;
        bool error = false;
    };

    explicit EventLogModel(QObject *parent = nullptr);

    void add(const QString &profile, const QString &text, bool error = false);
    const QList<Entry> &entries() const { return m_entries; }
    QString toPlainText() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Entry> m_entries;
};
