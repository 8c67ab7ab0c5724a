#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

// One finding of the tenant doctor: what was looked at, how it went, what it means in
// plain words and what to change. Made by the check functions (serverchecks.h,
// authorizecheck.h, sessionchecks.h), collected by DoctorRunner, printed by the CLI
// and shown by the profile editor's "Test connection".
struct DoctorCheck
{
    Q_DECLARE_TR_FUNCTIONS(DoctorCheck)
public:
    // In the order the doctor runs them; each later check relies on the earlier ones.
    enum class Id { DnsTls, Discovery, Pkce, Authorize, RefreshToken, Rotation, ClockSkew, Audience };
    enum class Verdict { Ok, Warning, Fail, Skipped };

    Id id = Id::DnsTls;
    Verdict verdict = Verdict::Skipped;
    QString finding; // translated: what the doctor saw
    QString fix;     // translated: what to change; empty when nothing
    bool network = false; // a Fail caused by the network, not by the configuration

    static DoctorCheck make(Id id, Verdict verdict, const QString &finding, const QString &fix = {});
    static QList<Id> allIds();
    static QString idName(Id id);           // "dns_tls", ... (the JSON contract)
    static QString title(Id id);            // translated, e.g. "Domain"
    static QString verdictName(Verdict v);  // "ok", "warning", "fail", "skipped"
    static QString symbol(Verdict v);       // ✔ ⚠ ✖ –

    QJsonObject toJson() const;
    QString toText() const; // one line: symbol, title, finding, fix
};

// All the checks of one run, in DoctorCheck::Id order.
struct DoctorReport
{
    enum class Outcome {
        Healthy,             // only ok, warning or skipped
        ConfigurationProblem,// a check failed because of the tenant or the profile
        NetworkProblem,      // only network failures (the domain could not be reached)
    };

    QString profile;
    QList<DoctorCheck> checks;

    const DoctorCheck *find(DoctorCheck::Id id) const;
    Outcome outcome() const;
    QJsonObject toJson() const; // {"profile":..., "checks":[{id, verdict, finding, fix}...]}
    QString toText() const;     // one line per check
};
