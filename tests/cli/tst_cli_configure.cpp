#include "common/identity.h"
#include "clirunner.h"
#include "isolatedenvironment.h"

#include "auth/discovery.h"
#include "storage/tokenstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

// `configure`: writing and removing profiles in both scopes, and every refusal with
// its exit code and a message that names the argument to fix.
class TestCliConfigure : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void refusesBadArguments_data();
    void refusesBadArguments();
    void acceptsIssuerForms_data();
    void acceptsIssuerForms();
    void storesEveryOption();
    void keepsEarlierValuesNotGivenAgain();
    void systemScopeIsWrittenToXdgConfigDirsAndWins();
    void userCannotChangeAManagedField();
    void userMayRepeatAManagedValue();
    void systemScopeNeedsAWritableFolder();
    void issuerChangeDropsTheDiscoveryCache();
    void removeDeletesProfileAndStoredSignIn();
    void removeOfUnknownProfileIsAUsageError();
    void removeOfManagedProfileNeedsSystem();

private:
    CliRun cli(const QStringList &arguments) const { return runCli(arguments, m_env->processEnvironment()); }
    QJsonObject profileJson(const QString &name) const;
    QString userFile() const { return m_env->userConfigDir() + "/ConnectorSignIn/profiles.ini"; }
    QString systemFile() const { return m_env->systemConfigDir() + "/ConnectorSignIn/profiles.ini"; }

    std::unique_ptr<IsolatedEnvironment> m_env;
};

void TestCliConfigure::initTestCase()
{
    m_env = std::make_unique<IsolatedEnvironment>();
    // The same identity as the program, so that cache paths agree.
    Identity::apply();
}

void TestCliConfigure::init()
{
    QFile::remove(userFile());
    QFile::remove(systemFile());
}

QJsonObject TestCliConfigure::profileJson(const QString &name) const
{
    const CliRun run = cli({"profiles", "--json"});
    const QJsonArray profiles = QJsonDocument::fromJson(run.out.toUtf8()).array();
    for (const QJsonValue &profile : profiles) {
        if (profile["profile"].toString() == name)
            return profile.toObject();
    }
    return {};
}

void TestCliConfigure::refusesBadArguments_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    const QStringList base{"configure", "--profile", "p"};
    QTest::addRow("missing --client-id") << base + QStringList{"--domain", "tenant.eu.auth0.com"}
                                         << "--client-id is required";
    QTest::addRow("both --issuer and --domain")
        << base + QStringList{"--issuer", "https://a.example.com/", "--domain", "b.example.com", "--client-id", "c"}
        << "exactly one of --issuer URL or --domain HOST";
    QTest::addRow("neither --issuer nor --domain") << base + QStringList{"--client-id", "c"}
                                                   << "exactly one of --issuer URL or --domain HOST";
    QTest::addRow("issuer with spaces") << base + QStringList{"--issuer", "my tenant", "--client-id", "c"}
                                        << "--issuer: The issuer \"my tenant\" contains spaces";
    QTest::addRow("issuer with another scheme") << base + QStringList{"--issuer", "ftp://tenant.example.com", "--client-id", "c"}
                                                << "--issuer: The issuer must be an https:// address";
    QTest::addRow("issuer without a dot") << base + QStringList{"--issuer", "tenant", "--client-id", "c"}
                                          << "--issuer: \"tenant\" is not a complete domain";
    QTest::addRow("plain http on a public host")
        << base + QStringList{"--issuer", "http://tenant.eu.auth0.com/", "--client-id", "c"}
        << "--issuer: Plain http:// is not allowed for \"tenant.eu.auth0.com\"";
    QTest::addRow("URL given to --domain") << base + QStringList{"--domain", "https://tenant.eu.auth0.com", "--client-id", "c"}
                                           << "--domain: give only the host name";
    QTest::addRow("client id with spaces") << base + QStringList{"--domain", "t.example.com", "--client-id", "a b"}
                                           << "--client-id: The client ID \"a b\" contains spaces";
    QTest::addRow("scopes without offline_access")
        << base + QStringList{"--domain", "t.example.com", "--client-id", "c", "--scope", "openid email"}
        << "--scope: The scopes must include \"offline_access\"";
    QTest::addRow("redirect URI over plain http")
        << base + QStringList{"--domain", "t.example.com", "--client-id", "c", "--redirect-uri", "http://evil.example.com/cb"}
        << "--redirect-uri: The redirect URI must use https://";
    QTest::addRow("window size not WxH")
        << base + QStringList{"--domain", "t.example.com", "--client-id", "c", "--window-size", "big"}
        << "--window-size: \"big\" is not WIDTHxHEIGHT";
    QTest::addRow("window size too small")
        << base + QStringList{"--domain", "t.example.com", "--client-id", "c", "--window-size", "100x100"}
        << "--window-size: The login window size 100x100 is not usable";
    QTest::addRow("profile name with a slash")
        << QStringList{"configure", "--profile", "a/b", "--domain", "t.example.com", "--client-id", "c"}
        << "--profile: \"a/b\" is not a valid profile name";
    QTest::addRow("--remove with other options")
        << base + QStringList{"--remove", "--client-id", "c"} << "--client-id cannot be combined with --remove";
}

void TestCliConfigure::refusesBadArguments()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun run = cli(arguments);
    QVERIFY2(run.exitCode == 2, run.describe());
    QVERIFY2(run.err.contains(message), run.describe());
    QVERIFY2(!QFile::exists(userFile()) && !QFile::exists(systemFile()), "nothing may be written");
}

void TestCliConfigure::acceptsIssuerForms_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("issuer");
    QTest::addRow("bare domain with --domain") << QStringList{"--domain", "Tenant.EU.auth0.com"}
                                               << "https://tenant.eu.auth0.com/";
    QTest::addRow("bare domain with --issuer") << QStringList{"--issuer", "tenant.eu.auth0.com"}
                                               << "https://tenant.eu.auth0.com/";
    QTest::addRow("https URL without slash") << QStringList{"--issuer", "https://login.example.com"}
                                             << "https://login.example.com/";
    QTest::addRow("plain http on 127.0.0.1") << QStringList{"--issuer", "http://127.0.0.1:8080"}
                                             << "http://127.0.0.1:8080/";
    QTest::addRow("plain http on localhost") << QStringList{"--issuer", "http://localhost:3000/"}
                                             << "http://localhost:3000/";
}

void TestCliConfigure::acceptsIssuerForms()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, issuer);
    const CliRun run = cli(QStringList{"configure", "--profile", "forms", "--client-id", "abc"} + arguments);
    QVERIFY2(run.exitCode == 0, run.describe());
    QCOMPARE(profileJson("forms")["issuer"].toString(), issuer);
}

void TestCliConfigure::storesEveryOption()
{
    const CliRun run = cli({"configure", "--domain", "tenant.example.com", "--client-id", "abc",
                            "--audience", "https://api.example.com/", "--scope", "openid offline_access",
                            "--scope", "email", "--redirect-uri", "https://app.example.com/cb",
                            "--window-size", "800x600"});
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(run.out.contains("Profile \"default\" saved"), run.describe());

    const QJsonObject p = profileJson("default");
    QCOMPARE(p["issuer"].toString(), "https://tenant.example.com/");
    QCOMPARE(p["client_id"].toString(), "abc");
    QCOMPARE(p["audience"].toString(), "https://api.example.com/");
    QCOMPARE(p["scopes"].toArray(), QJsonArray({"openid", "offline_access", "email"}));
    QCOMPARE(p["redirect_uri"].toString(), "https://app.example.com/cb");
    QCOMPARE(p["window"].toObject(), QJsonObject({{"width", 800}, {"height", 600}}));
    QCOMPARE(p["managed"].toArray(), QJsonArray());
    QCOMPARE(p["problems"].toArray(), QJsonArray());
    QVERIFY(QFile::exists(userFile()));
    QVERIFY(!QFile::exists(systemFile()));
}

void TestCliConfigure::keepsEarlierValuesNotGivenAgain()
{
    QCOMPARE(cli({"configure", "--domain", "a.example.com", "--client-id", "one", "--audience", "api"}).exitCode, 0);
    QCOMPARE(cli({"configure", "--domain", "a.example.com", "--client-id", "two"}).exitCode, 0);
    const QJsonObject p = profileJson("default");
    QCOMPARE(p["client_id"].toString(), "two");
    QCOMPARE(p["audience"].toString(), "api");
    QCOMPARE(p["scopes"].toArray(), QJsonArray({"openid", "offline_access", "profile", "email"}));
}

void TestCliConfigure::systemScopeIsWrittenToXdgConfigDirsAndWins()
{
    QCOMPARE(cli({"configure", "--profile", "corp", "--domain", "user.example.com", "--client-id", "mine"}).exitCode, 0);
    const CliRun system = cli({"configure", "--profile", "corp", "--domain", "corp.example.com",
                               "--client-id", "corp-client", "--system"});
    QVERIFY2(system.exitCode == 0, system.describe());
    QVERIFY2(system.out.contains("system-wide"), system.describe());

    QFile file(systemFile());
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(systemFile()));
    QVERIFY(file.readAll().contains("corp-client"));

    const QJsonObject p = profileJson("corp");
    QCOMPARE(p["issuer"].toString(), "https://corp.example.com/");
    QCOMPARE(p["client_id"].toString(), "corp-client");
    const QJsonArray managed = p["managed"].toArray();
    QVERIFY2(managed.contains("issuer") && managed.contains("client_id"),
             QJsonDocument(p).toJson());
}

void TestCliConfigure::userCannotChangeAManagedField()
{
    QCOMPARE(cli({"configure", "--profile", "corp", "--domain", "corp.example.com",
                  "--client-id", "corp-client", "--system"}).exitCode, 0);
    const CliRun run = cli({"configure", "--profile", "corp", "--domain", "corp.example.com",
                            "--client-id", "other-client"});
    QVERIFY2(run.exitCode == 2, run.describe());
    QVERIFY2(run.err.contains("managed by your organization") && run.err.contains("client_id"), run.describe());
    QVERIFY2(!run.err.contains("issuer"), run.describe()); // the issuer given was the managed one
    QCOMPARE(profileJson("corp")["client_id"].toString(), "corp-client");
}

void TestCliConfigure::userMayRepeatAManagedValue()
{
    QCOMPARE(cli({"configure", "--profile", "corp", "--domain", "corp.example.com",
                  "--client-id", "corp-client", "--system"}).exitCode, 0);
    const CliRun run = cli({"configure", "--profile", "corp", "--issuer", "https://corp.example.com/",
                            "--client-id", "corp-client"});
    QVERIFY2(run.exitCode == 0, run.describe());
}

void TestCliConfigure::systemScopeNeedsAWritableFolder()
{
    // A folder under a regular file can never be created, even by root.
    QProcessEnvironment environment = m_env->processEnvironment();
    environment.insert("XDG_CONFIG_DIRS", "/dev/null/xdg");
    const CliRun run = runCli({"configure", "--domain", "corp.example.com", "--client-id", "c", "--system"},
                              environment);
    QVERIFY2(run.exitCode == 2, run.describe());
    QVERIFY2(run.err.contains("--system: the system-wide configuration cannot be written")
                 && run.err.contains("administrator"), run.describe());
}

void TestCliConfigure::issuerChangeDropsTheDiscoveryCache()
{
    const QUrl oldIssuer("https://old.example.com/");
    const QUrl newIssuer("https://new.example.com/");
    QCOMPARE(cli({"configure", "--issuer", oldIssuer.toString(), "--client-id", "c"}).exitCode, 0);
    for (const QUrl &issuer : {oldIssuer, newIssuer}) {
        QVERIFY(writeFile(DiscoveryClient::cacheFilePath(issuer), "{}"));
    }
    QVERIFY2(DiscoveryClient::cacheFilePath(oldIssuer).startsWith(m_env->root()),
             qPrintable(DiscoveryClient::cacheFilePath(oldIssuer)));

    QCOMPARE(cli({"configure", "--issuer", oldIssuer.toString(), "--client-id", "d"}).exitCode, 0);
    QVERIFY2(QFile::exists(DiscoveryClient::cacheFilePath(oldIssuer)), "same issuer: cache kept");

    QCOMPARE(cli({"configure", "--issuer", newIssuer.toString(), "--client-id", "d"}).exitCode, 0);
    QVERIFY(!QFile::exists(DiscoveryClient::cacheFilePath(oldIssuer)));
    QVERIFY(!QFile::exists(DiscoveryClient::cacheFilePath(newIssuer)));
}

void TestCliConfigure::removeDeletesProfileAndStoredSignIn()
{
    const QString name = m_env->uniqueProfileName("cli-remove");
    QCOMPARE(cli({"configure", "--profile", name, "--domain", "t.example.com", "--client-id", "c"}).exitCode, 0);
    TokenStore tokens;
    const KeychainResult written = tokens.writeRefreshTokenSync(name, "rt-to-be-removed");
    QVERIFY2(written.ok(), qPrintable(written.message));

    const CliRun run = cli({"configure", "--profile", name, "--remove"});
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY(profileJson(name).isEmpty());
    QCOMPARE(tokens.readRefreshTokenSync(name).kind, KeychainResult::Kind::NotFound);
}

void TestCliConfigure::removeOfUnknownProfileIsAUsageError()
{
    const CliRun run = cli({"configure", "--profile", "nobody", "--remove"});
    QVERIFY2(run.exitCode == 2, run.describe());
    QVERIFY2(run.err.contains("there is no profile named \"nobody\""), run.describe());
}

void TestCliConfigure::removeOfManagedProfileNeedsSystem()
{
    QCOMPARE(cli({"configure", "--profile", "corp", "--domain", "corp.example.com",
                  "--client-id", "corp-client", "--system"}).exitCode, 0);
    const CliRun user = cli({"configure", "--profile", "corp", "--remove"});
    QVERIFY2(user.exitCode == 2, user.describe());
    QVERIFY2(user.err.contains("managed by your organization"), user.describe());

    const CliRun system = cli({"configure", "--profile", "corp", "--remove", "--system"});
    QVERIFY2(system.exitCode == 0, system.describe());
    QVERIFY(profileJson("corp").isEmpty());
}

QTEST_GUILESS_MAIN(TestCliConfigure)
#include "tst_cli_configure.moc"
