#include "auth/discovery.h"

#include "common/logging.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>
#include <QNetworkRequest>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

// Documents validated in this process, by issuer. Discovery is fetched from whichever
// thread owns the NAM, so guard the map anyway.
struct MemoryCache
{
    QMutex mutex;
    QHash<QString, ProviderEndpoints> entries;
};

MemoryCache &memoryCache()
{
    static MemoryCache cache;
    return cache;
}

QString issuerKey(const QUrl &issuer)
{
    return issuer.toString(QUrl::FullyEncoded);
}

void remember(const QUrl &issuer, const ProviderEndpoints &endpoints)
{
    MemoryCache &cache = memoryCache();
    const QMutexLocker lock(&cache.mutex);
    cache.entries.insert(issuerKey(issuer), endpoints);
}

bool recall(const QUrl &issuer, ProviderEndpoints *endpoints)
{
    MemoryCache &cache = memoryCache();
    const QMutexLocker lock(&cache.mutex);
    const auto it = cache.entries.constFind(issuerKey(issuer));
    if (it == cache.entries.constEnd())
        return false;
    *endpoints = *it;
    return true;
}

// The file keeps the raw document, not our parse of it, so that a newer program
// version re-validates it with its own rules.
bool readCacheFile(const QUrl &issuer, ProviderEndpoints *endpoints)
{
    QFile file(DiscoveryClient::cacheFilePath(issuer));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QJsonObject entry = QJsonDocument::fromJson(
                                  file.read(DiscoveryClient::MaxDocumentBytes * 2)).object();
    const QDateTime fetchedAt = QDateTime::fromString(
        entry.value(QLatin1String("fetched_at")).toString(), Qt::ISODate);
    const qint64 age = fetchedAt.secsTo(QDateTime::currentDateTimeUtc());
    // A time in the future means the clock moved back: do not trust the entry.
    if (!fetchedAt.isValid() || age < 0 || age > DiscoveryClient::CacheMaxAgeSeconds)
        return false;
    if (entry.value(QLatin1String("issuer")).toString() != issuerKey(issuer))
        return false;
    QString error;
    const ProviderEndpoints parsed = ProviderEndpoints::fromDiscoveryDocument(
        entry.value(QLatin1String("document")).toObject(), issuer, &error);
    if (!error.isEmpty())
        return false;
    *endpoints = parsed;
    return true;
}

void writeCacheFile(const QUrl &issuer, const QJsonObject &document)
{
    const QString path = DiscoveryClient::cacheFilePath(issuer);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        qCWarning(lcNetwork) << "discovery cache not writable" << path;
        return;
    }
    const QJsonObject entry{
        {QStringLiteral("issuer"), issuerKey(issuer)},
        {QStringLiteral("fetched_at"),
         QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
        {QStringLiteral("document"), document},
    };
    file.write(QJsonDocument(entry).toJson(QJsonDocument::Compact));
    if (!file.commit())
        qCWarning(lcNetwork) << "discovery cache not written" << path;
}

DiscoveryResult fallback(const QUrl &issuer, const QString &why)
{
    DiscoveryResult result;
    result.endpoints = ProviderEndpoints::auth0Defaults(issuer);
    result.fellBack = true;
    result.warning = DiscoveryClient::tr("The sign-in server's configuration could not be read "
                                         "(%1); using the standard Auth0 addresses.").arg(why);
    qCInfo(lcNetwork) << "discovery" << issuerKey(issuer) << "fallback to Auth0 defaults";
    return result;
}

} // namespace

DiscoveryClient::DiscoveryClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{
}

void DiscoveryClient::setTimeout(int ms)
{
    m_limits.timeoutMs = ms;
}

QUrl DiscoveryClient::documentUrl(const QUrl &issuer)
{
    QUrl base = issuer;
    if (!base.path().endsWith(QLatin1Char('/')))
        base.setPath(base.path() + QLatin1Char('/'));
    return base.resolved(QUrl(QStringLiteral(".well-known/openid-configuration")));
}

QString DiscoveryClient::cacheFilePath(const QUrl &issuer)
{
    const QByteArray hash = QCryptographicHash::hash(issuerKey(issuer).toUtf8(),
                                                     QCryptographicHash::Sha256).toHex();
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
        + QStringLiteral("/discovery/") + QString::fromLatin1(hash) + QStringLiteral(".json");
}

void DiscoveryClient::clearMemoryCache()
{
    MemoryCache &cache = memoryCache();
    const QMutexLocker lock(&cache.mutex);
    cache.entries.clear();
}

void DiscoveryClient::resolve(const QUrl &issuer,
                              std::function<void(const DiscoveryResult &)> done)
{
    DiscoveryResult result;
    result.fromCache = true;
    if (recall(issuer, &result.endpoints)) {
        qCInfo(lcNetwork) << "discovery" << issuerKey(issuer) << "from memory";
        done(result);
        return;
    }
    if (readCacheFile(issuer, &result.endpoints)) {
        qCInfo(lcNetwork) << "discovery" << issuerKey(issuer) << "from cache file";
        remember(issuer, result.endpoints);
        done(result);
        return;
    }
    fetch(issuer, std::move(done));
}

void DiscoveryClient::fetch(const QUrl &issuer, std::function<void(const DiscoveryResult &)> done)
{
    QNetworkRequest request(documentUrl(issuer));
    request.setRawHeader("Accept", "application/json");
    qCInfo(lcNetwork) << "discovery" << issuerKey(issuer) << "fetching";
    sendBounded(m_nam, request, QByteArray(), m_limits,
                [issuer, done = std::move(done)](const HttpExchange &http) {
        if (http.timedOut) {
            done(fallback(issuer, tr("no answer in time")));
            return;
        }
        if (http.tooLarge) {
            done(fallback(issuer, tr("the document is too large")));
            return;
        }
        if (http.httpStatus == 0) {
            done(fallback(issuer, http.networkErrorString));
            return;
        }
        if (http.httpStatus != 200) {
            done(fallback(issuer, tr("HTTP status %1").arg(http.httpStatus)));
            return;
        }
        QJsonParseError jsonError;
        const QJsonDocument document = QJsonDocument::fromJson(http.body, &jsonError);
        if (jsonError.error != QJsonParseError::NoError || !document.isObject()) {
            done(fallback(issuer, tr("the document is not JSON")));
            return;
        }
        QString error;
        DiscoveryResult result;
        result.endpoints = ProviderEndpoints::fromDiscoveryDocument(document.object(), issuer,
                                                                    &error);
        if (!error.isEmpty()) {
            done(fallback(issuer, error));
            return;
        }
        qCInfo(lcNetwork) << "discovery" << issuerKey(issuer) << "from network";
        remember(issuer, result.endpoints);
        writeCacheFile(issuer, document.object());
        done(result);
    });
}
