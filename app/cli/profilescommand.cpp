#include "cli/profilescommand.h"

#include "cli/exitcode.h"
#include "config/profile.h"
#include "storage/profilestore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QStringList sortedManaged(const Profile &profile)
{
    QStringList managed(profile.managedFields.cbegin(), profile.managedFields.cend());
    managed.sort();
    return managed;
}

// Problems from the stored values, then those of the merged profile, each once.
QStringList problemsOf(const Profile &profile, QStringList loadProblems)
{
    loadProblems << profile.validate();
    loadProblems.removeDuplicates();
    return loadProblems;
}

} // namespace

QString ProfilesCommand::summary() const
{
    return tr("List the connection profiles.");
}

void ProfilesCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(jsonOption());
}

QJsonObject ProfilesCommand::toJson(const Profile &profile, const QStringList &problems)
{
    const auto orNull = [](const QString &text) {
        return text.isEmpty() ? QJsonValue() : QJsonValue(text);
    };
    return QJsonObject{
        {QStringLiteral("profile"), profile.name},
        {QStringLiteral("issuer"), orNull(profile.issuer.toString())},
        {QStringLiteral("client_id"), orNull(profile.clientId)},
        {QStringLiteral("audience"), orNull(profile.audience)},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(profile.scopes)},
        {QStringLiteral("redirect_uri"), profile.redirectUri.toString()},
        {QStringLiteral("window"), QJsonObject{{QStringLiteral("width"), profile.windowSize.width()},
                                               {QStringLiteral("height"), profile.windowSize.height()}}},
        {QStringLiteral("managed"), QJsonArray::fromStringList(sortedManaged(profile))},
        {QStringLiteral("problems"), QJsonArray::fromStringList(problems)},
    };
}

int ProfilesCommand::run(const QCommandLineParser &parser, CommandIo &io)
{
    const ProfileStore store;
    const QStringList names = store.profileNames();
    const bool json = parser.isSet(QStringLiteral("json"));

    QJsonArray array;
    if (names.isEmpty() && !json)
        io.out << tr("No profile is configured. Create one with \"%1 configure --profile "
                     "default --domain TENANT.auth0.com --client-id ID\".")
                      .arg(QCoreApplication::applicationName())
               << Qt::endl;
    for (const QString &name : names) {
        QStringList loadProblems;
        const std::optional<Profile> profile = store.load(name, &loadProblems);
        if (!profile)
            continue;
        const QStringList problems = problemsOf(*profile, loadProblems);
        if (json) {
            array.append(toJson(*profile, problems));
            continue;
        }
        const QStringList managed = sortedManaged(*profile);
        io.out << profile->name << '\n'
               << "  " << tr("issuer:    %1").arg(profile->issuer.toString()) << '\n'
               << "  " << tr("client id: %1").arg(profile->clientId) << '\n'
               << "  " << tr("audience:  %1").arg(profile->audience.isEmpty() ? tr("(none)")
                                                                                 : profile->audience)
               << '\n'
               << "  " << tr("managed:   %1").arg(managed.isEmpty() ? tr("(none)")
                                                                     : managed.join(QStringLiteral(", ")))
               << '\n';
        for (const QString &problem : problems)
            io.out << "  " << tr("problem:   %1").arg(problem) << '\n';
    }
    if (json)
        io.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    io.out.flush();
    return ExitSuccess;
}
