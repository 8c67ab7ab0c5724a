#include "storage/refreshlock.h"

#include "common/logging.h"
#include "storage/profilename.h"
#include "storage/settingslocations.h"

#include <QElapsedTimer>
#include <QLockFile>

RefreshLock::RefreshLock(const QString &profile)
    : m_profile(profile)
{
    if (!ProfileName::isValid(profile))
        return;
    m_path = SettingsLocations::lockDirectory() + QLatin1Char('/') + profile
             + QStringLiteral(".lock");
    m_file = std::make_unique<QLockFile>(m_path);
    m_file->setStaleLockTime(StaleLockMs);
}

RefreshLock::~RefreshLock()
{
    unlock();
}

bool RefreshLock::tryLock(int timeoutMs)
{
    if (!m_file) {
        qCWarning(lcSession) << "refresh lock: invalid profile name";
        return false;
    }
    if (m_file->isLocked())
        return true;

    QElapsedTimer waited;
    waited.start();
    if (m_file->tryLock(qMax(0, timeoutMs))) {
        qCDebug(lcSession) << "refresh lock" << m_profile << "taken after" << waited.elapsed()
                           << "ms";
        return true;
    }
    // Polling callers ask with a zero timeout many times a second: not worth an info line.
    qCDebug(lcSession) << "refresh lock" << m_profile << "not taken:" << m_file->error()
                       << "after" << waited.elapsed() << "ms";
    return false;
}

void RefreshLock::unlock()
{
    if (m_file && m_file->isLocked()) {
        m_file->unlock();
        qCDebug(lcSession) << "refresh lock" << m_profile << "released";
    }
}

bool RefreshLock::isLocked() const
{
    return m_file && m_file->isLocked();
}
