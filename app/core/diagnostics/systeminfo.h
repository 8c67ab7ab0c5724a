#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>

// The parts of the diagnostics report that describe this computer rather than a
// profile. Each returns Markdown-ish lines ("- Key: value\n"), no secret in any of them.
class SystemInfo
{
    Q_DECLARE_TR_FUNCTIONS(SystemInfo)
public:
    static QString program();        // version, Qt, OS, kernel, architecture, locale
    static QString settingsFiles();  // where profiles, state, caches and locks live
    static QString keychainBackend();
    static QString logging();        // QT_LOGGING_RULES and what each category logs
    static QString proxyFor(const QUrl &url);

    // A proxy URL or host with any user name and password replaced.
    static QString withoutCredentials(const QString &proxy);
};
