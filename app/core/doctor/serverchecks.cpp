#include "doctor/serverchecks.h"

#include <QJsonArray>
#include <QJsonDocument>

using Verdict = DoctorCheck::Verdict;
using Id = DoctorCheck::Id;

namespace {
DoctorCheck networkFailure(const QString &finding, const QString &fix)
{
    DoctorCheck check = DoctorCheck::make(Id::DnsTls, Verdict::Fail, finding, fix);
    check.network = true;
    return check;
}
} // namespace

DoctorCheck ServerChecks::reachability(const QUrl &issuer, const QHostInfo &host,
                                       const ProbeAnswer &answer)
{
    const QString name = issuer.host();
    const bool tls = issuer.scheme() == QLatin1String("https");
    if (host.error() != QHostInfo::NoError || answer.error == QNetworkReply::HostNotFoundError) {
        return networkFailure(tr("The name %1 does not resolve (DNS): %2.")
                                  .arg(name, host.error() != QHostInfo::NoError ? host.errorString()
                                                                              : answer.errorString),
                              tr("Check the spelling of the domain (Auth0: the application's "
                                 "\"Domain\" setting) and this computer's network or DNS."));
    }
    if (answer.answered()) {
        const QString address = host.addresses().isEmpty() ? name : host.addresses().constFirst().toString();
        return DoctorCheck::make(Id::DnsTls, Verdict::Ok,
                                 tls ? tr("%1 resolves to %2 and answers over TLS.").arg(name, address)
                                     : tr("%1 answers (plain http, loopback only).").arg(name));
    }
    if (!answer.sslErrors.isEmpty() || answer.error == QNetworkReply::SslHandshakeFailedError) {
        const QString why = answer.sslErrors.isEmpty() ? answer.errorString
                                                       : answer.sslErrors.join(QLatin1String("; "));
        return networkFailure(tr("The TLS connection to %1 failed: %2.").arg(name, why),
                              tr("The certificate is not trusted here. A proxy that inspects TLS "
                                 "needs its root certificate installed on this computer; otherwise "
                                 "check the computer's date and the domain."));
    }
    if (answer.timedOut || answer.error == QNetworkReply::TimeoutError) {
        return networkFailure(tr("%1 did not answer in time.").arg(name),
                              tr("Check the network, the firewall and the proxy settings; try again later."));
    }
    if (answer.error == QNetworkReply::ConnectionRefusedError) {
        return networkFailure(tr("%1 refused the connection on port %2.")
                                  .arg(name).arg(issuer.port(tls ? 443 : 80)),
                              tr("Check the issuer's address and port; a firewall may be blocking it."));
    }
    return networkFailure(tr("%1 could not be reached: %2.").arg(name, answer.errorString),
                          tr("Check the network and the proxy settings; try again later."));
}

DoctorCheck ServerChecks::discovery(const QUrl &issuer, const ProbeAnswer &answer,
                                    ProviderEndpoints *endpoints, QJsonObject *document)
{
    const QString url = answer.url.toString();
    const QString configured = issuer.toString(QUrl::FullyEncoded);
    if (answer.httpStatus != 200) {
        return DoctorCheck::make(Id::Discovery, Verdict::Fail,
                                 tr("%1 answered HTTP %2 instead of the discovery document.")
                                     .arg(url).arg(answer.httpStatus),
                                 tr("Check the issuer: for Auth0 it is https://<your tenant domain>/ "
                                    "(or your custom domain)."));
    }
    const QJsonDocument json = QJsonDocument::fromJson(answer.body);
    if (!json.isObject()) {
        return DoctorCheck::make(Id::Discovery, Verdict::Fail,
                                 tr("%1 is not a JSON document.").arg(url),
                                 tr("Check the issuer; a proxy or captive portal may answer in its place."));
    }
    const QString advertised = json.object().value(QLatin1String("issuer")).toString();
    if (advertised != configured) {
        return DoctorCheck::make(Id::Discovery, Verdict::Fail,
                                 tr("The server calls itself \"%1\", the profile says \"%2\"; they "
                                    "must match exactly, trailing slash included.").arg(advertised, configured),
                                 tr("Set the issuer to %1.").arg(advertised));
    }
    // S256 is check 3's business: judge the rest of the document without it.
    QJsonObject rest = json.object();
    rest.remove(QLatin1String("code_challenge_methods_supported"));
    QString error;
    const ProviderEndpoints read = ProviderEndpoints::fromDiscoveryDocument(rest, issuer, &error);
    if (!error.isEmpty()) {
        return DoctorCheck::make(Id::Discovery, Verdict::Fail,
                                 tr("The discovery document cannot be used: %1").arg(error),
                                 tr("Check the tenant's custom domain and proxy configuration."));
    }
    *endpoints = read;
    *document = json.object();
    return DoctorCheck::make(Id::Discovery, Verdict::Ok,
                             tr("The discovery document is valid and its issuer matches the profile."));
}

DoctorCheck ServerChecks::pkce(const QJsonObject &document)
{
    if (document.isEmpty())
        return DoctorCheck::make(Id::Pkce, Verdict::Skipped, tr("Not checked: no usable discovery document."));
    const QLatin1String key("code_challenge_methods_supported");
    if (!document.contains(key)) {
        return DoctorCheck::make(Id::Pkce, Verdict::Warning,
                                 tr("The server does not list its PKCE methods. Auth0 supports S256 "
                                    "but does not always say so, so this is usually fine."),
                                 tr("Nothing to do for Auth0; another server must support S256."));
    }
    QStringList methods;
    for (const QJsonValue &value : document.value(key).toArray())
        methods.append(value.toString());
    if (methods.contains(QLatin1String("S256")))
        return DoctorCheck::make(Id::Pkce, Verdict::Ok, tr("S256 is offered."));
    return DoctorCheck::make(Id::Pkce, Verdict::Fail,
                             tr("The server offers only \"%1\", not S256.").arg(methods.join(QLatin1String(", "))),
                             tr("Sign-in needs PKCE with S256; check that the issuer is your Auth0 tenant."));
}

qint64 ServerChecks::skewSeconds(const ProbeAnswer &answer)
{
    // The server stamped its Date somewhere during the exchange: compare with the middle.
    const QDateTime middle = answer.sentAt.addMSecs(answer.sentAt.msecsTo(answer.receivedAt) / 2);
    return middle.secsTo(answer.serverDate);
}

DoctorCheck ServerChecks::clockSkew(const ProbeAnswer &answer)
{
    if (!answer.serverDate.isValid())
        return DoctorCheck::make(Id::ClockSkew, Verdict::Skipped, tr("Not checked: the server sent no Date header."));
    const qint64 skew = skewSeconds(answer);
    const qint64 size = qAbs(skew);
    const QString finding = skew >= 0
        ? tr("This computer's clock is %n second(s) behind the server's.", nullptr, int(size))
        : tr("This computer's clock is %n second(s) ahead of the server's.", nullptr, int(size));
    if (size > SkewFailSeconds) {
        return DoctorCheck::make(Id::ClockSkew, Verdict::Fail, finding,
                                 tr("Tokens will look expired or not yet valid; fix the computer's "
                                    "clock (turn on automatic time)."));
    }
    if (size > SkewWarningSeconds) {
        return DoctorCheck::make(Id::ClockSkew, Verdict::Warning, finding,
                                 tr("Turn on automatic time on this computer before tokens start "
                                    "to look expired."));
    }
    return DoctorCheck::make(Id::ClockSkew, Verdict::Ok,
                             tr("The clocks agree (within %n second(s)).", nullptr, int(SkewWarningSeconds)));
}
