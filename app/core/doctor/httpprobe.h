#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>
#include <QStringList>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

// Everything the doctor wants to know about one GET: not only the body (as sendBounded
// gives it) but also why it failed (DNS, refused, TLS with the certificate errors, our
// deadline) and the server's Date header, for the clock check.
struct ProbeAnswer
{
    QUrl url;
    int httpStatus = 0; // 0: no HTTP answer
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QStringList sslErrors; // QSslError texts, when the TLS handshake was refused
    bool timedOut = false;
    QByteArray body;       // at most MaxBodyBytes
    QUrl location;         // a 3xx's Location, resolved against url (never followed)
    QDateTime serverDate;  // the Date header (UTC); invalid when absent
    QDateTime sentAt;      // this computer's clock (UTC)
    QDateTime receivedAt;

    bool answered() const { return httpStatus != 0; }
};

namespace HttpProbe {
constexpr int DefaultTimeoutMs = 10000;
constexpr qint64 MaxBodyBytes = 256 * 1024;

// One GET, no redirects followed, no cookies, no cache, certificate errors NOT ignored.
// `done` is called exactly once, from the event loop.
void get(QNetworkAccessManager *nam, const QUrl &url, int timeoutMs,
         std::function<void(const ProbeAnswer &)> done);
} // namespace HttpProbe
