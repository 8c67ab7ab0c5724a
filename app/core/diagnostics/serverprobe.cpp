#include "diagnostics/serverprobe.h"

#include "auth/discovery.h"
#include "common/logging.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimeZone>

#include <memory>

ServerProbe::ServerProbe(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{
}

QDateTime ServerProbe::parseHttpDate(const QByteArray &value)
{
    // Qt's RFC 2822 parser wants a numeric zone; HTTP always says "GMT".
    QString text = QString::fromLatin1(value).trimmed();
    if (text.endsWith(QLatin1String(" GMT")))
        text.chop(4);
    QDateTime at = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
    if (!at.isValid())
        return {};
    at.setTimeZone(QTimeZone::utc());
    return at;
}

void ServerProbe::run(const QUrl &issuer, std::function<void(const ServerProbeResult &)> done,
                      int timeoutMs)
{
    auto result = std::make_shared<ServerProbeResult>();
    result->documentUrl = DiscoveryClient::documentUrl(issuer);

    QNetworkRequest request(result->documentUrl);
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(timeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);

    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    const QDateTime sentAt = QDateTime::currentDateTimeUtc();
    QNetworkReply *reply = m_nam->get(request);
    qCInfo(lcNetwork) << "diagnostics probe" << result->documentUrl.toString();

    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > MaxDocumentBytes)
            reply->abort();
    });
    connect(reply, &QNetworkReply::finished, this,
            [reply, result, timer, sentAt, issuer, done = std::move(done)] {
        reply->deleteLater();
        result->elapsedMs = timer->elapsed();
        result->httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (!result->answered()) {
            result->networkError = reply->errorString();
            done(*result);
            return;
        }

        // Compare with the middle of the exchange: the server stamped the Date then.
        result->serverDate = parseHttpDate(reply->rawHeader("Date"));
        if (result->serverDate.isValid()) {
            const QDateTime middle = sentAt.addMSecs(result->elapsedMs / 2);
            result->clockSkewSeconds = middle.secsTo(result->serverDate);
        }

        if (result->httpStatus != 200) {
            result->refusal = tr("The server answered HTTP %1.").arg(result->httpStatus);
            done(*result);
            return;
        }
        QJsonParseError jsonError;
        const QJsonDocument document =
            QJsonDocument::fromJson(reply->read(MaxDocumentBytes), &jsonError);
        if (jsonError.error != QJsonParseError::NoError || !document.isObject()) {
            result->refusal = tr("The answer is not a JSON document.");
            done(*result);
            return;
        }
        const auto list = [&document](const char *key) {
            QStringList values;
            for (const QJsonValue &value : document.object().value(QLatin1String(key)).toArray())
                values.append(value.toString());
            return values;
        };
        result->codeChallengeMethods = list("code_challenge_methods_supported");
        result->scopesSupported = list("scopes_supported");
        result->issuerInDocument = document.object().value(QLatin1String("issuer")).toString();
        result->issuerMatches = result->issuerInDocument == issuer.toString(QUrl::FullyEncoded);
        QString error;
        result->endpoints =
            ProviderEndpoints::fromDiscoveryDocument(document.object(), issuer, &error);
        result->refusal = error;
        done(*result);
    });
}
