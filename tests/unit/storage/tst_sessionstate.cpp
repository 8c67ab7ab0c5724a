// SessionStateStore: per-profile, non-secret session metadata in the user's "state"
// settings file, shared by the CLI and the status panel (so: several processes).

#include "isolatedenvironment.h"
#include "storage/sessionstate.h"

#include <QProcess>
#include <QSettings>
#include <QTest>
#include <QTimeZone>

#include <memory>

namespace {

const char kChildMode[] = "--write-state";

SessionState signedInState()
{
    SessionState state;
    state.subject = "auth0|64f1c0ffee";
    state.name = "Test Person";
    state.email = "test@example.com";
    state.scopes = {"openid", "offline_access", "profile", "email"};
    state.accessTokenExpiresAt = QDateTime(QDate(2031, 5, 6), QTime(7, 8, 9, 123), Qt::UTC);
    state.refreshTokenStored = true;
    state.refreshTokenFingerprint = SessionStateStore::fingerprint("refresh-token-value");
    state.lastRefreshAt = QDateTime(QDate(2031, 5, 6), QTime(6, 8, 9), Qt::UTC);
    state.lastRefreshResult = "ok";
    state.lastError = QString();
    state.nextRefreshAt = QDateTime(QDate(2031, 5, 6), QTime(7, 3, 9), Qt::UTC);
    state.needsSignIn = false;
    state.lastLoginHint = "test@example.com";
    return state;
}

// Child: <exe> --write-state <profile> <subject>
int runChild(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    SessionState state = signedInState();
    state.subject = app.arguments().value(3);
    SessionStateStore().save(app.arguments().value(2), state);
    return 0;
}

} // namespace

class TstSessionState : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void savedStateLoadsBackEqual();
    void unknownProfileIsSignedOut();
    void timesAreStoredAsUtc();
    void clearForgetsOnlyThatProfile();
    void invalidProfileNameIsNeverWritten();
    void fingerprint_data();
    void fingerprint();
    void fileHoldsTheFingerprintNotTheToken();
    void anotherProcessSeesAndKeepsWrites();

private:
    std::unique_ptr<IsolatedEnvironment> m_env;
    SessionStateStore m_store;
};

void TstSessionState::initTestCase()
{
    m_env = std::make_unique<IsolatedEnvironment>();
}

void TstSessionState::savedStateLoadsBackEqual()
{
    const SessionState state = signedInState();
    m_store.save("work", state);
    const SessionState loaded = m_store.load("work");
    QCOMPARE(loaded.subject, state.subject);
    QCOMPARE(loaded.scopes, state.scopes);
    QCOMPARE(loaded.accessTokenExpiresAt, state.accessTokenExpiresAt);
    QCOMPARE(loaded.refreshTokenFingerprint, state.refreshTokenFingerprint);
    QVERIFY(loaded == state);

    SessionState needsSignIn = state;
    needsSignIn.needsSignIn = true;
    needsSignIn.refreshTokenStored = false;
    needsSignIn.lastRefreshResult = "invalid_grant";
    needsSignIn.lastError = "Sign in again.";
    m_store.save("work", needsSignIn);
    QVERIFY(m_store.load("work") == needsSignIn);
}

void TstSessionState::unknownProfileIsSignedOut()
{
    const SessionState loaded = m_store.load("never-used");
    QVERIFY(loaded == SessionState());
    QVERIFY(!loaded.refreshTokenStored);
    QVERIFY(!loaded.accessTokenExpiresAt.isValid());
}

void TstSessionState::timesAreStoredAsUtc()
{
    SessionState state;
    state.nextRefreshAt =
        QDateTime(QDate(2030, 1, 2), QTime(12, 0), QTimeZone(7200));
    m_store.save("tz", state);

    const SessionState loaded = m_store.load("tz");
    QCOMPARE(loaded.nextRefreshAt.timeSpec(), Qt::UTC);
    QCOMPARE(loaded.nextRefreshAt, QDateTime(QDate(2030, 1, 2), QTime(10, 0), Qt::UTC));
    QSettings file(QSettings::IniFormat, QSettings::UserScope, "ConnectorSignIn", "state");
    QCOMPARE(file.value("sessions/tz/next_refresh_at").toString(),
             QStringLiteral("2030-01-02T10:00:00.000Z"));
}

void TstSessionState::clearForgetsOnlyThatProfile()
{
    m_store.save("one", signedInState());
    m_store.save("two", signedInState());
    m_store.clear("one");
    QVERIFY(m_store.load("one") == SessionState());
    QVERIFY(m_store.load("two") == signedInState());
}

void TstSessionState::invalidProfileNameIsNeverWritten()
{
    m_store.save("../escape", signedInState());
    QSettings file(QSettings::IniFormat, QSettings::UserScope, "ConnectorSignIn", "state");
    QVERIFY(!file.allKeys().join(' ').contains("escape"));
    QVERIFY(m_store.load("../escape") == SessionState());
}

void TstSessionState::fingerprint_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QString>("expected");
    // SHA-256("abc") = ba7816bf 8f01cfea... (FIPS 180-2 example)
    QTest::addRow("FIPS 180-2 'abc'") << QByteArray("abc") << "ba7816bf";
    QTest::addRow("'test'") << QByteArray("test") << "9f86d081";
    QTest::addRow("empty secret has no fingerprint") << QByteArray() << QString();
}

void TstSessionState::fingerprint()
{
    QFETCH(QByteArray, secret);
    QFETCH(QString, expected);
    QCOMPARE(SessionStateStore::fingerprint(secret), expected);
}

void TstSessionState::fileHoldsTheFingerprintNotTheToken()
{
    const QByteArray token = "v1.secret-refresh-token-never-in-files";
    SessionState state = signedInState();
    state.refreshTokenFingerprint = SessionStateStore::fingerprint(token);
    m_store.save("secret-check", state);

    QSettings settings(QSettings::IniFormat, QSettings::UserScope, "ConnectorSignIn", "state");
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray contents = file.readAll();
    QVERIFY(!contents.contains(token));
    QVERIFY(contents.contains(state.refreshTokenFingerprint.toLatin1()));
}

void TstSessionState::anotherProcessSeesAndKeepsWrites()
{
    SessionState mine = signedInState();
    mine.subject = "parent-before";
    m_store.save("parent", mine);

    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {kChildMode, "child", "from-child"});
    QVERIFY(child.waitForFinished(30000));
    QCOMPARE(child.exitCode(), 0);

    // This process sees the other's write, and its own next write keeps it.
    QCOMPARE(m_store.load("child").subject, QStringLiteral("from-child"));
    mine.subject = "parent-after";
    m_store.save("parent", mine);
    QCOMPARE(m_store.load("child").subject, QStringLiteral("from-child"));
    QCOMPARE(m_store.load("parent").subject, QStringLiteral("parent-after"));
}

int main(int argc, char **argv)
{
    if (argc >= 4 && qstrcmp(argv[1], kChildMode) == 0)
        return runChild(argc, argv);
    QCoreApplication app(argc, argv);
    TstSessionState test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_sessionstate.moc"
