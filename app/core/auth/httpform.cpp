#include "auth/httpform.h"

#include <QDateTime>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QTimeZone>
#include <QTimer>

#include <memory>

namespace {

QByteArray encodeComponent(const QByteArray &raw)
{
    // toPercentEncoding() leaves exactly the RFC 3986 unreserved set alone and encodes
    // "+" as "%2B", so turning "%20" into "+" afterwards cannot be ambiguous.
    QByteArray encoded = raw.toPercentEncoding();
    encoded.replace("%20", "+");
    return encoded;
}

struct ExchangeState
{
    HttpExchange result;
    bool finished = false;
};

} // namespace

QByteArray formEncode(const FormFields &fields)
{
    QByteArray body;
    for (const FormField &field : fields) {
        if (!body.isEmpty())
            body += '&';
        body += encodeComponent(field.first.toUtf8());
        body += '=';
        body += encodeComponent(field.second);
    }
    return body;
}

void sendBounded(QNetworkAccessManager *nam, QNetworkRequest request, const QByteArray &postBody,
                 const HttpLimits &limits, std::function<void(const HttpExchange &)> done)
{
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);

    QNetworkReply *reply = postBody.isNull() ? nam->get(request) : nam->post(request, postBody);
    auto state = std::make_shared<ExchangeState>();

    auto *deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    QObject::connect(deadline, &QTimer::timeout, reply, [reply, state] {
        state->result.timedOut = true;
        reply->abort();
    });
    deadline->start(limits.timeoutMs);

    const qint64 cap = limits.maxBodyBytes;
    auto overCap = [reply, state, cap](qint64 size) {
        if (size <= cap || state->result.tooLarge)
            return false;
        state->result.tooLarge = true;
        state->result.body.clear();
        reply->abort();
        return true;
    };
    // A declared length over the cap is refused before any of the body is read.
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply, [reply, overCap] {
        const QVariant length = reply->header(QNetworkRequest::ContentLengthHeader);
        if (length.isValid())
            overCap(length.toLongLong());
    });
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [reply, state, overCap] {
        if (state->result.tooLarge)
            return;
        state->result.body += reply->readAll();
        overCap(state->result.body.size());
    });
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, state, deadline, overCap,
                                                              done = std::move(done)] {
        if (state->finished)
            return;
        state->finished = true;
        deadline->stop();
        if (!state->result.tooLarge && !state->result.timedOut) {
            state->result.body += reply->readAll();
            overCap(state->result.body.size());
        }
        HttpExchange &r = state->result;
        r.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.networkError = reply->error();
        r.networkErrorString = reply->errorString();
        r.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        r.retryAfter = reply->rawHeader("Retry-After");
        const QByteArray location = reply->rawHeader("Location");
        if (!location.isEmpty())
            r.location = reply->url().resolved(QUrl::fromEncoded(location));
        if (r.tooLarge || r.timedOut)
            r.body.clear();
        reply->deleteLater();
        done(r);
    });
}

int parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool isNumber = false;
    const qlonglong seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds < 0 ? -1 : int(qMin<qlonglong>(seconds, 24 * 3600 * 7));

    // IMF-fixdate, the only date form servers may send ("Sun, 06 Nov 1994 08:49:37 GMT").
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(trimmed),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return -1;
    when.setTimeZone(QTimeZone::utc());
    return int(qBound(qint64(0), nowUtc.secsTo(when), qint64(24 * 3600 * 7)));
}
