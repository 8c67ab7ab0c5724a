#pragma once

#include "auth/tokenresult.h"
#include "clirunner.h"
#include "config/profile.h"
#include "isolatedenvironment.h"
#include "storage/tokenstore.h"
#include "testserver.h"

#include <QJsonObject>
#include <memory>

// What every session test needs: isolated settings, the real server, one profile
// pointing at it (unique name: the Secret Service is shared), and the CLI to drive.
class SessionFixture
{
public:
    bool start(QString *error);

    QString profileName() const { return m_profile.name; }
    const Profile &profile() const { return m_profile; }
    TestServer &server() { return *m_server; }
    CliRunner &cli() { return *m_cli; }
    CliRun run(QStringList arguments, int timeoutMs = 60000); // adds --profile

    // What the keychain holds for the profile, read by this (separate) process.
    KeychainResult storedRefreshToken();
    // `status --json` of the profile.
    QJsonObject status();
    // Presents a refresh token to the server directly, as an attacker or a stale
    // process would. NB with rotation this kills the family if the token was rotated.
    TokenResult refreshAtServer(const QByteArray &refreshToken);
    int serverCount(const QString &path); // e.g. "token/refresh_token", "revocations"

    static QString fingerprint(const QByteArray &secret);

private:
    std::unique_ptr<IsolatedEnvironment> m_environment;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<CliRunner> m_cli;
    TokenStore m_tokens;
    Profile m_profile;
};
