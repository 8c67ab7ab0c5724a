#include "loginprofile.h"

#include "common/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QWebEngineDownloadRequest>
#include <QWebEngineProfile>

QWebEngineProfile *createLoginProfile(const QString &persistentDir, QObject *parent, QString *error)
{
    QWebEngineProfile *profile = nullptr;
    if (persistentDir.isEmpty()) {
        // No storage name: off the record, nothing of the session reaches the disk.
        profile = new QWebEngineProfile(parent);
    } else {
        const QDir dir(persistentDir);
        if (!dir.mkpath(QStringLiteral("."))) {
            *error = QCoreApplication::translate("LoginProfile", "Cannot create the folder %1.")
                         .arg(QDir::toNativeSeparators(persistentDir));
            return nullptr;
        }
        profile = new QWebEngineProfile(QStringLiteral("signin"), parent);
        profile->setPersistentStoragePath(dir.absolutePath());
        profile->setCachePath(dir.absoluteFilePath(QStringLiteral("cache")));
        profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
        qCInfo(lcUi) << "persistent browser profile in use";
    }
    QObject::connect(profile, &QWebEngineProfile::downloadRequested, profile,
                     [](QWebEngineDownloadRequest *download) {
                         qCInfo(lcUi) << "download refused";
                         download->cancel();
                     });
    return profile;
}
