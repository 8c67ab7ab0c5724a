#pragma once

#include "auth/httpform.h"
#include "auth/providerendpoints.h"

#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

// What discovery produced. There is always a usable set of endpoints: when the
// document cannot be had or is refused, Auth0's well-known paths under the configured
// issuer are used and `warning` (translated) says why.
struct DiscoveryResult
{
    ProviderEndpoints endpoints;
    bool fromCache = false; // from this process's memory or the cache file
    bool fellBack = false;  // Auth0 defaults, the document was not used
    QString warning;
};

// OpenID Connect discovery (<issuer>.well-known/openid-configuration), cached:
//
//   DiscoveryClient discovery(&nam);
//   discovery.resolve(profile.issuer, [](const DiscoveryResult &r) { use(r.endpoints); });
//
// Lookup order: memory (per process) -> cache file (24 h, so that short-lived CLI
// processes do not fetch the document every time) -> network -> Auth0 defaults.
// A document whose "issuer" differs from the configured one is refused (mix-up
// defence, OpenID Connect Discovery 4.3) and never cached.
class DiscoveryClient : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultTimeoutMs = 10000;
    static constexpr qint64 MaxDocumentBytes = 256 * 1024;
    static constexpr int CacheMaxAgeSeconds = 24 * 3600;

    explicit DiscoveryClient(QNetworkAccessManager *nam, QObject *parent = nullptr);

    void setTimeout(int ms);

    // `done` is called exactly once; synchronously when the answer is cached.
    void resolve(const QUrl &issuer, std::function<void(const DiscoveryResult &)> done);

    // <issuer>.well-known/openid-configuration, also when the issuer lacks its trailing slash.
    static QUrl documentUrl(const QUrl &issuer);
    // Where the cache file of this issuer lives (QStandardPaths::CacheLocation/discovery/).
    static QString cacheFilePath(const QUrl &issuer);
    // Forget what this process remembers, e.g. after `configure` changed the issuer.
    static void clearMemoryCache();

private:
    void fetch(const QUrl &issuer, std::function<void(const DiscoveryResult &)> done);

    QNetworkAccessManager *m_nam;
    HttpLimits m_limits{DefaultTimeoutMs, MaxDocumentBytes};
};
