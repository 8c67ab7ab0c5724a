#pragma once

#include "storage/keychainresult.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace QKeychain {
class Job;
}

// Keeps each profile's refresh token in the operating system's keychain (Secret
// Service, Windows Credential Manager, macOS Keychain) through QtKeychain.
//
//   TokenStore store;
//   store.readRefreshToken("default", [](const KeychainResult &r) {
//       if (r.ok()) useRefreshToken(r.secret);
//       else if (r.kind == KeychainResult::Kind::NotFound) askToSignIn();
//       else showBanner(r.message);
//   });
//
// Item: service "Connector Sign-In", key "<profile>/refresh_token" (the Secret Service
// shows them as attributes server=<service>, user=<key>). The insecure plain-text
// fallback is off: no keychain means no stored sign-in, never a token in a file.
//
// The refresh token is the one secret that must survive: it is what a sign-in buys.
// The access token is only a cache (key "<profile>/access_token") so that a second
// process - a `token` call, the status panel - can use it instead of refreshing again
// (each refresh rotates the refresh token). It is best effort on purpose: an Auth0
// access token (a JWT) can exceed the 2,560-byte Windows Credential Manager entry, so a
// write may be refused (Failed) and the caller keeps that token in memory only; it lives
// at most 24 h anyway, so a fresh one is one refresh away.
//
// Every job has a deadline. With a locked keyring, the Secret Service waits forever on a
// password prompt nobody can see (e.g. under Xvfb); at the deadline the caller gets
// Unavailable. The abandoned job is then detached, never deleted: QtKeychain's
// libsecret backend holds a raw pointer to it in a callback that cannot be cancelled,
// so it must stay alive until it answers (its answer is ignored; it deletes itself).
// Until it does, QtKeychain queues this process' later jobs behind it, so they time
// out too - consistent with "the keychain is locked". A write that timed out may still
// land if the keyring is unlocked later.
class TokenStore : public QObject
{
    Q_OBJECT

public:
    using Callback = std::function<void(const KeychainResult &)>;

    static constexpr int DefaultDeadlineMs = 10000;
    // Windows Credential Manager holds 2,560 bytes per entry; keep a margin.
    static constexpr int MaxSecretBytes = 2500;

    // `service` is overridable for tests; the environment variable
    // SIGNIN_KEYCHAIN_TIMEOUT_MS overrides the default deadline (tests again).
    explicit TokenStore(const QString &service = defaultService(), QObject *parent = nullptr);

    static QString defaultService();
    static QString keyFor(const QString &profile);            // "<profile>/refresh_token"
    static QString accessTokenKeyFor(const QString &profile); // "<profile>/access_token"

    QString service() const { return m_service; }
    int deadline() const { return m_deadlineMs; }
    void setDeadline(int ms);

    // `done` is always called exactly once, later, from the event loop (never from
    // inside the call), unless this TokenStore is destroyed first. Deleting an entry
    // that does not exist is Ok.
    void readRefreshToken(const QString &profile, Callback done);
    void writeRefreshToken(const QString &profile, const QByteArray &token, Callback done);
    void deleteRefreshToken(const QString &profile, Callback done);

    // The access-token cache: same rules, same limits (see the class comment).
    void readAccessToken(const QString &profile, Callback done);
    void writeAccessToken(const QString &profile, const QByteArray &token, Callback done);
    void deleteAccessToken(const QString &profile, Callback done);

    // For the CLI: the same, waiting in a local event loop (at most the deadline).
    KeychainResult readRefreshTokenSync(const QString &profile);
    KeychainResult writeRefreshTokenSync(const QString &profile, const QByteArray &token);
    KeychainResult deleteRefreshTokenSync(const QString &profile);
    KeychainResult readAccessTokenSync(const QString &profile);
    KeychainResult writeAccessTokenSync(const QString &profile, const QByteArray &token);
    KeychainResult deleteAccessTokenSync(const QString &profile);

private:
    enum class Operation { Read, Write, Delete };

    void read(const QString &profile, const QString &key, Callback done);
    void write(const QString &profile, const QString &key, const QByteArray &secret,
               Callback done);
    void remove(const QString &profile, const QString &key, Callback done);
    void run(QKeychain::Job *job, Operation operation, const QString &key, Callback done);
    void finishLater(Operation operation, const QString &key, const KeychainResult &result,
                     Callback done);
    KeychainResult resultOf(QKeychain::Job *job, Operation operation) const;
    KeychainResult waitFor(const std::function<void(Callback)> &start);
    static void log(Operation operation, const QString &key, const KeychainResult &result);

    QString m_service;
    int m_deadlineMs = DefaultDeadlineMs;
};
