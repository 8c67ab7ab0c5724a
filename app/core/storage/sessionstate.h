#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

// What the status panel and `status --json` show about a profile's session. Nothing
// here is secret: the refresh token itself lives in the keychain (TokenStore), and
// only the first 8 hex digits of its SHA-256 are kept, to tell tokens apart.
struct SessionState
{
    QString subject; // ID token "sub"
    QString name;
    QString email;
    QStringList scopes; // as granted
    QDateTime accessTokenExpiresAt; // UTC
    bool refreshTokenStored = false;
    QString refreshTokenFingerprint;
    QDateTime lastRefreshAt;
    QString lastRefreshResult; // "ok", "invalid_grant", "transient", "configuration", "keychain"
    QString lastError;         // translated text, never a secret
    QDateTime nextRefreshAt;
    bool needsSignIn = false;
    QString lastLoginHint; // email, sent as login_hint when signing in again

    bool operator==(const SessionState &other) const;
    bool operator!=(const SessionState &other) const { return !(*this == other); }
};

// Per-profile SessionState in its own per-user settings file ("state", beside the
// profiles). Every call opens the file afresh, so a process sees what another process
// (the CLI, the status panel) wrote last; QSettings writes under a lock file and
// replaces the file whole, so concurrent writers cannot corrupt it: last writer wins.
class SessionStateStore
{
public:
    SessionState load(const QString &profile) const;
    void save(const QString &profile, const SessionState &state);
    void clear(const QString &profile);

    // First 8 hex digits of SHA-256(secret); empty for an empty secret.
    static QString fingerprint(const QByteArray &secret);
};
