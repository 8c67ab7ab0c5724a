#include "diagnostics/diagnosticsreport.h"

#include "common/logging.h"
#include "diagnostics/redact.h"
#include "diagnostics/systeminfo.h"
#include "session/services.h"

#include <QDateTime>
#include <QPointer>

namespace {

QString line(const QString &key, const QString &value)
{
    return QStringLiteral("- ") + key + QStringLiteral(": ") + value + QLatin1Char('\n');
}

QString heading(int level, const QString &title)
{
    return QLatin1Char('\n') + QString(level, QLatin1Char('#')) + QLatin1Char(' ') + title
           + QStringLiteral("\n\n");
}

QString yesNo(bool value)
{
    return value ? DiagnosticsReport::tr("yes") : DiagnosticsReport::tr("no");
}

QString when(const QDateTime &at)
{
    if (!at.isValid())
        return DiagnosticsReport::tr("(none)");
    const qint64 seconds = QDateTime::currentDateTimeUtc().secsTo(at);
    const QString iso = at.toUTC().toString(Qt::ISODate);
    return seconds >= 0 ? DiagnosticsReport::tr("%1 (in %2 s)").arg(iso).arg(seconds)
                        : DiagnosticsReport::tr("%1 (%2 s ago)").arg(iso).arg(-seconds);
}

QString orNone(const QString &value)
{
    return value.isEmpty() ? DiagnosticsReport::tr("(none)") : value;
}

} // namespace

DiagnosticsReport::DiagnosticsReport(Services &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
    , m_probe(&services.network)
{
}

void DiagnosticsReport::build(const QStringList &profileNames,
                              std::function<void(const QString &)> done)
{
    m_done = std::move(done);
    m_entries.clear();
    qCInfo(lcCli) << "diagnostics: collecting" << profileNames.size() << "profiles";
    QPointer<DiagnosticsReport> self(this);
    StatusReport::collect(m_services, profileNames, [self](const QList<ProfileStatus> &statuses) {
        if (!self)
            return;
        for (const ProfileStatus &status : statuses)
            self->m_entries.append(Entry{status, false, {}});
        self->probeNext(0);
    });
}

void DiagnosticsReport::probeNext(int index)
{
    // One profile after the other: profiles usually share a tenant, and a slow server
    // should not be hit by several requests at once.
    while (index < m_entries.size() && !m_entries.at(index).status.profile.issuer.isValid())
        ++index;
    if (index >= m_entries.size()) {
        qCInfo(lcCli) << "diagnostics: report ready";
        const QString text = Diagnostics::redact(render());
        if (m_done)
            std::exchange(m_done, nullptr)(text);
        return;
    }
    QPointer<DiagnosticsReport> self(this);
    m_probe.run(m_entries.at(index).status.profile.issuer,
                [self, index](const ServerProbeResult &result) {
        if (!self)
            return;
        self->m_entries[index].probed = true;
        self->m_entries[index].server = result;
        self->probeNext(index + 1);
    }, m_serverTimeoutMs);
}

QString DiagnosticsReport::render() const
{
    QString text = QStringLiteral("# ") + tr("Connector Sign-In diagnostics") + QLatin1Char('\n')
                   + tr("Generated %1. Tokens are never included; only their fingerprints "
                        "(first 8 hex digits of SHA-256).")
                         .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
                   + QLatin1Char('\n');
    text += heading(2, tr("Program and system")) + SystemInfo::program();
    text += heading(2, tr("Settings files")) + SystemInfo::settingsFiles();
    text += heading(2, tr("Keychain")) + SystemInfo::keychainBackend();
    text += heading(2, tr("Logging")) + SystemInfo::logging();

    if (m_entries.isEmpty())
        text += heading(2, tr("Profiles")) + tr("No profile is configured.") + QLatin1Char('\n');
    for (const Entry &entry : m_entries) {
        text += heading(2, tr("Profile \"%1\"").arg(entry.status.profile.name));
        text += profileSection(entry) + serverSection(entry) + sessionSection(entry);
    }
    return text;
}

QString DiagnosticsReport::profileSection(const Entry &entry)
{
    const Profile &p = entry.status.profile;
    const auto field = [&p](const QString &key, const QString &label, const QString &value) {
        return line(label, p.managedFields.contains(key) ? tr("%1 (managed)").arg(value) : value);
    };
    const bool windowManaged = p.managedFields.contains(QStringLiteral("window_width"))
                               || p.managedFields.contains(QStringLiteral("window_height"));
    QStringList managed(p.managedFields.cbegin(), p.managedFields.cend());
    managed.sort();
    QString text = field(QStringLiteral("issuer"), tr("Issuer"), orNone(p.issuer.toString()))
        + field(QStringLiteral("client_id"), tr("Client ID"), orNone(p.clientId))
        + field(QStringLiteral("audience"), tr("Audience"), orNone(p.audience))
        + field(QStringLiteral("scopes"), tr("Scopes"), p.scopes.join(QLatin1Char(' ')))
        + field(QStringLiteral("redirect_uri"), tr("Redirect URI"), p.redirectUri.toString())
        + line(tr("Login window"), tr("%1x%2%3")
                                      .arg(p.windowSize.width())
                                      .arg(p.windowSize.height())
                                      .arg(windowManaged ? tr(" (managed)") : QString()))
        + line(tr("Managed fields"), managed.isEmpty() ? tr("(none)") : managed.join(QStringLiteral(", ")))
        + line(tr("State"), tr("%1 (%2)").arg(entry.status.stateText(),
                                              ProfileStatus::stateName(entry.status.state)));
    if (entry.status.problems.isEmpty())
        text += line(tr("Problems"), tr("(none)"));
    for (const QString &problem : entry.status.problems)
        text += line(tr("Problem"), problem);
    return text;
}

QString DiagnosticsReport::serverSection(const Entry &entry)
{
    QString text = heading(3, tr("Sign-in server"));
    if (!entry.probed)
        return text + tr("Not contacted: the profile has no valid issuer.") + QLatin1Char('\n');
    const ServerProbeResult &s = entry.server;
    text += line(tr("Discovery document"), s.documentUrl.toString());
    if (!s.answered())
        return text + line(tr("Result"), tr("no answer after %1 ms: %2").arg(s.elapsedMs).arg(s.networkError))
             + SystemInfo::proxyFor(entry.status.profile.issuer);

    text += line(tr("Result"), tr("HTTP %1 in %2 ms").arg(s.httpStatus).arg(s.elapsedMs));
    if (!s.issuerInDocument.isEmpty())
        text += line(tr("Issuer in document"),
                     s.issuerMatches ? tr("%1 (matches)").arg(s.issuerInDocument)
                                     : tr("%1 (DOES NOT match the configured %2)")
                                           .arg(s.issuerInDocument, entry.status.profile.issuer.toString()));
    if (!s.refusal.isEmpty())
        text += line(tr("Document refused"), s.refusal);
    const ProviderEndpoints &e = s.endpoints;
    if (e.isComplete()) {
        text += line(QStringLiteral("authorization_endpoint"), e.authorization.toString())
              + line(QStringLiteral("token_endpoint"), e.token.toString())
              + line(QStringLiteral("revocation_endpoint"), orNone(e.revocation.toString()))
              + line(QStringLiteral("userinfo_endpoint"), orNone(e.userinfo.toString()))
              + line(QStringLiteral("jwks_uri"), orNone(e.jwks.toString()));
    }
    if (s.httpStatus == 200) {
        text += line(tr("PKCE S256 offered"), s.codeChallengeMethods.isEmpty()
                         ? tr("not listed (Auth0 supports it without saying so)")
                         : yesNo(s.codeChallengeMethods.contains(QLatin1String("S256"))))
              + line(tr("offline_access offered"), s.scopesSupported.isEmpty()
                         ? tr("not listed")
                         : yesNo(s.scopesSupported.contains(QLatin1String("offline_access"))));
    }

    if (!s.serverDate.isValid()) {
        text += line(tr("Clock skew"), tr("unknown (the server sent no Date header)"));
    } else {
        QString skew = tr("%1 s (server %2)")
                           .arg(s.clockSkewSeconds)
                           .arg(s.clockSkewSeconds >= 0 ? tr("ahead") : tr("behind"));
        if (qAbs(s.clockSkewSeconds) > ClockSkewWarningSeconds)
            skew += tr("; WARNING: more than %1 s, sign-in may fail: set this computer's "
                       "clock automatically")
                        .arg(ClockSkewWarningSeconds);
        text += line(tr("Server date"), s.serverDate.toString(Qt::ISODate))
              + line(tr("Clock skew"), skew);
    }
    return text + SystemInfo::proxyFor(entry.status.profile.issuer);
}

QString DiagnosticsReport::sessionSection(const Entry &entry)
{
    const ProfileStatus &st = entry.status;
    const SessionState &s = st.session;
    QString keychain;
    if (st.refreshTokenStored)
        keychain = tr("present");
    else if (!st.keychainMessage.isEmpty())
        keychain = tr("unavailable: %1").arg(st.keychainMessage);
    else if (st.state == ProfileStatus::State::Error && s.refreshTokenStored)
        keychain = tr("could not be read");
    else
        keychain = tr("absent");

    QString text = heading(3, tr("Session"));
    text += line(tr("Refresh token in keychain"), keychain)
          + line(tr("Refresh token fingerprint"), orNone(s.refreshTokenFingerprint))
          + line(tr("Access token expires"), when(s.accessTokenExpiresAt))
          + line(tr("Scopes granted"), orNone(s.scopes.join(QLatin1Char(' '))))
          + line(tr("Signed in user known"), yesNo(!s.subject.isEmpty()))
          + line(tr("Last refresh"), when(s.lastRefreshAt))
          + line(tr("Last refresh result"), orNone(s.lastRefreshResult))
          + line(tr("Last error"), orNone(s.lastError))
          + line(tr("Next refresh"), when(s.nextRefreshAt))
          + line(tr("Sign-in needed"), yesNo(s.needsSignIn));
    const QString advice = st.advice();
    if (!advice.isEmpty())
        text += line(tr("Advice"), advice);
    return text;
}
