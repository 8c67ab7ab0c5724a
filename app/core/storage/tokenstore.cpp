#include "storage/tokenstore.h"

#include "common/logging.h"
#include "storage/profilename.h"

#include <QEventLoop>
#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <memory>

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#endif

namespace {

// QtKeychain reports "no session bus" and "no Secret Service" as OtherError; those
// are "unavailable" to the person (start or unlock the keyring), not a failure.
bool secretServiceUnreachable()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface())
        return true;
    return !bus.interface()->isServiceRegistered(QStringLiteral("org.freedesktop.secrets"));
#else
    return false;
#endif
}

const char *operationName(int operation)
{
    static const char *const names[] = {"read", "write", "delete"};
    return names[operation];
}

} // namespace

TokenStore::TokenStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
    bool ok = false;
    const int fromEnvironment = qEnvironmentVariableIntValue("SIGNIN_KEYCHAIN_TIMEOUT_MS", &ok);
    if (ok && fromEnvironment > 0)
        m_deadlineMs = fromEnvironment;
}

QString TokenStore::defaultService()
{
    return QStringLiteral("Connector Sign-In");
}

QString TokenStore::keyFor(const QString &profile)
{
    return profile + QStringLiteral("/refresh_token");
}

QString TokenStore::accessTokenKeyFor(const QString &profile)
{
    return profile + QStringLiteral("/access_token");
}

void TokenStore::setDeadline(int ms)
{
    m_deadlineMs = qMax(1, ms);
}

void TokenStore::readRefreshToken(const QString &profile, Callback done)
{
    read(profile, keyFor(profile), std::move(done));
}

void TokenStore::writeRefreshToken(const QString &profile, const QByteArray &token,
                                   Callback done)
{
    write(profile, keyFor(profile), token, std::move(done));
}

void TokenStore::deleteRefreshToken(const QString &profile, Callback done)
{
    remove(profile, keyFor(profile), std::move(done));
}

void TokenStore::readAccessToken(const QString &profile, Callback done)
{
    read(profile, accessTokenKeyFor(profile), std::move(done));
}

void TokenStore::writeAccessToken(const QString &profile, const QByteArray &token,
                                  Callback done)
{
    write(profile, accessTokenKeyFor(profile), token, std::move(done));
}

void TokenStore::deleteAccessToken(const QString &profile, Callback done)
{
    remove(profile, accessTokenKeyFor(profile), std::move(done));
}

KeychainResult TokenStore::readRefreshTokenSync(const QString &profile)
{
    return waitFor([this, profile](Callback done) { readRefreshToken(profile, done); });
}

KeychainResult TokenStore::writeRefreshTokenSync(const QString &profile, const QByteArray &token)
{
    return waitFor([this, profile, token](Callback done) {
        writeRefreshToken(profile, token, done);
    });
}

KeychainResult TokenStore::deleteRefreshTokenSync(const QString &profile)
{
    return waitFor([this, profile](Callback done) { deleteRefreshToken(profile, done); });
}

KeychainResult TokenStore::readAccessTokenSync(const QString &profile)
{
    return waitFor([this, profile](Callback done) { readAccessToken(profile, done); });
}

KeychainResult TokenStore::writeAccessTokenSync(const QString &profile, const QByteArray &token)
{
    return waitFor([this, profile, token](Callback done) {
        writeAccessToken(profile, token, done);
    });
}

KeychainResult TokenStore::deleteAccessTokenSync(const QString &profile)
{
    return waitFor([this, profile](Callback done) { deleteAccessToken(profile, done); });
}

void TokenStore::read(const QString &profile, const QString &key, Callback done)
{
    if (!ProfileName::isValid(profile)) {
        finishLater(Operation::Read, key,
                    KeychainResult::failure(KeychainResult::Kind::Failed,
                                            KeychainResult::Cause::InvalidProfile),
                    std::move(done));
        return;
    }
    run(new QKeychain::ReadPasswordJob(m_service), Operation::Read, key, std::move(done));
}

void TokenStore::write(const QString &profile, const QString &key, const QByteArray &secret,
                       Callback done)
{
    using Cause = KeychainResult::Cause;
    Cause refused = Cause::None;
    if (!ProfileName::isValid(profile))
        refused = Cause::InvalidProfile;
    else if (secret.isEmpty())
        refused = Cause::EmptySecret;
    else if (secret.size() > MaxSecretBytes)
        refused = Cause::SecretTooLarge; // never truncate: a cut token is a dead token
    if (refused != Cause::None) {
        finishLater(Operation::Write, key,
                    KeychainResult::failure(KeychainResult::Kind::Failed, refused,
                                            QString::number(secret.size())),
                    std::move(done));
        return;
    }

    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setBinaryData(secret);
    run(job, Operation::Write, key, std::move(done));
}

void TokenStore::remove(const QString &profile, const QString &key, Callback done)
{
    if (!ProfileName::isValid(profile)) {
        finishLater(Operation::Delete, key,
                    KeychainResult::failure(KeychainResult::Kind::Failed,
                                            KeychainResult::Cause::InvalidProfile),
                    std::move(done));
        return;
    }
    run(new QKeychain::DeletePasswordJob(m_service), Operation::Delete, key, std::move(done));
}

KeychainResult TokenStore::waitFor(const std::function<void(Callback)> &start)
{
    // `done` always comes later and at the latest at the deadline, so this returns.
    QEventLoop loop;
    KeychainResult result;
    bool finished = false;
    start([&](const KeychainResult &r) {
        result = r;
        finished = true;
        loop.quit();
    });
    if (!finished)
        loop.exec();
    return result;
}

void TokenStore::run(QKeychain::Job *job, Operation operation, const QString &key,
                     Callback done)
{
    // No QObject parent on purpose: the job may outlive this store (see the class
    // comment); autoDelete removes it once QtKeychain has answered.
    job->setKey(key);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);

    auto *deadline = new QTimer(this);
    deadline->setSingleShot(true);
    QPointer<QKeychain::Job> guard(job);
    auto answered = std::make_shared<bool>(false);

    connect(job, &QKeychain::Job::finished, this,
            [this, deadline, answered, operation, key, done](QKeychain::Job *finishedJob) {
                if (*answered)
                    return;
                *answered = true;
                deadline->stop();
                deadline->deleteLater();
                const KeychainResult result = resultOf(finishedJob, operation);
                log(operation, key, result);
                done(result);
            });
    connect(deadline, &QTimer::timeout, this,
            [this, deadline, guard, answered, operation, key, done] {
                if (*answered)
                    return;
                *answered = true;
                deadline->deleteLater();
                if (guard)
                    guard->disconnect(this); // a late answer goes nowhere
                const KeychainResult result = KeychainResult::failure(
                    KeychainResult::Kind::Unavailable, KeychainResult::Cause::Timeout,
                    QString::number((m_deadlineMs + 999) / 1000));
                qCWarning(lcKeychain) << operationName(int(operation)) << key
                                      << "no answer within" << m_deadlineMs << "ms";
                log(operation, key, result);
                done(result);
            });

    qCDebug(lcKeychain) << operationName(int(operation)) << key << "started";
    deadline->start(m_deadlineMs);
    job->start();
}

void TokenStore::finishLater(Operation operation, const QString &key,
                             const KeychainResult &result, Callback done)
{
    QMetaObject::invokeMethod(
        this,
        [operation, key, result, done] {
            log(operation, key, result);
            done(result);
        },
        Qt::QueuedConnection);
}

KeychainResult TokenStore::resultOf(QKeychain::Job *job, Operation operation) const
{
    using Kind = KeychainResult::Kind;
    const QKeychain::Error error = job->error();
    if (error != QKeychain::NoError) {
        // The backend's text names the problem, never a secret value.
        qCInfo(lcKeychain) << operationName(int(operation)) << "backend error" << int(error)
                           << job->errorString();
    }

    switch (error) {
    case QKeychain::NoError:
        if (operation == Operation::Read) {
            const auto *read = static_cast<QKeychain::ReadPasswordJob *>(job);
            return KeychainResult::success(read->binaryData());
        }
        return KeychainResult::success();
    case QKeychain::EntryNotFound:
        // Forgetting what is not there is done (sign-out and purge stay idempotent;
        // Windows reports a missing credential on delete, the Secret Service does not).
        if (operation == Operation::Delete)
            return KeychainResult::success();
        return KeychainResult::failure(Kind::NotFound);
    case QKeychain::AccessDeniedByUser:
        return KeychainResult::failure(Kind::Denied);
    case QKeychain::AccessDenied:
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
        // The libsecret backend reports a locked collection as AccessDenied.
        return KeychainResult::failure(Kind::Unavailable);
#else
        return KeychainResult::failure(Kind::Denied);
#endif
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return KeychainResult::failure(Kind::Unavailable);
    case QKeychain::OtherError:
        if (secretServiceUnreachable())
            return KeychainResult::failure(Kind::Unavailable);
        return KeychainResult::failure(Kind::Failed, KeychainResult::Cause::Backend,
                                       job->errorString());
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return KeychainResult::failure(Kind::Failed, KeychainResult::Cause::Backend,
                                   job->errorString());
}

void TokenStore::log(Operation operation, const QString &key, const KeychainResult &result)
{
    qCInfo(lcKeychain).noquote() << operationName(int(operation)) << key << "->"
                                 << KeychainResult::kindName(result.kind);
}
