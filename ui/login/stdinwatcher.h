#pragma once

#include <QByteArray>
#include <QObject>

class QSocketNotifier;

// Listens to the parent process on stdin: a "raise" line asks to bring the window to the
// front (the caller keeps one login window per profile), and end of input means the
// parent has gone, so the window must not linger.
class StdinWatcher : public QObject
{
    Q_OBJECT

public:
    explicit StdinWatcher(QObject *parent = nullptr);

signals:
    void raiseRequested();
    void closed();

private:
    void handleLine(const QByteArray &line);
#ifdef Q_OS_UNIX
    void readAvailable();

    QSocketNotifier *m_notifier = nullptr;
    QByteArray m_buffer;
#endif
};
