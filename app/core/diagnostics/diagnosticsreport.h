#pragma once

#include "diagnostics/serverprobe.h"
#include "session/statusreport.h"

#include <QList>
#include <QObject>
#include <QStringList>

#include <functional>

class Services;

// The support report: what a helpdesk needs to see why signing in or refreshing fails,
// with no secret in it. Built asynchronously (a live discovery fetch and a keychain
// read per profile), so the CLI and the main window's "Copy diagnostics" share it:
//
//   auto *report = new DiagnosticsReport(services, this);
//   report->build({}, [report](const QString &text) {
//       QGuiApplication::clipboard()->setText(text);
//       report->deleteLater();
//   });
//
// The text is built only from non-secret facts (fingerprints, never tokens), and then
// passed through Diagnostics::redact() all the same.
class DiagnosticsReport : public QObject
{
    Q_OBJECT
public:
    explicit DiagnosticsReport(Services &services, QObject *parent = nullptr);

    void setServerTimeout(int ms) { m_serverTimeoutMs = ms; }

    // `profileNames` empty: every profile. `done` is called exactly once, from the
    // event loop, unless this object is destroyed first.
    void build(const QStringList &profileNames, std::function<void(const QString &)> done);

    // Above this, ID tokens may look issued in the future or already expired.
    static constexpr qint64 ClockSkewWarningSeconds = 60;

private:
    struct Entry
    {
        ProfileStatus status;
        bool probed = false;
        ServerProbeResult server;
    };

    void probeNext(int index);
    QString render() const;
    static QString profileSection(const Entry &entry);
    static QString serverSection(const Entry &entry);
    static QString sessionSection(const Entry &entry);

    Services &m_services;
    ServerProbe m_probe;
    int m_serverTimeoutMs = ServerProbe::DefaultTimeoutMs;
    QList<Entry> m_entries;
    std::function<void(const QString &)> m_done;
};
