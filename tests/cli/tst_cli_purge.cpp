#include "clirunner.h"
#include "isolatedenvironment.h"

#include "storage/sessionstate.h"
#include "storage/tokenstore.h"

#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

#include <memory>

// `purge`: the uninstaller's "forget my secrets", checked in the real Secret Service.
class TestCliPurge : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void nothingStoredIsSuccess();
    void forgetsEverySecretButKeepsConfiguration();
    void unavailableKeychainNamesWhatWasNotPurged();

private:
    CliRun cli(const QStringList &arguments) const { return runCli(arguments, m_env->processEnvironment()); }
    static QString secretServiceItems(const QString &profile);
    QString stateFile() const { return m_env->userConfigDir() + "/ConnectorSignIn/state.ini"; }

    std::unique_ptr<IsolatedEnvironment> m_env;
};

void TestCliPurge::initTestCase()
{
    m_env = std::make_unique<IsolatedEnvironment>();
    if (QStandardPaths::findExecutable("secret-tool").isEmpty())
        QSKIP("secret-tool (libsecret-tools) is needed to look into the Secret Service");
}

void TestCliPurge::init()
{
    QFile::remove(m_env->userConfigDir() + "/ConnectorSignIn/profiles.ini");
    QFile::remove(m_env->systemConfigDir() + "/ConnectorSignIn/profiles.ini");
    QFile::remove(stateFile());
}

// What the Secret Service itself holds for this profile, as `secret-tool` shows it.
QString TestCliPurge::secretServiceItems(const QString &profile)
{
    QProcess tool;
    tool.start("secret-tool", {"search", "--all", "server", TokenStore::defaultService(),
                               "user", TokenStore::keyFor(profile)});
    tool.waitForFinished(10000);
    return QString::fromUtf8(tool.readAllStandardOutput() + tool.readAllStandardError());
}

void TestCliPurge::nothingStoredIsSuccess()
{
    const CliRun run = cli({"purge"});
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(run.out.contains("Nothing was stored"), run.describe());
}

void TestCliPurge::forgetsEverySecretButKeepsConfiguration()
{
    const QString user = m_env->uniqueProfileName("cli-purge-user");
    const QString managed = m_env->uniqueProfileName("cli-purge-managed");
    const QString orphan = m_env->uniqueProfileName("cli-purge-orphan"); // only a session left
    QCOMPARE(cli({"configure", "--profile", user, "--domain", "u.example.com", "--client-id", "u"}).exitCode, 0);
    QCOMPARE(cli({"configure", "--profile", managed, "--domain", "m.example.com", "--client-id", "m",
                  "--system"}).exitCode, 0);

    TokenStore tokens;
    SessionStateStore states;
    for (const QString &name : {user, managed, orphan}) {
        const KeychainResult written = tokens.writeRefreshTokenSync(name, "rt-" + name.toUtf8());
        QVERIFY2(written.ok(), qPrintable(written.message));
        SessionState state;
        state.refreshTokenStored = true;
        state.refreshTokenFingerprint = SessionStateStore::fingerprint("rt-" + name.toUtf8());
        states.save(name, state);
        QVERIFY2(secretServiceItems(name).contains(TokenStore::keyFor(name)), qPrintable(secretServiceItems(name)));
    }
    QVERIFY(QFile::exists(stateFile()));

    const CliRun run = cli({"purge"});
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(run.out.contains("3 profile"), run.describe());

    for (const QString &name : {user, managed, orphan}) {
        QCOMPARE(tokens.readRefreshTokenSync(name).kind, KeychainResult::Kind::NotFound);
        QVERIFY2(!secretServiceItems(name).contains(TokenStore::keyFor(name)), qPrintable(secretServiceItems(name)));
    }
    QVERIFY2(!QFile::exists(stateFile()), "the session state goes with the secrets");
    // The configuration stays: IT's above all.
    QVERIFY(QFile::exists(m_env->systemConfigDir() + "/ConnectorSignIn/profiles.ini"));
    const CliRun profiles = cli({"profiles"});
    QVERIFY2(profiles.out.contains(user) && profiles.out.contains(managed), profiles.describe());
}

void TestCliPurge::unavailableKeychainNamesWhatWasNotPurged()
{
    const QString name = m_env->uniqueProfileName("cli-purge-locked");
    QCOMPARE(cli({"configure", "--profile", name, "--domain", "u.example.com", "--client-id", "u"}).exitCode, 0);

    QProcessEnvironment environment = m_env->processEnvironment();
    environment.insert("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
    environment.insert("SIGNIN_KEYCHAIN_TIMEOUT_MS", "3000");
    const CliRun run = runCli({"purge"}, environment);
    QVERIFY2(run.exitCode == 4, run.describe());
    QVERIFY2(run.err.contains("Not purged: " + name), run.describe());
}

QTEST_GUILESS_MAIN(TestCliPurge)
#include "tst_cli_purge.moc"
