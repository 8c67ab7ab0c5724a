#include "auth/providerendpoints.h"
#include "config/profile.h"
#include "connector/connectordocument.h"

#include <QRegularExpression>
#include <QTest>

namespace {
Profile sampleProfile(const QString &audience = QStringLiteral("https://api.example.com/"))
{
    Profile p;
    p.name = QStringLiteral("sample");
    p.issuer = QUrl(QStringLiteral("https://tenant.eu.auth0.com/"));
    p.clientId = QStringLiteral("abc123");
    p.audience = audience;
    return p;
}

QString generate(const Profile &p, const QString &kind = QStringLiteral("Contoso"))
{
    QString error;
    const QString doc =
        ConnectorDocument::generate(p, ProviderEndpoints::auth0Defaults(p.issuer), kind, &error);
    if (doc.isEmpty())
        qWarning() << "generate failed:" << error;
    return doc;
}

// The text of one section member: from "\nName = " to the ";" that ends the member,
// which in the generated document is the last ";" before a blank line or the end.
QString member(const QString &doc, const QString &name)
{
    const qsizetype start = doc.indexOf(QLatin1Char('\n') + name + QStringLiteral(" = "));
    if (start < 0)
        return {};
    qsizetype end = doc.indexOf(QStringLiteral(";\n\n"), start);
    if (end < 0)
        end = doc.size();
    return doc.mid(start + 1, end - start);
}
}

class TestConnectorDocument : public QObject
{
    Q_OBJECT
private slots:
    void sectionAndDataSourceKind();
    void verifierMadeInsideStartLoginAndCarriedInContext();
    void finishLoginExchangesWithPlainVerifierAndRaisesOAuthErrors();
    void refreshSendsNoVerifier();
    void authorizeParameters();
    void audienceOnlyWhenSet_data();
    void audienceOnlyWhenSet();
    void offlineAccessAlwaysRequested();
    void logoutUsesTenantLogout();
    void iconsNamedAfterKind();
    void windowSizeFromProfile();
    void headerNamesVersionAndProfile();
    void validKinds_data();
    void validKinds();
    void refusesInvalidKindWithMessage();
    void refusesProfileWithoutClientId();
};

void TestConnectorDocument::sectionAndDataSourceKind()
{
    const QString doc = generate(sampleProfile());
    QVERIFY(doc.contains(QStringLiteral("\nsection Contoso;\n")));
    QCOMPARE(doc.count(QStringLiteral("section ")), 1);
    QVERIFY(doc.contains(
        QStringLiteral("[DataSource.Kind = \"Contoso\", Publish = \"Contoso.Publish\"]\n"
                       "shared Contoso.Contents = (url as text) =>")));
    QVERIFY(doc.contains(QStringLiteral(
        "Authorization = \"Bearer \" & credential[access_token]")));
    QVERIFY(doc.contains(QStringLiteral("credential = Extension.CurrentCredential()")));
    const QString kindRecord = member(doc, QStringLiteral("Contoso"));
    QVERIFY(kindRecord.contains(
        QStringLiteral("TestConnection = (dataSourcePath) => { \"Contoso.Contents\", dataSourcePath }")));
    for (const char *fn : {"StartLogin", "FinishLogin", "Refresh", "Logout"})
        QVERIFY2(kindRecord.contains(QStringLiteral("%1 = %1").arg(QLatin1String(fn))), fn);
    const QString publish = member(doc, QStringLiteral("Contoso.Publish"));
    QVERIFY(publish.contains(QStringLiteral("SourceImage = Contoso.Icons")));
    QVERIFY(publish.contains(QStringLiteral("Beta = true")));
}

void TestConnectorDocument::verifierMadeInsideStartLoginAndCarriedInContext()
{
    const QString doc = generate(sampleProfile());
    const QString startLogin = member(doc, QStringLiteral("StartLogin"));
    QVERIFY(startLogin.startsWith(
        QStringLiteral("StartLogin = (clientApplication, dataSourcePath, state, display) =>")));
    // The only random value in the document, and it lives inside StartLogin: a
    // section-level verifier is re-evaluated before FinishLogin (DataConnectors #280).
    QCOMPARE(doc.count(QStringLiteral("Text.NewGuid()")), 2);
    QCOMPARE(startLogin.count(QStringLiteral("Text.NewGuid()")), 2);
    QVERIFY(startLogin.contains(
        QStringLiteral("codeVerifier = Text.Remove(Text.NewGuid() & Text.NewGuid(), \"-\")")));
    QVERIFY(startLogin.contains(QStringLiteral("Context = codeVerifier")));
    QVERIFY(startLogin.contains(QStringLiteral(
        "Crypto.CreateHash(CryptoAlgorithm.SHA256, Text.ToBinary(codeVerifier")));
    QVERIFY(startLogin.contains(QStringLiteral("code_challenge = codeChallenge")));
    QVERIFY(!startLogin.contains(QStringLiteral("code_challenge = codeVerifier")));
}

void TestConnectorDocument::finishLoginExchangesWithPlainVerifierAndRaisesOAuthErrors()
{
    const QString finish = member(generate(sampleProfile()), QStringLiteral("FinishLogin"));
    QVERIFY(finish.startsWith(QStringLiteral(
        "FinishLogin = (clientApplication, dataSourcePath, context, callbackUri, state) =>")));
    QVERIFY(finish.contains(QStringLiteral("Uri.Parts(callbackUri)[Query]")));
    QVERIFY(finish.contains(QStringLiteral("code_verifier = context")));
    QVERIFY(finish.contains(QStringLiteral("grant_type = \"authorization_code\"")));
    QVERIFY(finish.contains(QStringLiteral("Record.HasFields(query, \"error\")")));
    QVERIFY(finish.contains(QStringLiteral("error Error.Record(query[error]")));
    QVERIFY(finish.contains(QStringLiteral("\"error_description\"")));
}

void TestConnectorDocument::refreshSendsNoVerifier()
{
    const QString doc = generate(sampleProfile());
    const QString refresh = member(doc, QStringLiteral("Refresh"));
    QVERIFY(refresh.startsWith(QStringLiteral("Refresh = (dataSourcePath, refreshToken) =>")));
    QVERIFY(refresh.contains(QStringLiteral("grant_type = \"refresh_token\"")));
    QVERIFY(refresh.contains(QStringLiteral("refresh_token = refreshToken")));
    QVERIFY(!refresh.contains(QStringLiteral("code_verifier")));
    // ...and the shared helper adds none either.
    const QString tokenMethod = member(doc, QStringLiteral("TokenMethod"));
    QVERIFY(!tokenMethod.isEmpty());
    QVERIFY(!tokenMethod.contains(QStringLiteral("code_verifier")));
    QVERIFY(tokenMethod.contains(QStringLiteral("ManualStatusHandling")));
    QVERIFY(tokenMethod.contains(QStringLiteral("Web.Contents(TokenUri")));
}

void TestConnectorDocument::authorizeParameters()
{
    const QString doc = generate(sampleProfile());
    QVERIFY(doc.contains(QStringLiteral("\nClientId = \"abc123\";\n")));
    QVERIFY(doc.contains(QStringLiteral("\nAuthorizeUri = \"https://tenant.eu.auth0.com/authorize\";\n")));
    QVERIFY(doc.contains(QStringLiteral("\nTokenUri = \"https://tenant.eu.auth0.com/oauth/token\";\n")));
    QVERIFY(doc.contains(QStringLiteral(
        "\nRedirectUri = \"https://oauth.powerbi.com/views/oauthredirect.html\";\n")));
    const QString startLogin = member(doc, QStringLiteral("StartLogin"));
    for (const char *field : {"client_id = ClientId", "scope = Scope", "response_type = \"code\"",
                              "state = state", "redirect_uri = RedirectUri",
                              "code_challenge_method = \"S256\"",
                              "code_challenge = codeChallenge", "] & AuthorizeExtras"})
        QVERIFY2(startLogin.contains(QLatin1String(field)), field);
    QVERIFY(startLogin.contains(QStringLiteral("LoginUri = AuthorizeUri & \"?\" & Uri.BuildQueryString(parameters)")));
    QVERIFY(startLogin.contains(QStringLiteral("CallbackUri = RedirectUri")));
}

void TestConnectorDocument::audienceOnlyWhenSet_data()
{
    QTest::addColumn<QString>("audience");
    QTest::addColumn<QString>("expectedExtras");
    QTest::addRow("audience set") << "https://api.example.com/"
                                  << "\nAuthorizeExtras = [audience = \"https://api.example.com/\"];\n";
    QTest::addRow("no audience") << "" << "\nAuthorizeExtras = [];\n";
}

void TestConnectorDocument::audienceOnlyWhenSet()
{
    QFETCH(QString, audience);
    QFETCH(QString, expectedExtras);
    const QString doc = generate(sampleProfile(audience));
    QVERIFY(doc.contains(expectedExtras));
    QCOMPARE(doc.count(QStringLiteral("audience =")), audience.isEmpty() ? 0 : 1);
}

void TestConnectorDocument::offlineAccessAlwaysRequested()
{
    Profile p = sampleProfile();
    p.scopes = {QStringLiteral("openid"), QStringLiteral("read:reports")};
    QVERIFY(generate(p).contains(QStringLiteral("\nScope = \"openid read:reports offline_access\";\n")));
    QVERIFY(generate(sampleProfile()).contains(
        QStringLiteral("\nScope = \"openid offline_access profile email\";\n")));
}

void TestConnectorDocument::logoutUsesTenantLogout()
{
    const QString doc = generate(sampleProfile());
    QVERIFY(doc.contains(QStringLiteral("\nLogoutUri = \"https://tenant.eu.auth0.com/v2/logout\";\n")));
    const QString logout = member(doc, QStringLiteral("Logout"));
    QVERIFY(logout.startsWith(QStringLiteral("Logout = (clientApplication, dataSourcePath, accessToken) =>")));
    QVERIFY(logout.contains(QStringLiteral("LogoutUri & \"?\" & Uri.BuildQueryString([client_id = ClientId])")));
}

void TestConnectorDocument::iconsNamedAfterKind()
{
    const QString icons = member(generate(sampleProfile(), QStringLiteral("Acme_2")),
                                 QStringLiteral("Acme_2.Icons"));
    for (int size : {16, 20, 24, 32, 40, 48, 64})
        QVERIFY2(icons.contains(QStringLiteral("Extension.Contents(\"Acme_2%1.png\")").arg(size)),
                 qPrintable(QString::number(size)));
    QCOMPARE(icons.count(QStringLiteral("Extension.Contents(\"Acme_232.png\")")), 2);
}

void TestConnectorDocument::windowSizeFromProfile()
{
    Profile p = sampleProfile();
    p.windowSize = QSize(800, 600);
    const QString doc = generate(p);
    QVERIFY(doc.contains(QStringLiteral("\nLoginWindowWidth = 800;\n")));
    QVERIFY(doc.contains(QStringLiteral("\nLoginWindowHeight = 600;\n")));
    const QString startLogin = member(doc, QStringLiteral("StartLogin"));
    QVERIFY(startLogin.contains(QStringLiteral("WindowWidth = LoginWindowWidth")));
    QVERIFY(startLogin.contains(QStringLiteral("WindowHeight = LoginWindowHeight")));
}

void TestConnectorDocument::headerNamesVersionAndProfile()
{
    const QString doc = generate(sampleProfile());
    const QString firstLine = doc.section(QLatin1Char('\n'), 0, 1);
    QVERIFY2(firstLine.contains(QStringLiteral("Connector Sign-In " SIGNIN_VERSION)), qPrintable(firstLine));
    QVERIFY2(firstLine.contains(QStringLiteral("profile \"sample\"")), qPrintable(firstLine));
    QVERIFY(!doc.contains(QStringLiteral("%%")));
}

void TestConnectorDocument::validKinds_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("valid");
    QTest::addRow("word") << "Contoso" << true;
    QTest::addRow("underscore start") << "_Contoso" << true;
    QTest::addRow("digits after") << "Api2Go" << true;
    QTest::addRow("64 characters") << QString(64, QLatin1Char('a')) << true;
    QTest::addRow("empty") << "" << false;
    QTest::addRow("digit first") << "2Go" << false;
    QTest::addRow("space") << "Con toso" << false;
    QTest::addRow("dash") << "Con-toso" << false;
    QTest::addRow("dot") << "Con.toso" << false;
    QTest::addRow("quote") << "Con\"toso" << false;
    QTest::addRow("non-ASCII letter") << "Zürich" << false;
    QTest::addRow("65 characters") << QString(65, QLatin1Char('a')) << false;
    QTest::addRow("keyword let") << "let" << false;
    QTest::addRow("keyword section") << "section" << false;
    QTest::addRow("keyword shared") << "shared" << false;
    QTest::addRow("path separator") << "../x" << false;
}

void TestConnectorDocument::validKinds()
{
    QFETCH(QString, kind);
    QFETCH(bool, valid);
    QCOMPARE(ConnectorDocument::isValidKind(kind), valid);
}

void TestConnectorDocument::refusesInvalidKindWithMessage()
{
    QString error;
    const Profile p = sampleProfile();
    const QString doc = ConnectorDocument::generate(
        p, ProviderEndpoints::auth0Defaults(p.issuer), QStringLiteral("My Connector"), &error);
    QVERIFY(doc.isEmpty());
    QVERIFY2(error.contains(QStringLiteral("\"My Connector\"")), qPrintable(error));
}

void TestConnectorDocument::refusesProfileWithoutClientId()
{
    QString error;
    Profile p = sampleProfile();
    p.clientId.clear();
    QVERIFY(ConnectorDocument::generate(p, ProviderEndpoints::auth0Defaults(p.issuer),
                                        QStringLiteral("Contoso"), &error)
                .isEmpty());
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestConnectorDocument)
#include "tst_connectordocument.moc"
