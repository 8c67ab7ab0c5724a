#include "doctor/httpprobe.h"

#include "common/logging.h"
#include "diagnostics/serverprobe.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslError>
#include <QTimer>

#include <memory>

void HttpProbe::get(QNetworkAccessManager *nam, const QUrl &url, int timeoutMs,
                    std::function<void(const ProbeAnswer &)> done)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);

    auto answer = std::make_shared<ProbeAnswer>();
    answer->url = url;
    answer->sentAt = QDateTime::currentDateTimeUtc();
    // The URL may carry an authorize request's state and challenge: log the path only.
    qCInfo(lcNetwork) << "doctor probe" << url.adjusted(QUrl::RemoveQuery).toString();
    QNetworkReply *reply = nam->get(request);

    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    QObject::connect(deadline, &QTimer::timeout, reply, [reply, answer] {
        answer->timedOut = true;
        reply->abort();
    });
    deadline->start(timeoutMs);

    QObject::connect(reply, &QNetworkReply::sslErrors, reply, [answer](const QList<QSslError> &errors) {
        for (const QSslError &error : errors)
            answer->sslErrors.append(error.errorString());
    });
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [reply, answer] {
        answer->body += reply->readAll();
        if (answer->body.size() > HttpProbe::MaxBodyBytes) {
            answer->body.truncate(HttpProbe::MaxBodyBytes);
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, answer, deadline,
                                                              done = std::move(done)] {
        deadline->stop();
        reply->deleteLater();
        answer->receivedAt = QDateTime::currentDateTimeUtc();
        if (answer->body.size() < HttpProbe::MaxBodyBytes)
            answer->body += reply->read(HttpProbe::MaxBodyBytes - answer->body.size());
        answer->httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer->error = reply->error();
        answer->errorString = reply->errorString();
        answer->serverDate = ServerProbe::parseHttpDate(reply->rawHeader("Date"));
        const QByteArray location = reply->rawHeader("Location");
        if (!location.isEmpty())
            answer->location = answer->url.resolved(QUrl::fromEncoded(location));
        qCInfo(lcNetwork) << "doctor probe answered" << answer->httpStatus << answer->error
                          << (answer->timedOut ? "timed out" : "");
        done(*answer);
    });
}
