// The doctor's verdicts, decided from what the server answered: every finding a check
// can give, without a network.
#include "doctor/authorizecheck.h"
#include "doctor/serverchecks.h"
#include "doctor/sessionchecks.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using Verdict = DoctorCheck::Verdict;
using Id = DoctorCheck::Id;
Q_DECLARE_METATYPE(Verdict)
Q_DECLARE_METATYPE(ProbeAnswer)

namespace {
const QUrl Issuer(QStringLiteral("https://tenant.eu.auth0.com/"));

ProbeAnswer answer(int status, const QByteArray &body = {}, const QUrl &location = {})
{
    ProbeAnswer a;
    a.url = QUrl(QStringLiteral("https://tenant.eu.auth0.com/authorize?client_id=x"));
    a.httpStatus = status;
    a.body = body;
    a.location = location;
    a.sentAt = QDateTime::currentDateTimeUtc();
    a.receivedAt = a.sentAt.addMSecs(200);
    return a;
}

QByteArray base64url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray jwt(const QJsonObject &payload)
{
    return base64url(R"({"alg":"RS256","typ":"at+jwt"})") + '.'
        + base64url(QJsonDocument(payload).toJson(QJsonDocument::Compact)) + '.' + base64url("sig");
}

Profile profile()
{
    Profile p;
    p.issuer = Issuer;
    p.clientId = QStringLiteral("abc123");
    return p;
}
} // namespace

class TestDoctorChecks : public QObject
{
    Q_OBJECT
private slots:
    void reachability_data();
    void reachability();
    void discovery_data();
    void discovery();
    void pkce_data();
    void pkce();
    void clockSkew_data();
    void clockSkew();
    void authorize_data();
    void authorize();
    void rotation_data();
    void rotation();
    void audience_data();
    void audience();
    void refreshTokenAfterSignIn_data();
    void refreshTokenAfterSignIn();
    void reportOutcome_data();
    void reportOutcome();
    void jsonAndTextShape();
};

void TestDoctorChecks::reachability_data()
{
    QTest::addColumn<QUrl>("issuer");
    QTest::addColumn<bool>("dnsFails");
    QTest::addColumn<ProbeAnswer>("probe");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("findingHas");

    ProbeAnswer refused;
    refused.error = QNetworkReply::ConnectionRefusedError;
    ProbeAnswer tls;
    tls.error = QNetworkReply::SslHandshakeFailedError;
    tls.sslErrors << QStringLiteral("The certificate is self-signed, and untrusted");
    ProbeAnswer slow;
    slow.timedOut = true;
    slow.error = QNetworkReply::OperationCanceledError;
    ProbeAnswer notFound;
    notFound.error = QNetworkReply::HostNotFoundError;

    QTest::addRow("https answers") << Issuer << false << answer(200) << Verdict::Ok << "over TLS";
    QTest::addRow("loopback http answers") << QUrl("http://127.0.0.1:3000/") << false << answer(404)
                                           << Verdict::Ok << "plain http";
    QTest::addRow("DNS failure") << Issuer << true << ProbeAnswer() << Verdict::Fail << "does not resolve";
    QTest::addRow("host not found by the request") << Issuer << false << notFound << Verdict::Fail << "does not resolve";
    QTest::addRow("connection refused") << QUrl("http://127.0.0.1:9/") << false << refused << Verdict::Fail
                                        << "refused the connection on port 9";
    QTest::addRow("TLS error text shown") << Issuer << false << tls << Verdict::Fail << "self-signed";
    QTest::addRow("timeout") << Issuer << false << slow << Verdict::Fail << "did not answer in time";
}

void TestDoctorChecks::reachability()
{
    QFETCH(QUrl, issuer);
    QFETCH(bool, dnsFails);
    QFETCH(ProbeAnswer, probe);
    QFETCH(Verdict, verdict);
    QFETCH(QString, findingHas);
    QHostInfo host;
    if (dnsFails) {
        host.setError(QHostInfo::HostNotFound);
        host.setErrorString(QStringLiteral("Host not found"));
    }
    const DoctorCheck check = ServerChecks::reachability(issuer, host, probe);
    QCOMPARE(check.id, Id::DnsTls);
    QCOMPARE(check.verdict, verdict);
    QVERIFY2(check.finding.contains(findingHas), qPrintable(check.finding));
    QCOMPARE(check.network, verdict == Verdict::Fail);
    QCOMPARE(check.fix.isEmpty(), verdict == Verdict::Ok);
}

void TestDoctorChecks::discovery_data()
{
    QTest::addColumn<ProbeAnswer>("probe");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("fixHas");

    const auto document = [](const QString &issuer) {
        QJsonObject doc{{"issuer", issuer},
                        {"authorization_endpoint", "https://tenant.eu.auth0.com/authorize"},
                        {"token_endpoint", "https://tenant.eu.auth0.com/oauth/token"},
                        {"code_challenge_methods_supported", QJsonArray{"plain"}}};
        return QJsonDocument(doc).toJson();
    };
    QTest::addRow("exact issuer, even without S256") << answer(200, document(Issuer.toString())) << Verdict::Ok << "";
    QTest::addRow("issuer without trailing slash")
        << answer(200, document("https://tenant.eu.auth0.com")) << Verdict::Fail
        << "Set the issuer to https://tenant.eu.auth0.com.";
    QTest::addRow("HTTP 404") << answer(404, "Not found") << Verdict::Fail << "https://<your tenant domain>/";
    QTest::addRow("not JSON") << answer(200, "<html>portal</html>") << Verdict::Fail << "proxy";
    QTest::addRow("no token endpoint")
        << answer(200, QJsonDocument(QJsonObject{{"issuer", Issuer.toString()}}).toJson()) << Verdict::Fail
        << "custom domain";
}

void TestDoctorChecks::discovery()
{
    QFETCH(ProbeAnswer, probe);
    QFETCH(Verdict, verdict);
    QFETCH(QString, fixHas);
    ProviderEndpoints endpoints;
    QJsonObject document;
    const DoctorCheck check = ServerChecks::discovery(Issuer, probe, &endpoints, &document);
    QCOMPARE(check.verdict, verdict);
    QVERIFY2(check.fix.contains(fixHas), qPrintable(check.fix));
    QCOMPARE(endpoints.isComplete(), verdict == Verdict::Ok);
    QCOMPARE(document.isEmpty(), verdict != Verdict::Ok);
}

void TestDoctorChecks::pkce_data()
{
    QTest::addColumn<QJsonObject>("document");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("findingHas");
    QTest::addRow("S256 listed") << QJsonObject{{"issuer", "x"}, {"code_challenge_methods_supported", QJsonArray{"plain", "S256"}}}
                                 << Verdict::Ok << "S256";
    QTest::addRow("list absent: Auth0 does not always say") << QJsonObject{{"issuer", "x"}} << Verdict::Warning << "Auth0 supports S256";
    QTest::addRow("plain only") << QJsonObject{{"issuer", "x"}, {"code_challenge_methods_supported", QJsonArray{"plain"}}}
                                << Verdict::Fail << "plain";
    QTest::addRow("no document") << QJsonObject() << Verdict::Skipped << "discovery";
}

void TestDoctorChecks::pkce()
{
    QFETCH(QJsonObject, document);
    QFETCH(Verdict, verdict);
    QFETCH(QString, findingHas);
    const DoctorCheck check = ServerChecks::pkce(document);
    QCOMPARE(check.verdict, verdict);
    QVERIFY2(check.finding.contains(findingHas), qPrintable(check.finding));
}

void TestDoctorChecks::clockSkew_data()
{
    QTest::addColumn<int>("serverAheadSeconds");
    QTest::addColumn<bool>("hasDate");
    QTest::addColumn<Verdict>("verdict");
    QTest::addRow("in step") << 0 << true << Verdict::Ok;
    QTest::addRow("server 59 s ahead") << 59 << true << Verdict::Ok;
    QTest::addRow("server 90 s ahead") << 90 << true << Verdict::Warning;
    QTest::addRow("server 90 s behind") << -90 << true << Verdict::Warning;
    QTest::addRow("server 600 s ahead") << 600 << true << Verdict::Fail;
    QTest::addRow("server 600 s behind") << -600 << true << Verdict::Fail;
    QTest::addRow("no Date header") << 0 << false << Verdict::Skipped;
}

void TestDoctorChecks::clockSkew()
{
    QFETCH(int, serverAheadSeconds);
    QFETCH(bool, hasDate);
    QFETCH(Verdict, verdict);
    ProbeAnswer probe = answer(200);
    if (hasDate)
        probe.serverDate = probe.sentAt.addMSecs(100).addSecs(serverAheadSeconds);
    const DoctorCheck check = ServerChecks::clockSkew(probe);
    QCOMPARE(check.verdict, verdict);
    if (hasDate)
        QCOMPARE(ServerChecks::skewSeconds(probe), qint64(serverAheadSeconds));
    if (verdict == Verdict::Fail)
        QVERIFY(check.fix.contains(QLatin1String("fix the computer's clock")));
}

void TestDoctorChecks::authorize_data()
{
    QTest::addColumn<ProbeAnswer>("probe");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("findingHas");
    QTest::addColumn<QString>("fixHas");

    const QUrl redirect = Profile::defaultRedirectUri();
    QUrl unauthorized = redirect;
    unauthorized.setQuery(QStringLiteral("error=unauthorized_client&error_description=Client%20is%20not%20authorized&state=s"));
    QUrl accessDenied = redirect;
    accessDenied.setQuery(QStringLiteral("error=access_denied&error_description=Service%20not%20enabled"));

    QTest::addRow("redirect to the login page") << answer(302, {}, QUrl("https://tenant.eu.auth0.com/u/login?state=abc"))
                                                << Verdict::Ok << "accepts" << "";
    QTest::addRow("unauthorized_client sent to the redirect URI") << answer(302, {}, unauthorized)
                                                                  << Verdict::Fail << "unknown client" << "Client ID";
    QTest::addRow("other error sent to the redirect URI") << answer(302, {}, accessDenied)
                                                          << Verdict::Fail << "Service not enabled" << "Native";
    QTest::addRow("test server: invalid_client page")
        << answer(400, R"(<html><body><h1 id="error-title">invalid_client</h1><p id="error-description">client is invalid</p></body></html>)")
        << Verdict::Fail << "client is invalid (invalid_client)" << "Client ID";
    QTest::addRow("test server: invalid_redirect_uri page, entities decoded")
        << answer(400, R"(<h1 id="error-title">invalid_redirect_uri</h1><p id="error-description">redirect_uri did not match any of the client&#39;s registered redirect_uris</p>)")
        << Verdict::Fail << "client's registered" << "Allowed Callback URLs";
    QTest::addRow("Auth0: Callback URL mismatch page")
        << answer(400, "<html><head><title>Callback URL mismatch</title></head><body><div><p>The provided redirect_uri is not in the list of allowed callback URLs.</p></div></body></html>")
        << Verdict::Fail << "Callback URL mismatch" << "Allowed Callback URLs";
    QTest::addRow("Auth0: Unknown client page")
        << answer(403, "<html><head><title>Error</title></head><body><p>Unknown client: abc123</p></body></html>")
        << Verdict::Fail << "Unknown client: abc123" << "Client ID";
    QTest::addRow("no answer") << ProbeAnswer() << Verdict::Fail << "did not answer" << "network";
}

void TestDoctorChecks::authorize()
{
    QFETCH(ProbeAnswer, probe);
    QFETCH(Verdict, verdict);
    QFETCH(QString, findingHas);
    QFETCH(QString, fixHas);
    const DoctorCheck check = AuthorizeCheck::judge(profile(), probe);
    QCOMPARE(check.id, Id::Authorize);
    QCOMPARE(check.verdict, verdict);
    QVERIFY2(check.finding.contains(findingHas), qPrintable(check.finding));
    QVERIFY2(check.fix.contains(fixHas), qPrintable(check.fix));
}

void TestDoctorChecks::rotation_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<int>("outcomeKind");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<bool>("network");
    const int refreshed = int(RefreshOutcome::Kind::Refreshed);
    QTest::addRow("new token: rotation on") << "aaaa1111" << "bbbb2222" << refreshed << Verdict::Ok << false;
    QTest::addRow("same token: rotation off") << "aaaa1111" << "aaaa1111" << refreshed << Verdict::Warning << false;
    QTest::addRow("refused: sign in again") << "aaaa1111" << "" << int(RefreshOutcome::Kind::SignInRequired)
                                            << Verdict::Fail << false;
    QTest::addRow("network failure") << "aaaa1111" << "aaaa1111" << int(RefreshOutcome::Kind::TransientError)
                                     << Verdict::Fail << true;
}

void TestDoctorChecks::rotation()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(int, outcomeKind);
    QFETCH(Verdict, verdict);
    QFETCH(bool, network);
    RefreshOutcome outcome;
    outcome.kind = RefreshOutcome::Kind(outcomeKind);
    const DoctorCheck check = SessionChecks::rotation(before, after, outcome);
    QCOMPARE(check.verdict, verdict);
    QCOMPARE(check.network, network);
    if (verdict == Verdict::Warning)
        QVERIFY(check.fix.contains(QLatin1String("\"Refresh Token Rotation\"")));
}

void TestDoctorChecks::audience_data()
{
    QTest::addColumn<QString>("profileAudience");
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("textHas");
    QTest::addRow("aud string matches") << "https://api.example/" << jwt({{"aud", "https://api.example/"}})
                                        << Verdict::Ok << "https://api.example/";
    QTest::addRow("aud array contains it") << "my-api" << jwt({{"aud", QJsonArray{"my-api", "https://t/userinfo"}}})
                                           << Verdict::Ok << "my-api";
    QTest::addRow("aud differs") << "api-b" << jwt({{"aud", "api-a"}}) << Verdict::Fail << "Request audience=api-b";
    QTest::addRow("opaque token") << "api-b" << QByteArray("opaque-token-value") << Verdict::Skipped << "not a JWT";
    QTest::addRow("no audience asked") << "" << jwt({{"aud", "api-a"}}) << Verdict::Skipped << "no audience";
    QTest::addRow("no token") << "api-b" << QByteArray() << Verdict::Skipped << "no access token";
}

void TestDoctorChecks::audience()
{
    QFETCH(QString, profileAudience);
    QFETCH(QByteArray, token);
    QFETCH(Verdict, verdict);
    QFETCH(QString, textHas);
    const DoctorCheck check = SessionChecks::audience(profileAudience, token);
    QCOMPARE(check.verdict, verdict);
    QVERIFY2((check.finding + check.fix).contains(textHas), qPrintable(check.finding + check.fix));
    QVERIFY(!(check.finding + check.fix).contains(QLatin1String("opaque-token-value")));
}

void TestDoctorChecks::refreshTokenAfterSignIn_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<Verdict>("verdict");
    QTest::addColumn<QString>("fixHas");
    QTest::addRow("signed in") << int(SignInResult::Kind::SignedIn) << Verdict::Ok << "";
    QTest::addRow("no refresh token") << int(SignInResult::Kind::NoRefreshToken) << Verdict::Fail
                                      << "\"Allow Offline Access\"";
    QTest::addRow("cancelled") << int(SignInResult::Kind::Cancelled) << Verdict::Skipped << "--sign-in";
    QTest::addRow("denied") << int(SignInResult::Kind::AccessDenied) << Verdict::Fail << "";
}

void TestDoctorChecks::refreshTokenAfterSignIn()
{
    QFETCH(int, kind);
    QFETCH(Verdict, verdict);
    QFETCH(QString, fixHas);
    SignInResult result;
    result.kind = SignInResult::Kind(kind);
    const DoctorCheck check = SessionChecks::refreshTokenSignIn(result);
    QCOMPARE(check.id, Id::RefreshToken);
    QCOMPARE(check.verdict, verdict);
    QVERIFY2(check.fix.contains(fixHas), qPrintable(check.fix));
}

void TestDoctorChecks::reportOutcome_data()
{
    QTest::addColumn<QList<int>>("verdicts"); // Verdict per check; 10 = network Fail
    QTest::addColumn<int>("outcome");
    const int ok = int(Verdict::Ok), warn = int(Verdict::Warning), fail = int(Verdict::Fail),
              skip = int(Verdict::Skipped), netFail = 10;
    QTest::addRow("all ok") << QList<int>{ok, ok, ok} << int(DoctorReport::Outcome::Healthy);
    QTest::addRow("warnings and skips are healthy") << QList<int>{ok, warn, skip} << int(DoctorReport::Outcome::Healthy);
    QTest::addRow("configuration failure") << QList<int>{ok, fail, warn} << int(DoctorReport::Outcome::ConfigurationProblem);
    QTest::addRow("unreachable") << QList<int>{netFail, skip, skip} << int(DoctorReport::Outcome::NetworkProblem);
    QTest::addRow("configuration wins over network") << QList<int>{ok, netFail, fail}
                                                     << int(DoctorReport::Outcome::ConfigurationProblem);
}

void TestDoctorChecks::reportOutcome()
{
    QFETCH(QList<int>, verdicts);
    QFETCH(int, outcome);
    DoctorReport report;
    for (int v : verdicts) {
        DoctorCheck check = DoctorCheck::make(Id::Discovery, v == 10 ? Verdict::Fail : Verdict(v), QStringLiteral("x"));
        check.network = v == 10;
        report.checks << check;
    }
    QCOMPARE(int(report.outcome()), outcome);
}

void TestDoctorChecks::jsonAndTextShape()
{
    DoctorReport report;
    report.profile = QStringLiteral("work");
    report.checks << DoctorCheck::make(Id::DnsTls, Verdict::Ok, QStringLiteral("answers."))
                  << DoctorCheck::make(Id::Rotation, Verdict::Warning, QStringLiteral("off."), QStringLiteral("turn it on."))
                  << DoctorCheck::make(Id::Audience, Verdict::Fail, QStringLiteral("bad."))
                  << DoctorCheck::make(Id::ClockSkew, Verdict::Skipped, QStringLiteral("n/a."));
    const QJsonObject json = report.toJson();
    QCOMPARE(json.value("profile").toString(), QStringLiteral("work"));
    const QJsonObject second = json.value("checks").toArray().at(1).toObject();
    QCOMPARE(second.value("id").toString(), QStringLiteral("rotation"));
    QCOMPARE(second.value("verdict").toString(), QStringLiteral("warning"));
    QCOMPARE(second.value("finding").toString(), QStringLiteral("off."));
    QCOMPARE(second.value("fix").toString(), QStringLiteral("turn it on."));
    const QStringList lines = report.toText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), QStringLiteral("\u2714 Domain: answers."));
    QCOMPARE(lines.at(1), QStringLiteral("\u26a0 Rotation: off. Fix: turn it on."));
    QVERIFY(lines.at(2).startsWith(QStringLiteral("\u2716 ")));
    QVERIFY(lines.at(3).startsWith(QStringLiteral("\u2013 ")));
}

QTEST_GUILESS_MAIN(TestDoctorChecks)
#include "tst_doctorchecks.moc"
