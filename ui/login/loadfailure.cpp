#include "loadfailure.h"

#include <QWebEngineLoadingInfo>

LoadFailure LoadFailure::fromLoadingInfo(const QWebEngineLoadingInfo &info)
{
    const QString host = info.url().host();
    switch (info.errorDomain()) {
    case QWebEngineLoadingInfo::CertificateErrorDomain:
        return LoadFailure(Kind::Certificate, host);
    case QWebEngineLoadingInfo::DnsErrorDomain:
        return LoadFailure(Kind::HostNotFound, host);
    default:
        return LoadFailure(Kind::Network, host);
    }
}

QString LoadFailure::title() const
{
    switch (m_kind) {
    case Kind::Certificate:
        return tr("The sign-in page's certificate is not valid");
    case Kind::HostNotFound:
        return tr("The sign-in server was not found");
    case Kind::PageCrashed:
        return tr("The sign-in page stopped unexpectedly");
    case Kind::Network:
        break;
    }
    return tr("The sign-in page could not be loaded");
}

QString LoadFailure::message() const
{
    switch (m_kind) {
    case Kind::Certificate:
        return tr("The connection to %1 is not secure, so the sign-in page was not shown. "
                  "Someone may be trying to intercept your sign-in. If this keeps "
                  "happening, contact your IT support.").arg(m_host);
    case Kind::HostNotFound:
        return tr("%1 could not be found. Check your internet connection and try again.")
            .arg(m_host);
    case Kind::PageCrashed:
        return tr("Try again. If this keeps happening, restart the program.");
    case Kind::Network:
        break;
    }
    return tr("Could not connect to %1. Check your internet connection and try again.")
        .arg(m_host);
}
