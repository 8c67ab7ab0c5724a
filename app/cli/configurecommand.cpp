#include "cli/configurecommand.h"

#include "auth/discovery.h"
#include "cli/exitcode.h"
#include "cli/purgecommand.h"
#include "common/logging.h"
#include "storage/profilestore.h"
#include "storage/sessionstate.h"
#include "storage/settingslocations.h"
#include "storage/tokenstore.h"

#include <QFile>
#include <QRegularExpression>
#include <QSettings>

#include <optional>

namespace {

const QString kIssuer = QStringLiteral("issuer");
const QString kDomain = QStringLiteral("domain");
const QString kClientId = QStringLiteral("client-id");
const QString kAudience = QStringLiteral("audience");
const QString kScope = QStringLiteral("scope");
const QString kRedirectUri = QStringLiteral("redirect-uri");
const QString kWindowSize = QStringLiteral("window-size");
const QString kSystem = QStringLiteral("system");
const QString kRemove = QStringLiteral("remove");

// A profile that passes Profile::validate(): one changed field shows that field's problems.
Profile validBaseline()
{
    Profile profile;
    profile.issuer = QUrl(QStringLiteral("https://tenant.example.com/"));
    profile.clientId = QStringLiteral("client");
    return profile;
}

// An argument's problems, each prefixed with the argument so people know what to fix.
QStringList problemsOf(const QString &option, const Profile &changed)
{
    QStringList problems;
    for (const QString &problem : changed.validate())
        problems << QStringLiteral("--%1: %2").arg(option, problem);
    return problems;
}

bool scopeHas(SettingsScope scope, const QString &name)
{
    const auto settings = SettingsLocations::profiles(scope);
    settings->beginGroup(QStringLiteral("profiles"));
    return settings->childGroups().contains(name);
}

void forgetDiscovery(const QUrl &issuer)
{
    if (issuer.isValid())
        QFile::remove(DiscoveryClient::cacheFilePath(issuer));
}

} // namespace

QString ConfigureCommand::summary() const
{
    return tr("Set up or remove a connection profile.");
}

QString ConfigureCommand::usageArguments() const
{
    return tr("--profile P (--issuer URL | --domain HOST) --client-id ID [--audience A] "
              "[--scope S]... [--redirect-uri U] [--window-size WxH] [--system] | "
              "--profile P --remove [--system]");
}

void ConfigureCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(profileOption());
    parser.addOption({kIssuer, tr("The issuer URL, e.g. https://tenant.eu.auth0.com/ (a bare "
                                  "domain means https)."), tr("url")});
    parser.addOption({kDomain, tr("The Auth0 domain, e.g. tenant.eu.auth0.com."), tr("host")});
    parser.addOption({kClientId, tr("The application's client ID from the Auth0 dashboard."),
                      tr("id")});
    parser.addOption({kAudience, tr("The API identifier (audience) to ask tokens for."),
                      tr("audience")});
    parser.addOption({kScope, tr("A scope to ask for; repeat the option or separate scopes with "
                                 "spaces (default: %1).")
                                  .arg(Profile::defaultScopes().join(QLatin1Char(' '))),
                      tr("scope")});
    parser.addOption({kRedirectUri, tr("The redirect URI registered in Auth0 (default: %1).")
                                        .arg(Profile::defaultRedirectUri().toString()),
                      tr("uri")});
    parser.addOption({kWindowSize, tr("The login window size, e.g. 1200x1000."), tr("WxH")});
    parser.addOption({kSystem, tr("Write the system-wide, managed configuration (needs "
                                  "administrator rights).")});
    parser.addOption({kRemove, tr("Remove the profile (and, for your own profiles, the "
                                  "sign-in stored for it).")});
}

int ConfigureCommand::run(const QCommandLineParser &parser, CommandIo &io)
{
    if (!ProfileStore::isValidName(profileName(parser))) {
        io.err << tr("--profile: \"%1\" is not a valid profile name: use 1 to 64 letters, "
                     "digits, '.', '_' or '-'.")
                      .arg(profileName(parser))
               << Qt::endl;
        return ExitUsage;
    }
    return parser.isSet(kRemove) ? remove(parser, io) : write(parser, io);
}

int ConfigureCommand::write(const QCommandLineParser &parser, CommandIo &io)
{
    const auto usage = [&io](const QStringList &problems) {
        for (const QString &problem : problems)
            io.err << problem << Qt::endl;
        return ExitUsage;
    };

    if (parser.isSet(kIssuer) == parser.isSet(kDomain))
        return usage({tr("Give exactly one of --issuer URL or --domain HOST, for example "
                         "--domain tenant.eu.auth0.com.")});
    if (!parser.isSet(kClientId))
        return usage({tr("--client-id is required: copy the client ID from the application's "
                         "settings in the Auth0 dashboard.")});

    const bool system = parser.isSet(kSystem);
    const auto scope = system ? SettingsScope::System : SettingsScope::User;
    ProfileStore store;
    const std::optional<Profile> existing = store.load(profileName(parser));

    // The user's own profile keeps what is not given again; the system scope is
    // written whole, from the defaults, because every field it holds becomes managed.
    Profile profile = (!system && existing) ? *existing : Profile{};
    profile.name = profileName(parser);
    QStringList problems;

    QString issuerError;
    QUrl issuer;
    if (parser.isSet(kDomain)) {
        const QString domain = parser.value(kDomain).trimmed();
        if (domain.contains(QLatin1String("://")) || domain.contains(QLatin1Char('/')))
            problems << tr("--domain: give only the host name, such as tenant.eu.auth0.com; use "
                           "--issuer for a URL.");
        else if (!(issuer = Profile::normalizeIssuer(domain, &issuerError)).isValid())
            problems << QStringLiteral("--domain: ") + issuerError;
    } else if (!(issuer = Profile::normalizeIssuer(parser.value(kIssuer), &issuerError)).isValid()) {
        problems << QStringLiteral("--issuer: ") + issuerError;
    }
    profile.issuer = issuer;

    Profile probe = validBaseline();
    probe.clientId = profile.clientId = parser.value(kClientId).trimmed();
    problems << problemsOf(kClientId, probe);

    if (parser.isSet(kAudience))
        profile.audience = parser.value(kAudience).trimmed();

    if (parser.isSet(kScope)) {
        probe = validBaseline();
        probe.scopes = profile.scopes = parser.values(kScope).join(QLatin1Char(' '))
                                            .split(QLatin1Char(' '), Qt::SkipEmptyParts);
        problems << problemsOf(kScope, probe);
    }

    if (parser.isSet(kRedirectUri)) {
        probe = validBaseline();
        probe.redirectUri = profile.redirectUri = QUrl(parser.value(kRedirectUri).trimmed(),
                                                        QUrl::StrictMode);
        problems << problemsOf(kRedirectUri, probe);
    }

    if (parser.isSet(kWindowSize)) {
        static const QRegularExpression form(QStringLiteral("^\\s*(\\d{1,5})\\s*[xX]\\s*(\\d{1,5})\\s*$"));
        const QRegularExpressionMatch match = form.match(parser.value(kWindowSize));
        if (!match.hasMatch()) {
            problems << tr("--window-size: \"%1\" is not WIDTHxHEIGHT, e.g. 1200x1000.")
                            .arg(parser.value(kWindowSize));
        } else {
            probe = validBaseline();
            probe.windowSize = profile.windowSize = QSize(match.captured(1).toInt(),
                                                          match.captured(2).toInt());
            problems << problemsOf(kWindowSize, probe);
        }
    }
    if (!problems.isEmpty())
        return usage(problems);

    if (system && !store.isWritable(SettingsScope::System))
        return usage({tr("--system: the system-wide configuration cannot be written here. "
                         "Run the command as an administrator (root), or leave out --system "
                         "to configure only your own account.")});

    const ProfileStore::SaveResult saved = store.save(profile, scope);
    if (!saved.ok()) {
        if (saved.kind == ProfileStore::SaveResult::Kind::ManagedFieldsRefused)
            return usage({saved.message, tr("Leave these options out, or ask your IT "
                                            "department to change them.")});
        return usage({saved.message});
    }

    // A new issuer means new endpoints: what this process or the cache remembers is stale.
    const QUrl previousIssuer = existing ? existing->issuer : QUrl();
    if (previousIssuer != profile.issuer) {
        DiscoveryClient::clearMemoryCache();
        forgetDiscovery(previousIssuer);
        forgetDiscovery(profile.issuer);
        qCInfo(lcCli) << "configure: issuer of" << profile.name << "changed; discovery cache cleared";
    }

    io.out << (system ? tr("Profile \"%1\" saved in the system-wide configuration (%2).")
                      : tr("Profile \"%1\" saved (%2)."))
                  .arg(profile.name, profile.issuer.toString())
           << Qt::endl;
    return ExitSuccess;
}

int ConfigureCommand::remove(const QCommandLineParser &parser, CommandIo &io)
{
    const QString name = profileName(parser);
    const bool system = parser.isSet(kSystem);
    const auto scope = system ? SettingsScope::System : SettingsScope::User;
    ProfileStore store;

    for (const QString &option : {kIssuer, kDomain, kClientId, kAudience, kScope, kRedirectUri,
                                  kWindowSize}) {
        if (parser.isSet(option)) {
            io.err << tr("--remove: --%1 cannot be combined with --remove.").arg(option) << Qt::endl;
            return ExitUsage;
        }
    }

    const std::optional<Profile> existing = store.load(name);
    if (!existing) {
        io.err << tr("--profile: there is no profile named \"%1\". Run \"%2 profiles\" to list "
                     "them.")
                      .arg(name, QCoreApplication::applicationName())
               << Qt::endl;
        return ExitUsage;
    }
    if (!scopeHas(scope, name)) {
        io.err << (system ? tr("The profile \"%1\" is not in the system-wide configuration.")
                          : tr("The profile \"%1\" is managed by your organization: only an "
                               "administrator can remove it, with --system."))
                      .arg(name)
               << Qt::endl;
        return ExitUsage;
    }
    if (system && !store.isWritable(SettingsScope::System)) {
        io.err << tr("--system: the system-wide configuration cannot be changed here. Run the "
                     "command as an administrator (root).")
               << Qt::endl;
        return ExitUsage;
    }

    if (!system) {
        // Secrets first: if the keychain is locked, keep the profile so that a retry
        // (or `purge`) still knows the name whose sign-in must be forgotten.
        TokenStore tokens;
        const KeychainResult deleted = PurgeCommand::forgetSecrets(tokens, name);
        if (!deleted.ok()) {
            io.err << tr("The sign-in stored for \"%1\" could not be deleted: %2 Nothing was "
                         "removed; try again.")
                          .arg(name, deleted.message)
                   << Qt::endl;
            return deleted.kind == KeychainResult::Kind::Unavailable
                           || deleted.kind == KeychainResult::Kind::Denied
                       ? ExitKeychainUnavailable
                       : ExitFailure;
        }
        SessionStateStore().clear(name);
    }

    if (!store.remove(name, scope)) {
        io.err << tr("The profile \"%1\" could not be removed: the configuration file is not "
                     "writable.")
                      .arg(name)
               << Qt::endl;
        return ExitUsage;
    }
    DiscoveryClient::clearMemoryCache();
    forgetDiscovery(existing->issuer);
    io.out << tr("Profile \"%1\" removed.").arg(name) << Qt::endl;
    return ExitSuccess;
}
