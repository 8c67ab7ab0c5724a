// `connector-signin doctor` against the real test server and Secret Service, in every
// configuration the doctor can tell apart. The child processes sign in through
// http-login-window (SIGNIN_LOGIN_EXE), as in the session tests.
#include "sessionfixture.h"

#include "storage/profilestore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTcpServer>
#include <QTest>

namespace {
struct DoctorRun
{
    int exitCode = -1;
    QByteArray out;
    QMap<QString, QJsonObject> checks; // by id
    QStringList order;
};
} // namespace

class TestDoctor : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void allGoodSignedInRotationOn();
    void rotationOff();
    void clockSkew_data();
    void clockSkew();
    void noOfflineAccessFailsTheRefreshTokenCheck();
    void notSignedInSkipsTheSessionChecks();
    void authorizeRefusal_data();
    void authorizeRefusal();
    void audience();
    void unreachableDomain();

private:
    QString saveProfile(const QString &suffix, const std::function<void(Profile &)> &change);
    DoctorRun doctor(const QString &profile, const QStringList &extra = {});
    static QString verdict(const DoctorRun &run, const char *id) { return run.checks.value(id).value("verdict").toString(); }

    SessionFixture f;
};

void TestDoctor::initTestCase()
{
    QString error;
    QVERIFY2(f.start(&error), qPrintable(error));
}

void TestDoctor::init()
{
    QVERIFY(f.server().configure({{"rotation", true}, {"offlineAccess", true}, {"dateSkewSeconds", 0}}));
}

QString TestDoctor::saveProfile(const QString &suffix, const std::function<void(Profile &)> &change)
{
    Profile profile = f.profile();
    profile.name = f.profileName() + QLatin1Char('-') + suffix;
    change(profile);
    const auto saved = ProfileStore().save(profile);
    if (!saved.ok())
        qWarning() << saved.message;
    return profile.name;
}

DoctorRun TestDoctor::doctor(const QString &profile, const QStringList &extra)
{
    DoctorRun run;
    const CliRun json = f.cli().run(QStringList{"doctor", "--json", "--profile", profile} + extra, 120000);
    run.exitCode = json.exitCode;
    run.out = json.out;
    const QJsonObject report = QJsonDocument::fromJson(json.out).object();
    if (report.value("profile").toString() != profile)
        qWarning() << "unexpected doctor output" << json.out << json.err;
    for (const QJsonValue &value : report.value("checks").toArray()) {
        run.checks.insert(value["id"].toString(), value.toObject());
        run.order << value["id"].toString();
    }
    return run;
}

void TestDoctor::allGoodSignedInRotationOn()
{
    const CliRun signIn = f.run({"sign-in"});
    QVERIFY2(signIn.exitCode == 0, signIn.err.constData());
    const QByteArray before = f.storedRefreshToken().secret;

    const CliRun human = f.run({"doctor"});
    QCOMPARE(human.exitCode, 0);
    const QString text = QString::fromUtf8(human.out);
    QVERIFY2(text.contains(QStringLiteral("\u2714 Domain:")), human.out.constData());
    QVERIFY2(text.contains(QStringLiteral("\u2714 Rotation: Rotation on")), human.out.constData());
    QVERIFY2(!text.contains(QStringLiteral("\u2716")), human.out.constData());
    QVERIFY(!text.contains(QString::fromLatin1(before)));
    const QString artifacts = qEnvironmentVariable("SIGNIN_ARTIFACTS_DIR");
    QVERIFY(QDir().mkpath(artifacts));
    QFile artifact(artifacts + QStringLiteral("/doctor-output.txt"));
    QVERIFY(artifact.open(QIODevice::WriteOnly));
    artifact.write(human.out);

    const DoctorRun run = doctor(f.profileName());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.order, (QStringList{"dns_tls", "discovery", "pkce", "authorize", "refresh_token",
                                     "rotation", "clock_skew", "audience"}));
    for (const char *id : {"dns_tls", "discovery", "pkce", "authorize", "refresh_token", "rotation", "clock_skew"})
        QVERIFY2(verdict(run, id) == "ok", qPrintable(QString::fromLatin1(id) + ": " + run.checks.value(id)["finding"].toString()));
    // No audience asked for: the test server then issues an opaque token.
    QCOMPARE(verdict(run, "audience"), QStringLiteral("skipped"));
    QVERIFY(run.checks.value("audience")["finding"].toString().contains("not a JWT"));
    // The doctor's refreshes went through the refresher: the stored token is the rotated one.
    const QByteArray after = f.storedRefreshToken().secret;
    QVERIFY(!after.isEmpty());
    QVERIFY(after != before);
    QCOMPARE(f.status().value("state").toString(), QStringLiteral("signed_in"));
}

void TestDoctor::rotationOff()
{
    QVERIFY(f.server().configure({{"rotation", false}}));
    const DoctorRun run = doctor(f.profileName());
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(verdict(run, "rotation"), QStringLiteral("warning"));
    QVERIFY(run.checks.value("rotation")["fix"].toString().contains("\"Refresh Token Rotation\""));
}

void TestDoctor::clockSkew_data()
{
    QTest::addColumn<int>("skew");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("exitCode");
    QTest::addRow("server 600 s ahead: fail") << 600 << "fail" << 2;
    QTest::addRow("server 90 s ahead: warning") << 90 << "warning" << 0;
    QTest::addRow("server 600 s behind: fail") << -600 << "fail" << 2;
}

void TestDoctor::clockSkew()
{
    QFETCH(int, skew);
    QFETCH(QString, expected);
    QFETCH(int, exitCode);
    QVERIFY(f.server().configure({{"dateSkewSeconds", skew}}));
    const DoctorRun run = doctor(f.profileName());
    QCOMPARE(verdict(run, "clock_skew"), expected);
    QCOMPARE(run.exitCode, exitCode);
    if (expected == "fail")
        QVERIFY(run.checks.value("clock_skew")["fix"].toString().contains("fix the computer's clock"));
}

void TestDoctor::noOfflineAccessFailsTheRefreshTokenCheck()
{
    QVERIFY(f.server().configure({{"offlineAccess", false}}));
    const QString name = saveProfile(QStringLiteral("offline"), [](Profile &) {});
    const DoctorRun run = doctor(name, {"--sign-in"});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(verdict(run, "authorize"), QStringLiteral("ok"));
    QCOMPARE(verdict(run, "refresh_token"), QStringLiteral("fail"));
    QVERIFY(run.checks.value("refresh_token")["fix"].toString().contains("\"Allow Offline Access\""));
    QVERIFY(run.checks.value("refresh_token")["fix"].toString().contains("offline_access"));
    QCOMPARE(verdict(run, "rotation"), QStringLiteral("skipped"));
}

void TestDoctor::notSignedInSkipsTheSessionChecks()
{
    const QString name = saveProfile(QStringLiteral("fresh"), [](Profile &) {});
    const int codesBefore = f.serverCount("token/authorization_code");
    const DoctorRun run = doctor(name);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(verdict(run, "authorize"), QStringLiteral("ok"));
    QCOMPARE(verdict(run, "refresh_token"), QStringLiteral("skipped"));
    QVERIFY(run.checks.value("refresh_token")["fix"].toString().contains("--sign-in"));
    QCOMPARE(verdict(run, "rotation"), QStringLiteral("skipped"));
    QCOMPARE(verdict(run, "audience"), QStringLiteral("skipped"));
    QCOMPARE(f.serverCount("token/authorization_code"), codesBefore); // no sign-in attempted
}

void TestDoctor::authorizeRefusal_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QUrl>("redirectUri");
    QTest::addColumn<QString>("findingHas");
    QTest::addColumn<QString>("fixHas");
    QTest::addRow("redirect URI the tenant does not know")
        << TestServer::clientId() << QUrl("https://oauth.powerbi.com.evil.example/views/oauthredirect.html")
        << "callback URL mismatch" << "Allowed Callback URLs";
    QTest::addRow("unknown client id") << "no-such-client" << Profile::defaultRedirectUri()
                                       << "unknown client" << "Client ID";
}

void TestDoctor::authorizeRefusal()
{
    QFETCH(QString, clientId);
    QFETCH(QUrl, redirectUri);
    QFETCH(QString, findingHas);
    QFETCH(QString, fixHas);
    const QString name = saveProfile(QStringLiteral("refused%1").arg(QTest::currentDataTag()[0] == 'u' ? 1 : 2),
                                     [&](Profile &p) {
                                         p.clientId = clientId;
                                         p.redirectUri = redirectUri;
                                     });
    // --sign-in must not open a window for a request the tenant already refused.
    const DoctorRun run = doctor(name, {"--sign-in"});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(verdict(run, "dns_tls"), QStringLiteral("ok"));
    QCOMPARE(verdict(run, "discovery"), QStringLiteral("ok"));
    QCOMPARE(verdict(run, "authorize"), QStringLiteral("fail"));
    const QJsonObject check = run.checks.value("authorize");
    QVERIFY2(check["finding"].toString().contains(findingHas), qPrintable(check["finding"].toString()));
    QVERIFY2(check["fix"].toString().contains(fixHas), qPrintable(check["fix"].toString()));
    QCOMPARE(verdict(run, "refresh_token"), QStringLiteral("skipped"));
}

void TestDoctor::audience()
{
    const QString name = saveProfile(QStringLiteral("aud"), [](Profile &p) { p.audience = "https://api-a.example/"; });
    const CliRun signIn = f.cli().run({"sign-in", "--profile", name});
    QVERIFY2(signIn.exitCode == 0, signIn.err.constData());

    const DoctorRun matching = doctor(name);
    QCOMPARE(matching.exitCode, 0);
    QCOMPARE(verdict(matching, "audience"), QStringLiteral("ok"));

    saveProfile(QStringLiteral("aud"), [](Profile &p) { p.audience = "https://api-b.example/"; });
    const DoctorRun changed = doctor(name);
    QCOMPARE(changed.exitCode, 2);
    QCOMPARE(verdict(changed, "audience"), QStringLiteral("fail"));
    const QJsonObject check = changed.checks.value("audience");
    QVERIFY(check["finding"].toString().contains("https://api-a.example/"));
    QVERIFY(check["fix"].toString().contains("request audience=https://api-b.example/", Qt::CaseInsensitive));
    QVERIFY(check["fix"].toString().contains("API identifier"));
}

void TestDoctor::unreachableDomain()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close(); // nobody listens there now
    const QString name = saveProfile(QStringLiteral("closed"), [port](Profile &p) {
        p.issuer = QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port));
    });
    const CliRun human = f.cli().run({"doctor", "--profile", name});
    QCOMPARE(human.exitCode, 5);
    QVERIFY2(QString::fromUtf8(human.out).contains(QStringLiteral("\u2716 Domain:")), human.out.constData());

    const DoctorRun run = doctor(name);
    QCOMPARE(run.exitCode, 5);
    QCOMPARE(verdict(run, "dns_tls"), QStringLiteral("fail"));
    QVERIFY(run.checks.value("dns_tls")["finding"].toString().contains("refused the connection"));
    QCOMPARE(run.order.size(), 8);
    for (const QString &id : run.order.mid(1))
        QCOMPARE(verdict(run, id.toLatin1().constData()), QStringLiteral("skipped"));
}

QTEST_GUILESS_MAIN(TestDoctor)
#include "tst_doctor.moc"
