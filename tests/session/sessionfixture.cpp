#include "sessionfixture.h"

#include "auth/tokenclient.h"
#include "storage/profilestore.h"
#include "storage/sessionstate.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>

bool SessionFixture::start(QString *error)
{
    m_environment = std::make_unique<IsolatedEnvironment>();
    m_server = std::make_unique<TestServer>();
    if (!m_server->start()) {
        *error = m_server->errorString();
        return false;
    }
    m_profile.name = m_environment->uniqueProfileName(QStringLiteral("session"));
    m_profile.issuer = m_server->issuer();
    m_profile.clientId = TestServer::clientId();
    const auto saved = ProfileStore().save(m_profile);
    if (!saved.ok()) {
        *error = saved.message;
        return false;
    }
    QProcessEnvironment environment = m_environment->processEnvironment();
    environment.insert(QStringLiteral("SIGNIN_LOGIN_EXE"), qEnvironmentVariable("SIGNIN_HTTP_LOGIN_EXE"));
    environment.insert(QStringLiteral("SIGNIN_HTTP_TIMEOUT_MS"), QStringLiteral("3000"));
    environment.insert(QStringLiteral("SIGNIN_KEYCHAIN_TIMEOUT_MS"), QStringLiteral("20000"));
    m_cli = std::make_unique<CliRunner>(environment);
    return true;
}

CliRun SessionFixture::run(QStringList arguments, int timeoutMs)
{
    arguments << QStringLiteral("--profile") << m_profile.name;
    return m_cli->run(arguments, timeoutMs);
}

KeychainResult SessionFixture::storedRefreshToken()
{
    return m_tokens.readRefreshTokenSync(m_profile.name);
}

QJsonObject SessionFixture::status()
{
    const CliRun result = run({QStringLiteral("status"), QStringLiteral("--json")});
    return QJsonDocument::fromJson(result.out).array().at(0).toObject();
}

TokenResult SessionFixture::refreshAtServer(const QByteArray &refreshToken)
{
    QNetworkAccessManager nam;
    TokenClient client(&nam);
    TokenResult result;
    QEventLoop loop;
    client.refresh(m_server->url(QStringLiteral("oauth/token")), m_profile.clientId, refreshToken,
                   [&](const TokenResult &r) {
                       result = r;
                       loop.quit();
                   });
    loop.exec();
    return result;
}

int SessionFixture::serverCount(const QString &path)
{
    QJsonValue value = m_server->stats();
    for (const QString &part : path.split(QLatin1Char('/')))
        value = value.toObject().value(part);
    return value.toInt(-1);
}

QString SessionFixture::fingerprint(const QByteArray &secret)
{
    return SessionStateStore::fingerprint(secret);
}
