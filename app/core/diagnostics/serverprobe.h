#pragma once

#include "auth/providerendpoints.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

// What one live look at the sign-in server showed, for the diagnostics report.
struct ServerProbeResult
{
    QUrl documentUrl;
    int httpStatus = 0;         // 0: no answer
    QString networkError;       // translated or Qt's text; empty when answered
    qint64 elapsedMs = 0;
    QString issuerInDocument;   // the document's "issuer", as written
    bool issuerMatches = false; // exactly the configured issuer (trailing slash counts)
    QString refusal;            // why the document cannot be used (translated), if so
    ProviderEndpoints endpoints;  // empty when refused
    QStringList codeChallengeMethods; // as the document lists them, even when refused
    QStringList scopesSupported;
    QDateTime serverDate;       // the HTTP Date header, UTC; invalid when absent
    qint64 clockSkewSeconds = 0; // server minus this computer, when serverDate is valid

    bool answered() const { return httpStatus != 0; }
};

// Fetches <issuer>.well-known/openid-configuration once, bypassing DiscoveryClient's
// caches on purpose (support wants to know what the server says now), and validates it
// with the same rules (ProviderEndpoints::fromDiscoveryDocument). The same answer's
// Date header gives the clock skew, which is what makes ID tokens look "issued in the
// future" or expired.
class ServerProbe : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultTimeoutMs = 10000;
    static constexpr qint64 MaxDocumentBytes = 256 * 1024;

    explicit ServerProbe(QNetworkAccessManager *nam, QObject *parent = nullptr);

    // `done` is called exactly once, from the event loop.
    void run(const QUrl &issuer, std::function<void(const ServerProbeResult &)> done,
             int timeoutMs = DefaultTimeoutMs);

    // An HTTP date (RFC 9110 5.6.7, "Sun, 06 Nov 1994 08:49:37 GMT") in UTC.
    static QDateTime parseHttpDate(const QByteArray &value);

private:
    QNetworkAccessManager *m_nam;
};
