// TokenStore against the real Secret Service (gnome-keyring, started unlocked by
// scripts/headless.sh). The "no bus" and "locked keyring" cases run this same binary
// as a child process in a different D-Bus environment ("--keychain-child" mode).

#include "isolatedenvironment.h"
#include "storage/tokenstore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

namespace {

const char kChildMode[] = "--keychain-child";
const QString kService = QStringLiteral("Connector Sign-In Tests");

// Child: <exe> --keychain-child <read|write|delete> <profile>; prints "<kind> <ms>".
int runChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QString operation = app.arguments().value(2);
    const QString profile = app.arguments().value(3);
    TokenStore store(kService);
    QElapsedTimer timer;
    timer.start();
    KeychainResult result;
    if (operation == QLatin1String("read"))
        result = store.readRefreshTokenSync(profile);
    else if (operation == QLatin1String("write"))
        result = store.writeRefreshTokenSync(profile, "child-refresh-token");
    else
        result = store.deleteRefreshTokenSync(profile);
    printf("%s %lld\n", qPrintable(KeychainResult::kindName(result.kind)),
           static_cast<long long>(timer.elapsed()));
    return 0;
}

struct ChildOutcome
{
    QString kind;
    QString childLine; // "<kind> <ms>" as the child printed it
    qint64 wallMs = 0;
    QString output;
};

} // namespace

class TstTokenStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void roundTrip_data();
    void roundTrip();
    void overwriteKeepsOneEntry();
    void deleteForgetsTheEntry();
    void readOfMissingEntryIsNotFound();
    void deleteOfMissingEntryIsOk();
    void refusedWrites_data();
    void refusedWrites();
    void accessTokenIsASeparateCacheEntry();
    void callbackNeverRunsInsideTheCall();
    void deadlineFromEnvironment();
    void lateAnswerAfterDeadlineIsIgnored();
    void noSessionBusIsUnavailable_data();
    void noSessionBusIsUnavailable();
    void lockedKeyringIsUnavailableWithinDeadline_data();
    void lockedKeyringIsUnavailableWithinDeadline();

private:
    QString newProfile();
    QString secretToolSearch() const;
    bool secretToolHas(const QString &profile) const;
    ChildOutcome runChildIn(const QString &program, const QStringList &arguments,
                            const QProcessEnvironment &environment) const;

    std::unique_ptr<IsolatedEnvironment> m_env;
    std::unique_ptr<TokenStore> m_store;
    QStringList m_profiles;
    QString m_secretTool;
};

QString TstTokenStore::newProfile()
{
    const QString profile = m_env->uniqueProfileName(QStringLiteral("tokenstore"));
    m_profiles << profile;
    return profile;
}

QString TstTokenStore::secretToolSearch() const
{
    QProcess tool;
    tool.setProcessChannelMode(QProcess::MergedChannels);
    tool.start(m_secretTool, {"search", "--all", "server", kService});
    tool.waitForFinished(10000);
    return QString::fromUtf8(tool.readAll());
}

bool TstTokenStore::secretToolHas(const QString &profile) const
{
    return secretToolSearch().contains(QStringLiteral("attribute.user = ")
                                       + TokenStore::keyFor(profile));
}

ChildOutcome TstTokenStore::runChildIn(const QString &program, const QStringList &arguments,
                                       const QProcessEnvironment &environment) const
{
    QProcess child;
    child.setProcessEnvironment(environment);
    child.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer timer;
    timer.start();
    child.start(program, arguments);
    // Generous: a hang shows up as a wall time far above the deadline, not as a kill.
    if (!child.waitForFinished(60000)) {
        child.kill();
        child.waitForFinished();
    }
    ChildOutcome outcome;
    outcome.wallMs = timer.elapsed();
    outcome.output = QString::fromUtf8(child.readAllStandardOutput());
    const QString lastLine = outcome.output.trimmed().split(QLatin1Char('\n')).last();
    outcome.kind = lastLine.section(QLatin1Char(' '), 0, 0);
    outcome.childLine = lastLine;
    outcome.output += QString::fromUtf8(child.readAllStandardError());
    return outcome;
}

void TstTokenStore::initTestCase()
{
    m_env = std::make_unique<IsolatedEnvironment>();
    m_store = std::make_unique<TokenStore>(kService);
    m_secretTool = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    QVERIFY2(!m_secretTool.isEmpty(), "secret-tool (libsecret-tools) is needed");

    const QString probe = newProfile();
    const KeychainResult written = m_store->writeRefreshTokenSync(probe, "probe");
    QVERIFY2(written.ok(), qPrintable(QStringLiteral("The Secret Service is not usable (%1); "
                                                     "run under scripts/headless.sh")
                                          .arg(written.message)));
}

void TstTokenStore::cleanupTestCase()
{
    if (!m_store)
        return;
    for (const QString &profile : std::as_const(m_profiles)) {
        m_store->deleteRefreshTokenSync(profile);
        m_store->deleteAccessTokenSync(profile);
    }
}

void TstTokenStore::roundTrip_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addRow("Auth0-sized opaque token (64 chars)")
        << QByteArray("v1.MRrR3kDq4Yx7pQh2Zs0aB9cDeFgHiJkLmNoPqRsTuVwXyZ-_0123456789ab");
    QTest::addRow("one character") << QByteArray("x");
    QTest::addRow("exactly the 2,500-byte limit") << QByteArray(TokenStore::MaxSecretBytes, 'a');
    QTest::addRow("bytes that are not text") << QByteArray("\x00\x01\xfe\xff tail", 9);
}

void TstTokenStore::roundTrip()
{
    QFETCH(QByteArray, token);
    const QString profile = newProfile();

    const KeychainResult written = m_store->writeRefreshTokenSync(profile, token);
    QVERIFY2(written.ok(), qPrintable(written.message));
    QVERIFY(written.message.isEmpty());

    const KeychainResult read = m_store->readRefreshTokenSync(profile);
    QCOMPARE(read.kind, KeychainResult::Kind::Ok);
    QCOMPARE(read.secret, token);

    // Seen from outside, as QtKeychain's libsecret backend files it.
    const QString found = secretToolSearch();
    QVERIFY2(found.contains(QStringLiteral("attribute.user = ") + TokenStore::keyFor(profile)),
             qPrintable(found));
    QVERIFY(found.contains(QStringLiteral("attribute.server = ") + kService));
    QVERIFY(found.contains(QStringLiteral("secret = ") + QString::fromLatin1(token.toBase64())));
}

void TstTokenStore::overwriteKeepsOneEntry()
{
    const QString profile = newProfile();
    QVERIFY(m_store->writeRefreshTokenSync(profile, "first-token").ok());
    QVERIFY(m_store->writeRefreshTokenSync(profile, "rotated-token").ok());

    QCOMPARE(m_store->readRefreshTokenSync(profile).secret, QByteArray("rotated-token"));
    const QString found = secretToolSearch();
    QCOMPARE(found.count(QStringLiteral("attribute.user = ") + TokenStore::keyFor(profile)), 1);
}

void TstTokenStore::deleteForgetsTheEntry()
{
    const QString profile = newProfile();
    QVERIFY(m_store->writeRefreshTokenSync(profile, "to-be-forgotten").ok());
    QVERIFY(secretToolHas(profile));

    QCOMPARE(m_store->deleteRefreshTokenSync(profile).kind, KeychainResult::Kind::Ok);
    QCOMPARE(m_store->readRefreshTokenSync(profile).kind, KeychainResult::Kind::NotFound);
    QVERIFY(!secretToolHas(profile));
}

void TstTokenStore::readOfMissingEntryIsNotFound()
{
    const KeychainResult read = m_store->readRefreshTokenSync(newProfile());
    QCOMPARE(read.kind, KeychainResult::Kind::NotFound);
    QVERIFY(read.secret.isEmpty());
    QVERIFY(!read.message.isEmpty());
}

void TstTokenStore::deleteOfMissingEntryIsOk()
{
    QCOMPARE(m_store->deleteRefreshTokenSync(newProfile()).kind, KeychainResult::Kind::Ok);
}

void TstTokenStore::refusedWrites_data()
{
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QByteArray>("token");
    QTest::addRow("one byte over the limit (never truncated)")
        << QString() << QByteArray(TokenStore::MaxSecretBytes + 1, 'a');
    QTest::addRow("a JWT-sized 4 KB access token")
        << QString() << QByteArray(4096, 'j');
    QTest::addRow("empty token") << QString() << QByteArray();
    QTest::addRow("profile name with a slash") << QStringLiteral("a/b") << QByteArray("t");
    QTest::addRow("profile name '..'") << QStringLiteral("..") << QByteArray("t");
    QTest::addRow("empty profile name") << QStringLiteral("") << QByteArray("t");
}

void TstTokenStore::refusedWrites()
{
    QFETCH(QString, profile);
    QFETCH(QByteArray, token);
    const bool validProfile = profile.isNull();
    if (validProfile)
        profile = newProfile();

    const KeychainResult written = m_store->writeRefreshTokenSync(profile, token);
    QCOMPARE(written.kind, KeychainResult::Kind::Failed);
    QVERIFY(!written.message.isEmpty());
    if (validProfile)
        QVERIFY(!secretToolHas(profile));
}

void TstTokenStore::accessTokenIsASeparateCacheEntry()
{
    const QString profile = newProfile();
    QVERIFY(m_store->writeRefreshTokenSync(profile, "refresh").ok());
    QCOMPARE(m_store->readAccessTokenSync(profile).kind, KeychainResult::Kind::NotFound);

    QVERIFY(m_store->writeAccessTokenSync(profile, "eyJhbGciOi.access.sig").ok());
    QCOMPARE(m_store->readAccessTokenSync(profile).secret, QByteArray("eyJhbGciOi.access.sig"));
    QCOMPARE(m_store->readRefreshTokenSync(profile).secret, QByteArray("refresh"));
    QVERIFY(secretToolSearch().contains(QStringLiteral("attribute.user = ")
                                        + TokenStore::accessTokenKeyFor(profile)));

    // A JWT too large for a Windows credential is refused, not cut; the cache is dropped.
    QCOMPARE(m_store->writeAccessTokenSync(profile, QByteArray(3000, 'j')).kind,
             KeychainResult::Kind::Failed);
    QVERIFY(m_store->deleteAccessTokenSync(profile).ok());
    QCOMPARE(m_store->readAccessTokenSync(profile).kind, KeychainResult::Kind::NotFound);
    QCOMPARE(m_store->readRefreshTokenSync(profile).secret, QByteArray("refresh"));
}

void TstTokenStore::callbackNeverRunsInsideTheCall()
{
    int refusedCalls = 0;
    int readCalls = 0;
    m_store->writeRefreshToken(QStringLiteral("not/valid"), "t",
                               [&](const KeychainResult &) { ++refusedCalls; });
    m_store->readRefreshToken(newProfile(), [&](const KeychainResult &) { ++readCalls; });
    QCOMPARE(refusedCalls, 0);
    QCOMPARE(readCalls, 0);
    QTRY_COMPARE(refusedCalls, 1);
    QTRY_COMPARE(readCalls, 1);
    QTest::qWait(100);
    QCOMPARE(refusedCalls, 1);
    QCOMPARE(readCalls, 1);
}

void TstTokenStore::deadlineFromEnvironment()
{
    QCOMPARE(TokenStore(kService).deadline(), TokenStore::DefaultDeadlineMs);
    qputenv("SIGNIN_KEYCHAIN_TIMEOUT_MS", "1234");
    const int fromEnvironment = TokenStore(kService).deadline();
    qunsetenv("SIGNIN_KEYCHAIN_TIMEOUT_MS");
    QCOMPARE(fromEnvironment, 1234);
}

void TstTokenStore::lateAnswerAfterDeadlineIsIgnored()
{
    const QString profile = newProfile();
    auto store = std::make_unique<TokenStore>(kService);
    store->setDeadline(1);

    int calls = 0;
    KeychainResult result;
    store->writeRefreshToken(profile, "late-token", [&](const KeychainResult &r) {
        ++calls;
        result = r;
    });
    // Let the deadline pass before the event loop even starts the job.
    QThread::msleep(50);
    QTRY_COMPARE(calls, 1);
    QCOMPARE(result.kind, KeychainResult::Kind::Unavailable);
    QVERIFY(!result.message.isEmpty());

    // The store goes away while the abandoned job still runs: its answer must go nowhere.
    store.reset();
    // The abandoned write is not cancelled (the backend cannot be): it lands later.
    QTRY_VERIFY_WITH_TIMEOUT(secretToolHas(profile), 10000);
    QTest::qWait(200);
    QCOMPARE(calls, 1);
}

void TstTokenStore::noSessionBusIsUnavailable_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addRow("read") << QStringLiteral("read");
    QTest::addRow("write") << QStringLiteral("write");
    QTest::addRow("delete") << QStringLiteral("delete");
}

void TstTokenStore::noSessionBusIsUnavailable()
{
    QFETCH(QString, operation);
    QTemporaryDir dir;
    QProcessEnvironment environment = m_env->processEnvironment();
    environment.insert("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + dir.path() + "/no-bus");
    environment.insert("SIGNIN_KEYCHAIN_TIMEOUT_MS", "5000");

    const ChildOutcome outcome =
        runChildIn(QCoreApplication::applicationFilePath(),
                   {kChildMode, operation, newProfile()}, environment);
    QVERIFY2(outcome.kind == QLatin1String("unavailable"), qPrintable(outcome.output));
    QVERIFY2(outcome.wallMs < 5000 + 5000, qPrintable(QString::number(outcome.wallMs)));
}

void TstTokenStore::lockedKeyringIsUnavailableWithinDeadline_data()
{
    QTest::addColumn<QString>("operation");
    QTest::addRow("read an entry of a locked keyring") << QStringLiteral("read");
    QTest::addRow("write into a locked keyring") << QStringLiteral("write");
}

void TstTokenStore::lockedKeyringIsUnavailableWithinDeadline()
{
    QFETCH(QString, operation);
    for (const char *tool : {"dbus-run-session", "gnome-keyring-daemon", "dbus-send"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty())
            QSKIP(qPrintable(QStringLiteral("%1 is not installed").arg(tool)));
    }

    // A private session bus with its own keyring, created unlocked, given one entry, then
    // locked through the Secret Service API. Under Xvfb the unlock prompt then waits
    // forever (the deadline must answer); without a display the prompt fails at once.
    QTemporaryDir dir;
    const QString profile = newProfile();
    const QString script = QStringLiteral(

        "eval \"$(printf test | gnome-keyring-daemon --unlock --components=secrets)\"\n"
        // QtKeychain looks entries up by user, server and type.
        "printf locked-token | secret-tool store --label=t server \"$SERVICE\" user \"$KEY\" "
        "type plaintext || exit 91\n"
        "dbus-send --session --print-reply --dest=org.freedesktop.secrets "
        "/org/freedesktop/secrets org.freedesktop.Secret.Service.Lock "
        "array:objpath:/org/freedesktop/secrets/collection/login >/dev/null || exit 90\n"
        "exec \"$CHILD\" \"$CHILD_MODE\" \"$OPERATION\" \"$PROFILE\"\n");

    QVERIFY(QDir().mkpath(dir.path() + "/data"));
    QVERIFY(QDir().mkpath(dir.path() + "/runtime"));
    QFile::setPermissions(dir.path() + "/runtime",
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcessEnvironment environment = m_env->processEnvironment();
    environment.insert("XDG_DATA_HOME", dir.path() + "/data");
    environment.insert("XDG_RUNTIME_DIR", dir.path() + "/runtime");
    environment.insert("SIGNIN_KEYCHAIN_TIMEOUT_MS", "3000");
    environment.insert("SERVICE", kService);
    environment.insert("KEY", TokenStore::keyFor(profile));
    environment.insert("CHILD", QCoreApplication::applicationFilePath());
    environment.insert("CHILD_MODE", QString::fromLatin1(kChildMode));
    environment.insert("OPERATION", operation);
    environment.insert("PROFILE", profile);

    const ChildOutcome outcome =
        runChildIn(QStringLiteral("dbus-run-session"), {"--", "sh", "-c", script}, environment);
    qInfo("%s with %s: child says \"%s\", %lld ms in all", qPrintable(operation),
          qEnvironmentVariableIsSet("DISPLAY") ? "a display (the prompt hangs)" : "no display",
          qPrintable(outcome.childLine), static_cast<long long>(outcome.wallMs));
    QVERIFY2(outcome.kind == QLatin1String("unavailable"), qPrintable(outcome.output));
    // 3 s deadline + keyring start-up; a hang would show as 60 s.
    QVERIFY2(outcome.wallMs < 3000 + 10000, qPrintable(QString::number(outcome.wallMs)));
}

int main(int argc, char **argv)
{
    if (argc >= 4 && qstrcmp(argv[1], kChildMode) == 0)
        return runChild(argc, argv);
    QCoreApplication app(argc, argv);
    TstTokenStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_tokenstore.moc"
