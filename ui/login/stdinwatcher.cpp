#include "stdinwatcher.h"

#include "common/logging.h"

#ifdef Q_OS_UNIX
#include <QSocketNotifier>
#include <cerrno>
#include <unistd.h>
#else
#include <iostream>
#include <string>
#include <thread>
#endif

StdinWatcher::StdinWatcher(QObject *parent)
    : QObject(parent)
{
#ifdef Q_OS_UNIX
    m_notifier = new QSocketNotifier(STDIN_FILENO, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &StdinWatcher::readAvailable);
#else
    // Windows cannot wait on an anonymous pipe in the event loop: read it on a thread
    // of its own, left blocked in read when the process ends (the OS reclaims it).
    std::thread([this] {
        std::string line;
        while (std::getline(std::cin, line)) {
            const QByteArray bytes = QByteArray::fromStdString(line);
            QMetaObject::invokeMethod(this, [this, bytes] { handleLine(bytes); },
                                      Qt::QueuedConnection);
        }
        QMetaObject::invokeMethod(this, &StdinWatcher::closed, Qt::QueuedConnection);
    }).detach();
#endif
}

#ifdef Q_OS_UNIX
void StdinWatcher::readAvailable()
{
    char chunk[256];
    const ssize_t count = ::read(STDIN_FILENO, chunk, sizeof chunk);
    if (count < 0 && (errno == EINTR || errno == EAGAIN))
        return;
    if (count <= 0) {
        m_notifier->setEnabled(false);
        qCInfo(lcUi) << "stdin closed: the parent process has gone";
        emit closed();
        return;
    }
    m_buffer.append(chunk, count);
    for (qsizetype end = m_buffer.indexOf('\n'); end >= 0; end = m_buffer.indexOf('\n')) {
        handleLine(m_buffer.left(end));
        m_buffer.remove(0, end + 1);
    }
    // Only short commands are expected; a parent writing garbage must not grow memory.
    if (m_buffer.size() > 1024)
        m_buffer.clear();
}
#endif

void StdinWatcher::handleLine(const QByteArray &line)
{
    const QByteArray command = line.trimmed();
    if (command == "raise")
        emit raiseRequested();
    else if (!command.isEmpty())
        qCDebug(lcUi) << "unknown command on stdin ignored";
}
