#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// The outcome of one keychain operation. The UI and the CLI switch on `kind`
// (the CLI maps Unavailable to exit code 4); `message` is the translated,
// actionable text, made here and nowhere else.
struct KeychainResult
{
    Q_DECLARE_TR_FUNCTIONS(KeychainResult)

public:
    enum class Kind {
        Ok,
        NotFound,
        Unavailable, // no backend, no session bus, locked, timed out
        Denied,      // the person (or the OS on their behalf) refused access
        Failed,      // anything else, including a refused request (too large, bad profile)
    };

    // Why a result is what it is, when the kind alone does not say it; picks the text.
    enum class Cause {
        None,
        Backend,        // the keychain said so; `detail` is its (secret-free) error text
        Timeout,        // no answer before the deadline (typically a locked keyring's prompt)
        SecretTooLarge, // would not fit a Windows Credential Manager entry
        EmptySecret,
        InvalidProfile,
    };

    Kind kind = Kind::Failed;
    QByteArray secret; // only for a successful read; never logged
    QString message;   // empty for Ok

    bool ok() const { return kind == Kind::Ok; }

    static KeychainResult success(const QByteArray &secret = {});
    // `detail`: the backend's error text, or a number for SecretTooLarge/Timeout.
    static KeychainResult failure(Kind kind, Cause cause = Cause::Backend,
                                  const QString &detail = {});

    // Stable lower-case names for logs and JSON ("ok", "not_found", "unavailable", ...).
    static QString kindName(Kind kind);
};
