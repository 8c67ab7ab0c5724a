#include "common/identity.h"
#include "clirunner.h"
#include "isolatedenvironment.h"
#include "testserver.h"

#include "storage/sessionstate.h"
#include "storage/tokenstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// `diagnostics`: the support report says what support needs (discovery, keychain,
// session, clock, proxy) and never a secret - not in the report, not in the logs,
// not in any file the program writes.
class TestCliDiagnostics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void reportShowsServerKeychainAndSession();
    void plantedSecretsAppearNowhere();
    void outputOptionWritesTheFile();
    void clockSkewIsMeasuredFromTheDateHeader();
    void everyProfileWithoutProfileOption();
    void unknownProfileIsAUsageError();
    void unreachableServerIsReportedNotFatal();
    void lockedKeychainIsReported();
    void proxyCredentialsAreNotShown();
    void secretsInSessionTextAreRedacted();

private:
    CliRun diagnostics(const QStringList &extra = {}, QProcessEnvironment environment = {}) const;
    static QByteArray randomToken(int bytes);

    std::unique_ptr<IsolatedEnvironment> m_env;
    TestServer m_server;
    QString m_profile;
    QByteArray m_refreshToken;
    QByteArray m_accessToken;
    QList<QByteArray> m_secrets;
};

QByteArray TestCliDiagnostics::randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), bytes / 4);
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

void TestCliDiagnostics::initTestCase()
{
    m_env = std::make_unique<IsolatedEnvironment>();
    Identity::apply();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));

    m_profile = m_env->uniqueProfileName("cli-diag");
    const CliRun configured = runCli({"configure", "--profile", m_profile, "--issuer",
                                      m_server.issuer().toString(), "--client-id", TestServer::clientId()},
                                     m_env->processEnvironment());
    QVERIFY2(configured.exitCode == 0, configured.describe());

    // Realistic shapes: an opaque refresh token and a JWT access token.
    m_refreshToken = randomToken(32);
    m_accessToken = "eyJhbGciOiJSUzI1NiJ9." + randomToken(48) + "." + randomToken(64);
    TokenStore tokens;
    KeychainResult written = tokens.writeRefreshTokenSync(m_profile, m_refreshToken);
    QVERIFY2(written.ok(), qPrintable(written.message));
    written = tokens.writeAccessTokenSync(m_profile, m_accessToken);
    QVERIFY2(written.ok(), qPrintable(written.message));

    SessionState state;
    state.subject = "auth0|diag";
    state.email = TestServer::username();
    state.scopes = QStringList{"openid", "offline_access"};
    state.accessTokenExpiresAt = QDateTime::currentDateTimeUtc().addSecs(3600);
    state.refreshTokenStored = true;
    state.refreshTokenFingerprint = SessionStateStore::fingerprint(m_refreshToken);
    state.lastRefreshAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    state.lastRefreshResult = "ok";
    state.nextRefreshAt = QDateTime::currentDateTimeUtc().addSecs(1800);
    SessionStateStore().save(m_profile, state);

    // Every part a careless line could leak: the whole token and its JWT segments.
    m_secrets = {m_refreshToken, m_accessToken};
    m_secrets += m_accessToken.split('.').mid(1);
}

void TestCliDiagnostics::cleanupTestCase()
{
    TokenStore tokens;
    tokens.deleteRefreshTokenSync(m_profile);
    tokens.deleteAccessTokenSync(m_profile);
}

CliRun TestCliDiagnostics::diagnostics(const QStringList &extra, QProcessEnvironment environment) const
{
    if (environment.isEmpty())
        environment = m_env->processEnvironment();
    environment.insert("QT_LOGGING_RULES", "signin.*.debug=true");
    return runCli(QStringList{"diagnostics"} + extra, environment, 90000);
}

void TestCliDiagnostics::reportShowsServerKeychainAndSession()
{
    const CliRun run = diagnostics({"--profile", m_profile});
    QVERIFY2(run.exitCode == 0, run.describe());
    const QString issuer = m_server.issuer().toString();
    const QStringList expected{
        "# Connector Sign-In diagnostics",
        QStringLiteral("- Qt: %1").arg(qVersion()),
        "- Operating system: ",
        "- Kernel: ",
        "- Locale: ",
        "- Profiles, user: " + m_env->userConfigDir(),
        "- QT_LOGGING_RULES: signin.*.debug=true",
        "- signin.keychain: debug",
        "Secret Service",
        QStringLiteral("## Profile \"%1\"").arg(m_profile),
        "- Issuer: " + issuer,
        "- Client ID: " + TestServer::clientId(),
        "- Managed fields: (none)",
        "- Result: HTTP 200",
        QStringLiteral("- Issuer in document: %1 (matches)").arg(issuer),
        "- token_endpoint: " + issuer + "oauth/token",
        "- PKCE S256 offered: yes",
        "- offline_access offered: yes",
        "- Clock skew: ",
        "- Proxy for " + issuer,
        "- Refresh token in keychain: present",
        "- Refresh token fingerprint: " + SessionStateStore::fingerprint(m_refreshToken),
        "- Last refresh result: ok",
    };
    for (const QString &line : expected)
        QVERIFY2(run.out.contains(line), qPrintable("missing \"" + line + "\"\n" + run.describe()));
}

void TestCliDiagnostics::plantedSecretsAppearNowhere()
{
    const CliRun run = diagnostics({"--profile", m_profile});
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(run.err.contains("signin."), "debug logging was on: stderr should show log lines");
    for (const QByteArray &secret : std::as_const(m_secrets)) {
        QVERIFY2(!run.out.toUtf8().contains(secret), "a token reached the report");
        QVERIFY2(!run.err.toUtf8().contains(secret), "a token reached stderr");
        const QStringList files = filesContaining(m_env->root(), secret);
        QVERIFY2(files.isEmpty(), qPrintable("a token reached " + files.join(", ")));
    }
}

void TestCliDiagnostics::outputOptionWritesTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("report.txt");
    const CliRun run = diagnostics({"--profile", m_profile, "--output", path});
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(run.out.isEmpty(), run.describe());
    QVERIFY2(run.err.contains("Diagnostics written to " + path), run.describe());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray report = file.readAll();
    QVERIFY(report.contains("- Refresh token in keychain: present"));
    for (const QByteArray &secret : std::as_const(m_secrets))
        QVERIFY(!report.contains(secret));

    const CliRun unwritable = diagnostics({"--profile", m_profile, "--output", "/dev/null/report.txt"});
    QVERIFY2(unwritable.exitCode == 2 && unwritable.err.contains("--output:"), unwritable.describe());
}

void TestCliDiagnostics::clockSkewIsMeasuredFromTheDateHeader()
{
    QVERIFY2(m_server.configure({{"dateSkewSeconds", 300}}), qPrintable(m_server.errorString()));
    const CliRun run = diagnostics({"--profile", m_profile});
    QVERIFY(m_server.configure({{"dateSkewSeconds", 0}}));
    QVERIFY2(run.exitCode == 0, run.describe());

    static const QRegularExpression skew(QStringLiteral("- Clock skew: (-?\\d+) s \\(server ahead\\); WARNING"));
    const QRegularExpressionMatch match = skew.match(run.out);
    QVERIFY2(match.hasMatch(), run.describe());
    QVERIFY2(qAbs(match.captured(1).toInt() - 300) <= 2, qPrintable(match.captured(0)));

    const CliRun normal = diagnostics({"--profile", m_profile});
    QVERIFY2(!normal.out.contains("WARNING"), normal.describe());
}

void TestCliDiagnostics::everyProfileWithoutProfileOption()
{
    const QString other = m_env->uniqueProfileName("cli-diag-other");
    QCOMPARE(runCli({"configure", "--profile", other, "--issuer", "http://127.0.0.1:1/", "--client-id", "o"},
                    m_env->processEnvironment()).exitCode, 0);

    const CliRun run = diagnostics();
    QCOMPARE(runCli({"configure", "--profile", other, "--remove"}, m_env->processEnvironment()).exitCode, 0);
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(run.out.contains(QStringLiteral("## Profile \"%1\"").arg(m_profile)), run.describe());
    QVERIFY2(run.out.contains(QStringLiteral("## Profile \"%1\"").arg(other)), run.describe());
}

void TestCliDiagnostics::unknownProfileIsAUsageError()
{
    const CliRun run = diagnostics({"--profile", "nobody-here"});
    QVERIFY2(run.exitCode == 2, run.describe());
    QVERIFY2(run.err.contains("there is no profile named \"nobody-here\""), run.describe());
}

void TestCliDiagnostics::unreachableServerIsReportedNotFatal()
{
    const QString name = m_env->uniqueProfileName("cli-diag-down");
    QCOMPARE(runCli({"configure", "--profile", name, "--issuer", "http://127.0.0.1:1/", "--client-id", "c"},
                    m_env->processEnvironment()).exitCode, 0);
    const CliRun run = diagnostics({"--profile", name});
    QCOMPARE(runCli({"configure", "--profile", name, "--remove"}, m_env->processEnvironment()).exitCode, 0);
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(run.out.contains("- Result: no answer after"), run.describe());
    QVERIFY2(run.out.contains("- Refresh token in keychain: absent"), run.describe());
}

void TestCliDiagnostics::lockedKeychainIsReported()
{
    QProcessEnvironment environment = m_env->processEnvironment();
    environment.insert("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus");
    environment.insert("SIGNIN_KEYCHAIN_TIMEOUT_MS", "3000");
    const CliRun run = diagnostics({"--profile", m_profile}, environment);
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(run.out.contains("- Refresh token in keychain: unavailable"), run.describe());
}

void TestCliDiagnostics::proxyCredentialsAreNotShown()
{
    QProcessEnvironment environment = m_env->processEnvironment();
    environment.insert("https_proxy", "http://alice:Pr0xyPassw0rd@proxy.invalid:3128");
    environment.insert("no_proxy", "127.0.0.1,localhost");
    const CliRun run = diagnostics({"--profile", m_profile}, environment);
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(run.out.contains("- https_proxy: http://redacted@proxy.invalid:3128"), run.describe());
    QVERIFY2(!run.out.contains("Pr0xyPassw0rd") && !run.err.contains("Pr0xyPassw0rd"), run.describe());
}

void TestCliDiagnostics::secretsInSessionTextAreRedacted()
{
    // A server's error text that quoted a token: the report's safety net must catch it.
    const QString name = m_env->uniqueProfileName("cli-diag-leak");
    QCOMPARE(runCli({"configure", "--profile", name, "--issuer", m_server.issuer().toString(),
                     "--client-id", "c"}, m_env->processEnvironment()).exitCode, 0);
    const QByteArray leaked = "eyJhbGciOiJub25lIn0." + randomToken(40) + ".";
    const QByteArray opaque = randomToken(32);
    SessionState state;
    state.lastRefreshResult = "transient";
    state.lastError = QString::fromLatin1("Server said: token " + leaked + " and refresh_token=" + opaque);
    SessionStateStore().save(name, state);

    const CliRun run = diagnostics({"--profile", name});
    SessionStateStore().clear(name);
    QCOMPARE(runCli({"configure", "--profile", name, "--remove"}, m_env->processEnvironment()).exitCode, 0);
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(run.out.contains("- Last error: Server said: token [redacted]"), run.describe());
    QVERIFY2(!run.out.toUtf8().contains(leaked) && !run.out.toUtf8().contains(opaque), run.describe());
}

QTEST_GUILESS_MAIN(TestCliDiagnostics)
#include "tst_cli_diagnostics.moc"
