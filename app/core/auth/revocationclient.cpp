#include "auth/revocationclient.h"

#include "common/logging.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>

namespace {

RevocationResult interpret(const HttpExchange &http)
{
    RevocationResult result;
    result.httpStatus = http.timedOut ? 0 : http.httpStatus;
    if (http.timedOut) {
        result.error = QStringLiteral("timeout");
        result.message = RevocationClient::tr("The sign-in server did not answer in time.");
    } else if (http.httpStatus == 0) {
        result.error = QStringLiteral("network");
        result.message = RevocationClient::tr("The sign-in server could not be reached: %1")
                             .arg(http.networkErrorString);
    } else if (http.httpStatus == 200) {
        result.kind = RevocationResult::Kind::Revoked;
    } else {
        const QJsonObject json = QJsonDocument::fromJson(http.body).object();
        result.error = json.value(QLatin1String("error")).toString();
        if (result.error.isEmpty())
            result.error = QStringLiteral("http_%1").arg(http.httpStatus);
        const QString description = json.value(QLatin1String("error_description")).toString();
        result.message = description.isEmpty()
            ? RevocationClient::tr("The sign-in server refused to revoke the token (%1).")
                  .arg(result.error)
            : description;
    }
    return result;
}

} // namespace

RevocationClient::RevocationClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{
}

void RevocationClient::setTimeout(int ms)
{
    m_limits.timeoutMs = ms;
}

void RevocationClient::revoke(const QUrl &revocationEndpoint, const QString &clientId,
                              const QByteArray &token,
                              std::function<void(const RevocationResult &)> done)
{
    QNetworkRequest request(revocationEndpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    const QByteArray body = formEncode({{QStringLiteral("client_id"), clientId.toUtf8()},
                                        {QStringLiteral("token"), token},
                                        {QStringLiteral("token_type_hint"),
                                         QByteArrayLiteral("refresh_token")}});

    qCInfo(lcNetwork) << "revocation request to" << revocationEndpoint.host();
    sendBounded(m_nam, request, body, m_limits,
                [done = std::move(done)](const HttpExchange &http) {
                    const RevocationResult result = interpret(http);
                    qCInfo(lcNetwork) << "revocation response"
                                      << (result.ok() ? "revoked" : "failed") << "status"
                                      << result.httpStatus << result.error;
                    done(result);
                });
}
