#include "auth/providerendpoints.h"
#include "config/profile.h"
#include "connector/connectordocument.h"
#include "connector/mtext.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(Profile)

// Feeds generated documents to Microsoft's M parser (tests/connector/check-m.mjs on
// npm @microsoft/powerquery-parser) and compares the shapes it reports: a hostile
// profile value must stay inside its literal, so the document keeps the same members
// and the same number of text literals as a harmless one.
class TestConnectorParse : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void parses_data();
    void parses();
    void checkerRejectsBrokenDocument_data();
    void checkerRejectsBrokenDocument();

private:
    struct Check
    {
        int exitCode = -1;
        QJsonObject shape;
        QString errorText;
    };
    Check check(const QString &document);

    static Profile normalProfile();
    static Profile hostileProfile();
    static QString generate(const Profile &profile);

    QString m_node;
    QString m_script;
    QTemporaryDir m_dir;
    QJsonObject m_normalShape;
};

Profile TestConnectorParse::normalProfile()
{
    Profile p;
    p.name = QStringLiteral("sample");
    p.issuer = QUrl(QStringLiteral("https://tenant.eu.auth0.com/"));
    p.clientId = QStringLiteral("abc123");
    p.audience = QStringLiteral("https://api.example.com/");
    return p;
}

Profile TestConnectorParse::hostileProfile()
{
    const QString payload = QStringLiteral("x\"&Text.From(1)&\"#(lf)#(\r\n\t\";\nshared Evil = 1;\n//");
    Profile p;
    p.name = QStringLiteral("evil\nshared Evil2 = 2;");
    p.issuer = QUrl(QStringLiteral("https://tenant.eu.auth0.com/a\"b#(c)/\"&Text.From(1)&\"/"));
    p.clientId = payload;
    p.audience = QStringLiteral("\"&Text.From(2)&\"") + payload;
    p.scopes = {QStringLiteral("openid"), QStringLiteral("\"&x&\""), QStringLiteral("#(")};
    p.redirectUri = QUrl(QStringLiteral("https://oauth.powerbi.com/views/oauthredirect.html?a=\"#(lf)"));
    return p;
}

QString TestConnectorParse::generate(const Profile &profile)
{
    QString error;
    const QString doc = ConnectorDocument::generate(
        profile, ProviderEndpoints::auth0Defaults(profile.issuer), QStringLiteral("Contoso"), &error);
    if (doc.isEmpty())
        qWarning() << "generate failed:" << error;
    return doc;
}

void TestConnectorParse::initTestCase()
{
    m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
    QVERIFY2(!m_node.isEmpty(), "node is not on PATH (scripts/install-deps.sh installs it)");
    const QString tests = qEnvironmentVariable("SIGNIN_TESTS_DIR");
    QVERIFY2(!tests.isEmpty(), "SIGNIN_TESTS_DIR is not set (run through ctest)");
    m_script = tests + QStringLiteral("/connector/check-m.mjs");
    QVERIFY2(QFile::exists(m_script), qPrintable(m_script));
    QVERIFY2(QFile::exists(tests + QStringLiteral("/node_modules/@microsoft/powerquery-parser")),
             "run `npm ci` in tests/ first");
    QVERIFY(m_dir.isValid());

    const Check normal = check(generate(normalProfile()));
    QCOMPARE(normal.exitCode, 0);
    m_normalShape = normal.shape;
    QCOMPARE(m_normalShape.value(QStringLiteral("section")).toString(), QStringLiteral("Contoso"));
}

TestConnectorParse::Check TestConnectorParse::check(const QString &document)
{
    static int counter = 0;
    const QString path = m_dir.filePath(QStringLiteral("doc%1.pq").arg(++counter));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(document.toUtf8()) < 0)
        return {};
    file.close();

    QProcess node;
    node.start(m_node, {m_script, path});
    Check result;
    if (!node.waitForFinished(60000)) {
        node.kill();
        node.waitForFinished();
        result.errorText = QStringLiteral("the checker timed out");
        return result;
    }
    result.exitCode = node.exitStatus() == QProcess::NormalExit ? node.exitCode() : -1;
    result.shape = QJsonDocument::fromJson(node.readAllStandardOutput()).object();
    result.errorText = QString::fromUtf8(node.readAllStandardError());
    return result;
}

void TestConnectorParse::parses_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::addColumn<int>("extraLiterals"); // compared with the normal profile's document
    QTest::addRow("normal profile") << normalProfile() << 0;
    QTest::addRow("hostile profile") << hostileProfile() << 0;
    Profile noAudience = normalProfile();
    noAudience.audience.clear();
    QTest::addRow("no audience: one literal less") << noAudience << -1;
}

void TestConnectorParse::parses()
{
    QFETCH(Profile, profile);
    QFETCH(int, extraLiterals);
    const QString doc = generate(profile);
    QVERIFY(!doc.isEmpty());
    const Check result = check(doc);
    QVERIFY2(result.exitCode == 0, qPrintable(result.errorText));
    QCOMPARE(result.shape.value(QStringLiteral("members")),
             m_normalShape.value(QStringLiteral("members")));
    QCOMPARE(result.shape.value(QStringLiteral("textLiterals")).toInt(),
             m_normalShape.value(QStringLiteral("textLiterals")).toInt() + extraLiterals);
    QVERIFY(!doc.contains(QStringLiteral("\nshared Evil")));
}

void TestConnectorParse::checkerRejectsBrokenDocument_data()
{
    QTest::addColumn<QString>("document");
    QTest::addColumn<bool>("parses");

    const QString good = generate(normalProfile());
    QTest::addRow("unterminated literal")
        << QString(good).replace(QStringLiteral("ClientId = \"abc123\";"),
                                 QStringLiteral("ClientId = \"abc123;"))
        << false;
    QTest::addRow("missing semicolon between members")
        << QString(good).replace(QStringLiteral("ClientId = \"abc123\";"),
                                 QStringLiteral("ClientId = \"abc123\""))
        << false;
    // What the generator would produce if it pasted the hostile client id unescaped:
    // either a syntax error or a document of another shape. Proves the check can fail.
    const Profile hostile = hostileProfile();
    QTest::addRow("hostile value pasted raw")
        << QString(generate(hostile))
               .replace(mTextLiteral(hostile.clientId),
                        QLatin1Char('"') + hostile.clientId + QLatin1Char('"'))
        << false;
}

void TestConnectorParse::checkerRejectsBrokenDocument()
{
    QFETCH(QString, document);
    QFETCH(bool, parses);
    const Check result = check(document);
    const bool sameShape = result.exitCode == 0
        && result.shape.value(QStringLiteral("members")) == m_normalShape.value(QStringLiteral("members"))
        && result.shape.value(QStringLiteral("textLiterals")) == m_normalShape.value(QStringLiteral("textLiterals"));
    QCOMPARE(sameShape, parses);
    if (result.exitCode == 1)
        QVERIFY2(!result.errorText.isEmpty(), "the checker must say what is wrong");
}

QTEST_GUILESS_MAIN(TestConnectorParse)
#include "tst_connectorparse.moc"
