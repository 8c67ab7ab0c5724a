#pragma once

#include <QCoreApplication>
#include <QString>

class QWebEngineLoadingInfo;

// Why the sign-in page could not be shown. The only place that turns a failure into
// the text the person reads in the window (ErrorView shows it).
class LoadFailure
{
    Q_DECLARE_TR_FUNCTIONS(LoadFailure)

public:
    enum class Kind { Network, HostNotFound, Certificate, PageCrashed };

    LoadFailure(Kind kind, const QString &host) : m_kind(kind), m_host(host) {}

    // A failed main-frame load as Chromium reports it. HTTP error statuses are not
    // failures: the server's own error page is shown.
    static LoadFailure fromLoadingInfo(const QWebEngineLoadingInfo &info);

    Kind kind() const { return m_kind; }
    QString title() const;
    QString message() const;

private:
    Kind m_kind;
    QString m_host;
};
