#include "clirunner.h"
#include "isolatedenvironment.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

// `profiles`: both scopes merged, managed fields named, bad values reported.
class TestCliProfiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void noProfileIsNotAnError();
    void listsEveryProfileAsText();
    void jsonHasTheDocumentedShape();
    void systemValuesWinOverUserValues();
    void invalidManagedValuesAreReported_data();
    void invalidManagedValuesAreReported();

private:
    CliRun cli(const QStringList &arguments) const { return runCli(arguments, m_env->processEnvironment()); }
    QJsonArray profilesJson() const;
    QString userFile() const { return m_env->userConfigDir() + "/ConnectorSignIn/profiles.ini"; }
    QString systemFile() const { return m_env->systemConfigDir() + "/ConnectorSignIn/profiles.ini"; }

    std::unique_ptr<IsolatedEnvironment> m_env;
};

void TestCliProfiles::initTestCase()
{
    m_env = std::make_unique<IsolatedEnvironment>();
}

void TestCliProfiles::init()
{
    QFile::remove(userFile());
    QFile::remove(systemFile());
}

QJsonArray TestCliProfiles::profilesJson() const
{
    const CliRun run = cli({"profiles", "--json"});
    if (run.exitCode != 0)
        qWarning("%s", run.describe().constData());
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

void TestCliProfiles::noProfileIsNotAnError()
{
    const CliRun text = cli({"profiles"});
    QVERIFY2(text.exitCode == 0, text.describe());
    QVERIFY2(text.out.contains("No profile is configured"), text.describe());

    const CliRun json = cli({"profiles", "--json"});
    QVERIFY2(json.exitCode == 0, json.describe());
    QVERIFY2(QJsonDocument::fromJson(json.out.toUtf8()).isArray(), json.describe());
    QCOMPARE(profilesJson().size(), 0);
}

void TestCliProfiles::listsEveryProfileAsText()
{
    QCOMPARE(cli({"configure", "--profile", "zeta", "--domain", "z.example.com", "--client-id", "zz"}).exitCode, 0);
    QCOMPARE(cli({"configure", "--domain", "d.example.com", "--client-id", "dd", "--audience", "api://d"}).exitCode, 0);
    const CliRun run = cli({"profiles"});
    QVERIFY2(run.exitCode == 0, run.describe());
    // "default" first, then by name.
    QVERIFY2(run.out.indexOf("default") < run.out.indexOf("zeta"), run.describe());
    for (const char *expected : {"issuer:    https://d.example.com/", "client id: dd", "audience:  api://d",
                                 "issuer:    https://z.example.com/", "managed:   (none)"})
        QVERIFY2(run.out.contains(QLatin1String(expected)), run.describe());
}

void TestCliProfiles::jsonHasTheDocumentedShape()
{
    QCOMPARE(cli({"configure", "--domain", "d.example.com", "--client-id", "dd"}).exitCode, 0);
    const QJsonArray profiles = profilesJson();
    QCOMPARE(profiles.size(), 1);
    const QJsonObject p = profiles.first().toObject();
    const QStringList keys{"audience", "client_id", "issuer", "managed", "problems", "profile",
                           "redirect_uri", "scopes", "window"};
    QCOMPARE(p.keys(), keys);
    QCOMPARE(p["profile"].toString(), "default");
    QVERIFY(p["audience"].isNull());
    QCOMPARE(p["redirect_uri"].toString(), "https://oauth.powerbi.com/views/oauthredirect.html");
    QCOMPARE(p["window"].toObject(), QJsonObject({{"width", 1200}, {"height", 1000}}));
}

void TestCliProfiles::systemValuesWinOverUserValues()
{
    QVERIFY(writeFile(userFile(), "[profiles]\n"
                                  "corp\\issuer=https://user.example.com/\n"
                                  "corp\\client_id=user-client\n"
                                  "corp\\audience=user-api\n"));
    QVERIFY(writeFile(systemFile(), "[profiles]\n"
                                    "corp\\issuer=https://corp.example.com/\n"
                                    "corp\\client_id=corp-client\n"));
    const QJsonObject p = profilesJson().first().toObject();
    QCOMPARE(p["issuer"].toString(), "https://corp.example.com/");
    QCOMPARE(p["client_id"].toString(), "corp-client");
    QCOMPARE(p["audience"].toString(), "user-api"); // not managed: the user's
    QCOMPARE(p["managed"].toArray(), QJsonArray({"client_id", "issuer"}));

    const CliRun text = cli({"profiles"});
    QVERIFY2(text.out.contains("managed:   client_id, issuer"), text.describe());
}

void TestCliProfiles::invalidManagedValuesAreReported_data()
{
    QTest::addColumn<QByteArray>("systemLine");
    QTest::addColumn<QString>("field");
    QTest::addRow("issuer over plain http") << QByteArray("corp\\issuer=http://corp.example.com/") << "issuer";
    QTest::addRow("issuer not a URL") << QByteArray("corp\\issuer=not a domain") << "issuer";
    QTest::addRow("window too narrow") << QByteArray("corp\\window_width=5") << "window_width";
    QTest::addRow("scopes without offline_access") << QByteArray("corp\\scopes=openid") << "offline_access";
}

void TestCliProfiles::invalidManagedValuesAreReported()
{
    QFETCH(QByteArray, systemLine);
    QFETCH(QString, field);
    QVERIFY(writeFile(userFile(), "[profiles]\n"
                                  "corp\\issuer=https://user.example.com/\n"
                                  "corp\\client_id=user-client\n"));
    QVERIFY(writeFile(systemFile(), "[profiles]\n" + systemLine + "\n"));

    const QJsonObject p = profilesJson().first().toObject();
    const QJsonArray problems = p["problems"].toArray();
    QVERIFY2(!problems.isEmpty(), QJsonDocument(p).toJson());
    QVERIFY2(QJsonDocument(problems).toJson().contains(field.toUtf8()), QJsonDocument(p).toJson());
    // The user's value must not silently stand in for IT's broken one.
    QVERIFY2(p["issuer"].toString() != "https://user.example.com/" || field != "issuer",
             QJsonDocument(p).toJson());

    const CliRun text = cli({"profiles"});
    QVERIFY2(text.exitCode == 0 && text.out.contains("problem:"), text.describe());
}

QTEST_GUILESS_MAIN(TestCliProfiles)
#include "tst_cli_profiles.moc"
