#pragma once

#include <QWidget>

// What the window shows before any profile exists: what the program is for and one
// button to set up the "default" profile.
class EmptyState : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyState(QWidget *parent = nullptr);

signals:
    void configureRequested();
};
