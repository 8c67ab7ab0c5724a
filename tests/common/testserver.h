#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

// The real authorization server for tests: tests/server/server.js (npm oidc-provider,
// configured like an Auth0 tenant) started on a free loopback port and stopped with
// this object. Its /__test/ control API switches faults and reports request counts.
//
//   TestServer server;
//   QVERIFY2(server.start(), qPrintable(server.errorString()));
//   server.setFault("token", "500");
//   QCOMPARE(server.stats()["token"].toObject()["refresh_token"].toInt(), 1);
class TestServer
{
public:
    explicit TestServer(const QStringList &extraArguments = {});
    ~TestServer();

    bool start();
    void stop();
    QString errorString() const { return m_error; }

    QUrl issuer() const { return m_issuer; } // with a trailing slash, like Auth0
    QUrl url(const QString &path) const;     // path relative to the issuer
    static QString clientId() { return QStringLiteral("connector-test-client"); }
    static QString username() { return QStringLiteral("test@example.com"); }
    static QString password() { return QStringLiteral("Passw0rd!"); }

    // Control API; each returns false (and sets errorString) when the server refused.
    bool setFault(const QString &endpoint, const QString &kind, int count = 1,
                  const QJsonObject &extra = {});
    bool clearFault(const QString &endpoint) { return setFault(endpoint, "none", 0); }
    bool configure(const QJsonObject &config);
    bool revokeAll();
    bool resetStats();
    QJsonObject stats();

private:
    QJsonObject call(const QByteArray &method, const QString &path, const QJsonObject &body = {});

    QStringList m_arguments;
    QProcess m_process;
    QUrl m_issuer;
    QString m_error;
};
