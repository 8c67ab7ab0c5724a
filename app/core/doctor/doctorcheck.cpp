#include "doctor/doctorcheck.h"

#include <QJsonArray>

DoctorCheck DoctorCheck::make(Id id, Verdict verdict, const QString &finding, const QString &fix)
{
    DoctorCheck check;
    check.id = id;
    check.verdict = verdict;
    check.finding = finding;
    check.fix = fix;
    return check;
}

QList<DoctorCheck::Id> DoctorCheck::allIds()
{
    return {Id::DnsTls, Id::Discovery, Id::Pkce, Id::Authorize,
            Id::RefreshToken, Id::Rotation, Id::ClockSkew, Id::Audience};
}

QString DoctorCheck::idName(Id id)
{
    switch (id) {
    case Id::DnsTls: return QStringLiteral("dns_tls");
    case Id::Discovery: return QStringLiteral("discovery");
    case Id::Pkce: return QStringLiteral("pkce");
    case Id::Authorize: return QStringLiteral("authorize");
    case Id::RefreshToken: return QStringLiteral("refresh_token");
    case Id::Rotation: return QStringLiteral("rotation");
    case Id::ClockSkew: return QStringLiteral("clock_skew");
    case Id::Audience: return QStringLiteral("audience");
    }
    return QString();
}

QString DoctorCheck::title(Id id)
{
    switch (id) {
    case Id::DnsTls: return tr("Domain");
    case Id::Discovery: return tr("Discovery");
    case Id::Pkce: return tr("PKCE");
    case Id::Authorize: return tr("Client and redirect URI");
    case Id::RefreshToken: return tr("Refresh token");
    case Id::Rotation: return tr("Rotation");
    case Id::ClockSkew: return tr("Clock");
    case Id::Audience: return tr("Audience");
    }
    return QString();
}

QString DoctorCheck::verdictName(Verdict v)
{
    switch (v) {
    case Verdict::Ok: return QStringLiteral("ok");
    case Verdict::Warning: return QStringLiteral("warning");
    case Verdict::Fail: return QStringLiteral("fail");
    case Verdict::Skipped: return QStringLiteral("skipped");
    }
    return QString();
}

QString DoctorCheck::symbol(Verdict v)
{
    switch (v) {
    case Verdict::Ok: return QStringLiteral("\u2714");
    case Verdict::Warning: return QStringLiteral("\u26a0");
    case Verdict::Fail: return QStringLiteral("\u2716");
    case Verdict::Skipped: return QStringLiteral("\u2013");
    }
    return QString();
}

QJsonObject DoctorCheck::toJson() const
{
    return {{QStringLiteral("id"), idName(id)},
            {QStringLiteral("verdict"), verdictName(verdict)},
            {QStringLiteral("finding"), finding},
            {QStringLiteral("fix"), fix}};
}

QString DoctorCheck::toText() const
{
    QString line = tr("%1 %2: %3").arg(symbol(verdict), title(id), finding);
    if (!fix.isEmpty())
        line += QLatin1Char(' ') + tr("Fix: %1").arg(fix);
    return line;
}

const DoctorCheck *DoctorReport::find(DoctorCheck::Id id) const
{
    for (const DoctorCheck &check : checks) {
        if (check.id == id)
            return &check;
    }
    return nullptr;
}

DoctorReport::Outcome DoctorReport::outcome() const
{
    bool networkFailure = false;
    for (const DoctorCheck &check : checks) {
        if (check.verdict != DoctorCheck::Verdict::Fail)
            continue;
        // A configuration failure is the more useful answer: retrying will not fix it.
        if (!check.network)
            return Outcome::ConfigurationProblem;
        networkFailure = true;
    }
    return networkFailure ? Outcome::NetworkProblem : Outcome::Healthy;
}

QJsonObject DoctorReport::toJson() const
{
    QJsonArray array;
    for (const DoctorCheck &check : checks)
        array.append(check.toJson());
    return {{QStringLiteral("profile"), profile}, {QStringLiteral("checks"), array}};
}

QString DoctorReport::toText() const
{
    QString text;
    for (const DoctorCheck &check : checks)
        text += check.toText() + QLatin1Char('\n');
    return text;
}
