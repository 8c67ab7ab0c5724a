#pragma once

#include "auth/httpform.h"

#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

// The outcome of one RFC 7009 revocation.
struct RevocationResult
{
    enum class Kind {
        Revoked, // 200: the token is dead (also when the server did not know it, RFC 7009 2.2)
        Failed,  // anything else; the token may still be alive
    };

    Kind kind = Kind::Failed;
    QString error;    // the server's "error" code or our short code ("timeout", "network", ...)
    QString message;  // translated, for the person or the support log
    int httpStatus = 0;

    bool ok() const { return kind == Kind::Revoked; }
};

// Revokes a refresh token at sign-out (RFC 7009), as a public client: client_id in the
// body, token_type_hint=refresh_token. Revoking a refresh token also ends the access
// tokens issued from it at Auth0.
//
//   RevocationClient client(&nam);
//   client.revoke(endpoints.revocation, profile.clientId, refreshToken,
//                 [](const RevocationResult &r) { if (!r.ok()) warn(r.message); });
class RevocationClient : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultTimeoutMs = 15000;
    static constexpr qint64 MaxBodyBytes = 64 * 1024;

    explicit RevocationClient(QNetworkAccessManager *nam, QObject *parent = nullptr);

    void setTimeout(int ms);

    void revoke(const QUrl &revocationEndpoint, const QString &clientId, const QByteArray &token,
                std::function<void(const RevocationResult &)> done);

private:
    QNetworkAccessManager *m_nam;
    HttpLimits m_limits{DefaultTimeoutMs, MaxBodyBytes};
};
