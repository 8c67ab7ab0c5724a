#pragma once

#include <QDialog>

class EventLogModel;

// The event log of this run (EventLogModel), newest at the bottom, with "Copy".
class EventLogDialog : public QDialog
{
    Q_OBJECT
public:
    EventLogDialog(EventLogModel *model, QWidget *parent = nullptr);
};
