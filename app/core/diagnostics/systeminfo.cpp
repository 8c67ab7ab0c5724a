#include "diagnostics/systeminfo.h"

#include "auth/discovery.h"
#include "common/logging.h"
#include "diagnostics/redact.h"
#include "storage/settingslocations.h"

#include <QFileInfo>
#include <QLocale>
#include <QNetworkProxyFactory>
#include <QSettings>
#include <QSysInfo>

namespace {

QString line(const QString &key, const QString &value)
{
    return QStringLiteral("- ") + key + QStringLiteral(": ") + value + QLatin1Char('\n');
}

QString fileState(const QString &path)
{
    return QFileInfo::exists(path) ? path : SystemInfo::tr("%1 (not present)").arg(path);
}

QString proxyTypeName(QNetworkProxy::ProxyType type)
{
    switch (type) {
    case QNetworkProxy::NoProxy: return QStringLiteral("direct");
    case QNetworkProxy::DefaultProxy: return QStringLiteral("default");
    case QNetworkProxy::Socks5Proxy: return QStringLiteral("socks5");
    case QNetworkProxy::HttpProxy: return QStringLiteral("http");
    case QNetworkProxy::HttpCachingProxy: return QStringLiteral("http-caching");
    case QNetworkProxy::FtpCachingProxy: return QStringLiteral("ftp-caching");
    }
    return QStringLiteral("unknown");
}

} // namespace

QString SystemInfo::program()
{
    const QLocale locale = QLocale::system();
    return line(tr("Program"), QCoreApplication::applicationName() + QLatin1Char(' ')
                                   + QStringLiteral(SIGNIN_VERSION))
         + line(tr("Qt"), tr("%1 (built with %2)").arg(QString::fromLatin1(qVersion()),
                                                        QStringLiteral(QT_VERSION_STR)))
         + line(tr("Operating system"), QSysInfo::prettyProductName())
         + line(tr("Kernel"), QSysInfo::kernelType() + QLatin1Char(' ')
                                  + QSysInfo::kernelVersion())
         + line(tr("Architecture"), tr("%1 (build ABI %2)").arg(QSysInfo::currentCpuArchitecture(),
                                                                 QSysInfo::buildAbi()))
         + line(tr("Locale"), tr("%1; languages %2")
                                  .arg(locale.name(), locale.uiLanguages().join(QStringLiteral(", "))))
         + line(tr("Time zone offset"), tr("%1 s from UTC")
                                             .arg(QDateTime::currentDateTime().offsetFromUtc()));
}

QString SystemInfo::settingsFiles()
{
    return line(tr("Profiles, user"),
                fileState(SettingsLocations::profiles(SettingsScope::User)->fileName()))
         + line(tr("Profiles, system (managed)"),
                fileState(SettingsLocations::profiles(SettingsScope::System)->fileName()))
         + line(tr("Session state"), fileState(SettingsLocations::sessionState()->fileName()))
         + line(tr("Discovery cache"),
                fileState(QFileInfo(DiscoveryClient::cacheFilePath(QUrl())).absolutePath()))
         + line(tr("Lock files"), SettingsLocations::lockDirectory());
}

QString SystemInfo::keychainBackend()
{
#if defined(Q_OS_WIN)
    const QString backend = tr("Windows Credential Manager");
#elif defined(Q_OS_MACOS)
    const QString backend = tr("macOS Keychain");
#else
    const QString backend = tr("Secret Service (org.freedesktop.secrets) on the session D-Bus");
#endif
    return line(tr("Keychain"), tr("%1, through QtKeychain; no plain-text fallback").arg(backend));
}

QString SystemInfo::logging()
{
    const QString rules = qEnvironmentVariable("QT_LOGGING_RULES");
    QString text = line(QStringLiteral("QT_LOGGING_RULES"),
                        rules.isEmpty() ? tr("(not set)") : rules);
    for (const QLoggingCategory *category : {&lcAuth(), &lcNetwork(), &lcKeychain(), &lcConfig(),
                                             &lcSession(), &lcCli(), &lcUi()}) {
        const QString level = category->isDebugEnabled()     ? QStringLiteral("debug")
                              : category->isInfoEnabled()    ? QStringLiteral("info")
                              : category->isWarningEnabled() ? QStringLiteral("warning")
                                                             : QStringLiteral("critical");
        text += line(QString::fromLatin1(category->categoryName()), level);
    }
    return text;
}

QString SystemInfo::proxyFor(const QUrl &url)
{
    QString text;
    for (const char *variable : {"https_proxy", "HTTPS_PROXY", "http_proxy", "HTTP_PROXY",
                                 "all_proxy", "ALL_PROXY", "no_proxy", "NO_PROXY"}) {
        if (qEnvironmentVariableIsSet(variable))
            text += line(QString::fromLatin1(variable),
                         withoutCredentials(qEnvironmentVariable(variable)));
    }
    const QList<QNetworkProxy> proxies =
        QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url));
    QStringList used;
    for (const QNetworkProxy &proxy : proxies) {
        QString entry = proxyTypeName(proxy.type());
        if (proxy.type() != QNetworkProxy::NoProxy && proxy.type() != QNetworkProxy::DefaultProxy)
            entry += QLatin1Char(' ') + proxy.hostName() + QLatin1Char(':')
                     + QString::number(proxy.port());
        if (!proxy.user().isEmpty() || !proxy.password().isEmpty())
            entry += tr(" (with credentials, not shown)");
        used.append(entry);
    }
    text += line(tr("Proxy for %1").arg(url.toString()),
                 used.isEmpty() ? QStringLiteral("direct") : used.join(QStringLiteral(", ")));
    return text;
}

QString SystemInfo::withoutCredentials(const QString &proxy)
{
    // Environment proxies may be written without a scheme ("user:pw@host:3128").
    const bool hasScheme = proxy.contains(QLatin1String("://"));
    QUrl url(hasScheme ? proxy : QStringLiteral("http://") + proxy);
    if (url.isValid() && !url.host().isEmpty()) {
        if (!url.userInfo().isEmpty())
            url.setUserInfo(QStringLiteral("redacted")); // brackets would be percent-encoded
        QString text = url.toString();
        return hasScheme ? text : text.mid(7);
    }
    // Not a URL (e.g. a no_proxy list): drop anything before an "@" all the same.
    QString text = proxy;
    const int at = text.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? text : Diagnostics::redactedMarker() + text.mid(at);
}
