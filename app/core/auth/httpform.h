#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPair>
#include <QString>

#include <functional>

class QNetworkAccessManager;

// Small HTTP helpers shared by the clients that talk to the authorization server
// (DiscoveryClient, TokenClient, RevocationClient).

// One name/value pair of an application/x-www-form-urlencoded body. Values are bytes
// because they are often secrets (codes, verifiers, refresh tokens).
using FormField = QPair<QString, QByteArray>;
using FormFields = QList<FormField>;

// Encodes fields as application/x-www-form-urlencoded (RFC 6749 appendix B): every byte
// outside ALPHA / DIGIT / "-" / "." / "_" / "~" is percent-encoded, a space becomes "+".
// A "+", "&" or "=" inside a value therefore survives the trip to the server, which
// QUrlQuery does not guarantee.
QByteArray formEncode(const FormFields &fields);

// What one bounded HTTP exchange produced. httpStatus is 0 when no answer arrived.
struct HttpExchange
{
    int httpStatus = 0;
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorString;
    bool timedOut = false;   // our deadline fired and the request was aborted
    bool tooLarge = false;   // the body passed the cap and reading was aborted
    QByteArray body;         // empty when tooLarge
    QByteArray contentType;
    QByteArray retryAfter;   // raw Retry-After header
    QUrl location;           // Location of a 3xx, resolved (never followed)

    bool answered() const { return httpStatus != 0 && !timedOut && !tooLarge; }
};

struct HttpLimits
{
    int timeoutMs = 30000;        // for the whole exchange, not just inactivity
    qint64 maxBodyBytes = 1 << 20;
};

// Sends one request (GET when body is null, POST otherwise) with a whole-exchange
// deadline and a body cap. Redirects are never followed and no cookies are sent or kept:
// the authorization server's API endpoints have no use for either, and following a
// redirect would post secrets to wherever it points. `done` is called exactly once.
void sendBounded(QNetworkAccessManager *nam, QNetworkRequest request, const QByteArray &postBody,
                 const HttpLimits &limits, std::function<void(const HttpExchange &)> done);

// Seconds from a Retry-After value: delta-seconds or an HTTP date (RFC 9110 10.2.3),
// -1 when absent or unreadable. A date in the past gives 0.
int parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc);
