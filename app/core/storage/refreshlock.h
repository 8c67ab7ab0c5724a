#pragma once

#include <QString>

#include <memory>

class QLockFile;

// One refresh at a time per profile, across processes (status panel, CLI, a second
// CLI). Auth0 rotates refresh tokens and revokes the whole family when a rotated one
// is used again, so two processes must never refresh with the same token:
//
//   RefreshLock lock(profile);
//   if (!lock.tryLock(30000)) -> report "busy", keep the current state
//   re-read the refresh token from the keychain (a waiting caller finds the new one)
//   refresh, write the rotated token to the keychain
//   // the lock is released when `lock` goes out of scope
//
// The lock file lives in SettingsLocations::lockDirectory() as "<profile>.lock".
// A process that dies holding it leaves a stale lock: QLockFile sees that the
// recorded process is gone and takes it over; a lock older than StaleLockMs is also
// taken over, in case the holder hangs (a refresh is bounded by the network timeout,
// well under a minute).
class RefreshLock
{
public:
    static constexpr int StaleLockMs = 60 * 1000;

    explicit RefreshLock(const QString &profile);
    ~RefreshLock();
    RefreshLock(const RefreshLock &) = delete;
    RefreshLock &operator=(const RefreshLock &) = delete;

    // Waits up to timeoutMs (0: a single attempt). False for an invalid profile name,
    // an unwritable lock folder, or another holder still there at the timeout.
    bool tryLock(int timeoutMs);
    void unlock();
    bool isLocked() const;

    QString filePath() const { return m_path; }

private:
    QString m_profile;
    QString m_path;
    std::unique_ptr<QLockFile> m_file;
};
