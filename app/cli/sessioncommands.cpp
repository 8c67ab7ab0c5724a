#include "sessioncommands.h"

#include "cli/exitcode.h"
#include "cli/profileargument.h"
#include "cli/wait.h"
#include "session/services.h"
#include "session/signinflow.h"
#include "session/signout.h"
#include "session/statusreport.h"
#include "session/tokenrefresher.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace {
const char *const MinValidOption = "min-valid";
constexpr int DefaultMinValidSeconds = 60;

QString localTime(const QDateTime &utc)
{
    return utc.isValid() ? QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat)
                         : Command::tr("—");
}

void printStatus(QTextStream &out, const ProfileStatus &status)
{
    out << Command::tr("Profile %1: %2").arg(status.profile.name, status.stateText()) << '\n';
    out << "  " << Command::tr("Tenant: %1").arg(status.profile.issuer.toString()) << '\n';
    out << "  " << Command::tr("Client: %1").arg(status.profile.clientId) << '\n';
    if (status.state == ProfileStatus::State::SignedIn) {
        out << "  " << Command::tr("User: %1 <%2>").arg(status.session.name, status.session.email) << '\n';
        out << "  " << Command::tr("Access token expires: %1").arg(localTime(status.session.accessTokenExpiresAt)) << '\n';
        out << "  " << Command::tr("Refresh token: stored (fingerprint %1)").arg(status.session.refreshTokenFingerprint) << '\n';
        out << "  " << Command::tr("Next refresh: %1").arg(localTime(status.session.nextRefreshAt)) << '\n';
    }
    if (status.session.lastRefreshAt.isValid()) {
        out << "  " << Command::tr("Last refresh: %1 (%2)")
                           .arg(localTime(status.session.lastRefreshAt), status.session.lastRefreshResult)
            << '\n';
    }
    if (const QString advice = status.advice(); !advice.isEmpty())
        out << "  " << advice << '\n';
}
} // namespace

// status ----------------------------------------------------------------------------

QString StatusCommand::summary() const
{
    return tr("Show the sign-in state of every profile (or of one).");
}

void StatusCommand::addOptions(QCommandLineParser &parser) const
{
    QCommandLineOption profile = profileOption();
    profile.setDefaultValue(QString()); // all profiles unless one is named
    parser.addOption(profile);
    parser.addOption(jsonOption());
}

int StatusCommand::run(const QCommandLineParser &parser, CommandIo &io)
{
    Services services;
    QStringList names;
    if (parser.isSet(QStringLiteral("profile"))) {
        const QString name = profileName(parser);
        if (!loadProfileArgument(services.profiles, name, io.err, false))
            return ExitUsage;
        names << name;
    }
    const auto statuses = waitFor<QList<ProfileStatus>>(
        [&](auto done) { StatusReport::collect(services, names, done); });

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const ProfileStatus &status : statuses)
            array.append(status.toJson());
        io.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        io.out.flush();
    } else if (statuses.isEmpty()) {
        io.out << tr("No profile is configured. Create one with \"connector-signin configure\".") << Qt::endl;
    } else {
        for (const ProfileStatus &status : statuses)
            printStatus(io.out, status);
        io.out.flush();
    }
    // With one profile the exit code tells its state; with several, success.
    return names.size() == 1 && !statuses.isEmpty() ? exitCodeFor(statuses.constFirst()) : ExitSuccess;
}

// token -----------------------------------------------------------------------------

QString TokenCommand::summary() const
{
    return tr("Print a valid access token, refreshing it if needed.");
}

void TokenCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(profileOption());
    parser.addOption(QCommandLineOption(QString::fromLatin1(MinValidOption),
                                       tr("Refresh when the token is valid for less than this many "
                                          "seconds (default %1).").arg(DefaultMinValidSeconds),
                                       tr("seconds"), QString::number(DefaultMinValidSeconds)));
    parser.addOption(jsonOption());
}

int TokenCommand::run(const QCommandLineParser &parser, CommandIo &io)
{
    bool numeric = false;
    const int minValid = parser.value(QString::fromLatin1(MinValidOption)).toInt(&numeric);
    if (!numeric || minValid < 0 || minValid > 86400) {
        io.err << tr("--min-valid takes a number of seconds from 0 to 86400, not \"%1\".")
                      .arg(parser.value(QString::fromLatin1(MinValidOption)))
               << Qt::endl;
        return ExitUsage;
    }
    Services services;
    const auto profile = loadProfileArgument(services.profiles, profileName(parser), io.err);
    if (!profile)
        return ExitUsage;

    TokenRefresher refresher(services);
    const auto outcome = waitFor<RefreshOutcome>(
        [&](auto done) { refresher.accessToken(*profile, minValid, false, done); });
    if (!outcome.ok()) {
        io.err << outcome.message << Qt::endl;
        return exitCodeFor(outcome);
    }
    // stdout is the one place a token may go: the caller asked for it.
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonObject json;
        json[QStringLiteral("access_token")] = QString::fromLatin1(outcome.accessToken);
        json[QStringLiteral("token_type")] = QStringLiteral("Bearer");
        json[QStringLiteral("expires_at")] = outcome.expiresAt.isValid()
            ? QJsonValue(outcome.expiresAt.toUTC().toString(Qt::ISODate)) : QJsonValue();
        json[QStringLiteral("source")] = RefreshOutcome::kindName(outcome.kind);
        io.out << QJsonDocument(json).toJson(QJsonDocument::Compact) << Qt::endl;
    } else {
        io.out << outcome.accessToken << Qt::endl;
    }
    return ExitSuccess;
}

// commands with only --profile ------------------------------------------------------

void ProfileCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(profileOption());
}

int ProfileCommand::run(const QCommandLineParser &parser, CommandIo &io)
{
    Services services;
    const auto profile = loadProfileArgument(services.profiles, profileName(parser), io.err,
                                             needsUsableProfile());
    return profile ? runWith(services, *profile, io) : int(ExitUsage);
}

// refresh ---------------------------------------------------------------------------

QString RefreshCommand::summary() const
{
    return tr("Refresh the access token now.");
}

int RefreshCommand::runWith(Services &services, const Profile &profile, CommandIo &io)
{
    TokenRefresher refresher(services);
    const auto outcome = waitFor<RefreshOutcome>(
        [&](auto done) { refresher.accessToken(profile, 0, true, done); });
    if (!outcome.ok()) {
        io.err << outcome.message << Qt::endl;
        return exitCodeFor(outcome);
    }
    io.out << tr("Refreshed. The access token is valid until %1.").arg(localTime(outcome.expiresAt))
           << Qt::endl;
    return ExitSuccess;
}

// sign-in ---------------------------------------------------------------------------

QString SignInCommand::summary() const
{
    return tr("Open the login window and sign in.");
}

int SignInCommand::runWith(Services &services, const Profile &profile, CommandIo &io)
{
    SignInFlow flow(services);
    const auto result = waitFor<SignInResult>([&](auto done) {
        flow.start(profile, QLocale().bcp47Name(), done);
    });
    (result.ok() ? io.out : io.err) << result.message << Qt::endl;
    return exitCodeFor(result);
}

// sign-out --------------------------------------------------------------------------

QString SignOutCommand::summary() const
{
    return tr("Sign out: revoke the sign-in at the server and forget it here.");
}

int SignOutCommand::runWith(Services &services, const Profile &profile, CommandIo &io)
{
    SignOut signOut(services);
    const auto result = waitFor<SignOutResult>([&](auto done) { signOut.start(profile, done); });
    (result.kind == SignOutResult::Kind::SignedOut || result.kind == SignOutResult::Kind::NotSignedIn
         ? io.out : io.err)
        << result.message << Qt::endl;
    return exitCodeFor(result);
}
