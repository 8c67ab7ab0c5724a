#include "storage/profilestore.h"

#include "common/logging.h"
#include "storage/profilename.h"

#include <QSettings>

#include <algorithm>
#include <memory>

namespace {

const QString kIssuer = QStringLiteral("issuer");
const QString kClientId = QStringLiteral("client_id");
const QString kAudience = QStringLiteral("audience");
const QString kScopes = QStringLiteral("scopes");
const QString kRedirectUri = QStringLiteral("redirect_uri");
const QString kWindowWidth = QStringLiteral("window_width");
const QString kWindowHeight = QStringLiteral("window_height");

QString groupOf(const QString &name)
{
    return QStringLiteral("profiles/") + name;
}

// A value as stored: INI files may hold a list when written by hand with commas.
QString textOf(const QVariant &value)
{
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(QLatin1Char(' '));
    return value.toString().trimmed();
}

// The raw values of one scope's group; absent keys are absent.
QVariantMap readGroup(QSettings &settings, const QString &name)
{
    QVariantMap values;
    settings.beginGroup(groupOf(name));
    for (const QString &key : ProfileStore::fieldNames()) {
        if (settings.contains(key))
            values.insert(key, settings.value(key));
    }
    settings.endGroup();
    return values;
}

// Canonical stored form of one field, also used to compare a profile with a scope.
QVariant storedValue(const Profile &profile, const QString &key)
{
    if (key == kIssuer)
        return profile.issuer.toString();
    if (key == kClientId)
        return profile.clientId;
    if (key == kAudience)
        return profile.audience;
    if (key == kScopes)
        return profile.scopes.join(QLatin1Char(' '));
    if (key == kRedirectUri)
        return profile.redirectUri.toString();
    if (key == kWindowWidth)
        return profile.windowSize.width();
    if (key == kWindowHeight)
        return profile.windowSize.height();
    return {};
}

} // namespace

namespace {

// Applies one stored value to `profile`; returns a translated problem when refused
// (and then leaves the field as it was).
class FieldParser
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)

public:
    static QString apply(Profile &profile, const QString &key, const QVariant &raw)
    {
        const QString text = textOf(raw);
        if (key == kIssuer) {
            QString error;
            const QUrl issuer = Profile::normalizeIssuer(text, &error);
            if (!issuer.isValid())
                return error.isEmpty() ? tr("\"%1\" is not a valid issuer.").arg(text) : error;
            profile.issuer = issuer;
        } else if (key == kClientId) {
            if (text.isEmpty())
                return tr("The client ID is empty.");
            profile.clientId = text;
        } else if (key == kAudience) {
            profile.audience = text;
        } else if (key == kScopes) {
            const QStringList scopes = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            if (scopes.isEmpty())
                return tr("The list of scopes is empty.");
            profile.scopes = scopes;
        } else if (key == kRedirectUri) {
            const QUrl uri(text, QUrl::StrictMode);
            if (!Profile::isSecureOrLoopback(uri))
                return tr("\"%1\" is not a valid redirect URI: it must be an https:// address "
                          "(http:// only for this computer).")
                    .arg(text);
            profile.redirectUri = uri;
        } else if (key == kWindowWidth || key == kWindowHeight) {
            const int minimum = key == kWindowWidth ? Profile::MinimumWindowWidth
                                                    : Profile::MinimumWindowHeight;
            bool ok = false;
            const int side = text.toInt(&ok);
            if (!ok || side < minimum || side > Profile::MaximumWindowExtent)
                return tr("The window size \"%1\" is not between %2 and %3 pixels.")
                    .arg(text)
                    .arg(minimum)
                    .arg(Profile::MaximumWindowExtent);
            if (key == kWindowWidth)
                profile.windowSize.setWidth(side);
            else
                profile.windowSize.setHeight(side);
        }
        return {};
    }

    static QString problem(const QString &key, bool managed, const QString &detail)
    {
        return managed ? tr("Setting \"%1\" from your organization's configuration is not "
                            "valid: %2 Ask your IT department to correct it.")
                             .arg(key, detail)
                       : tr("Setting \"%1\" is not valid: %2").arg(key, detail);
    }
};

} // namespace

const QStringList &ProfileStore::fieldNames()
{
    static const QStringList names{kIssuer,      kClientId,    kAudience,     kScopes,
                                   kRedirectUri, kWindowWidth, kWindowHeight};
    return names;
}

bool ProfileStore::isValidName(const QString &name)
{
    return ProfileName::isValid(name);
}

QStringList ProfileStore::profileNames() const
{
    QStringList names;
    for (Scope scope : {Scope::System, Scope::User}) {
        const auto settings = SettingsLocations::profiles(scope);
        settings->beginGroup(QStringLiteral("profiles"));
        for (const QString &name : settings->childGroups()) {
            if (isValidName(name) && !names.contains(name))
                names.append(name);
        }
    }
    const QString defaultName = QString::fromLatin1(Profile::DefaultName);
    std::sort(names.begin(), names.end(), [&](const QString &a, const QString &b) {
        if ((a == defaultName) != (b == defaultName))
            return a == defaultName;
        const int folded = a.compare(b, Qt::CaseInsensitive);
        return folded != 0 ? folded < 0 : a < b;
    });
    return names;
}

std::optional<Profile> ProfileStore::load(const QString &name, QStringList *problems) const
{
    if (!isValidName(name))
        return std::nullopt;

    const QVariantMap system = readGroup(*SettingsLocations::profiles(Scope::System), name);
    const QVariantMap user = readGroup(*SettingsLocations::profiles(Scope::User), name);
    if (system.isEmpty() && user.isEmpty())
        return std::nullopt;

    Profile profile;
    profile.name = name;
    for (const QString &key : fieldNames()) {
        const bool managed = system.contains(key);
        if (!managed && !user.contains(key))
            continue;
        if (managed)
            profile.managedFields.insert(key);
        const QString problem =
            FieldParser::apply(profile, key, managed ? system.value(key) : user.value(key));
        if (!problem.isEmpty()) {
            qCWarning(lcConfig) << "profile" << name << "invalid" << (managed ? "managed" : "user")
                                << "setting" << key;
            if (problems)
                problems->append(FieldParser::problem(key, managed, problem));
        }
    }
    return profile;
}

ProfileStore::SaveResult ProfileStore::save(const Profile &profile, Scope scope)
{
    if (!isValidName(profile.name))
        return failure(SaveResult::Kind::InvalidName);
    const QStringList problems = profile.validate();
    if (!problems.isEmpty())
        return failure(SaveResult::Kind::InvalidProfile, problems);

    QStringList managed;
    if (scope == Scope::User) {
        // Compare in canonical form, the same way load() reads the managed values.
        const QVariantMap system = readGroup(*SettingsLocations::profiles(Scope::System),
                                             profile.name);
        Profile enforced;
        QStringList refused;
        for (auto it = system.cbegin(); it != system.cend(); ++it) {
            managed.append(it.key());
            FieldParser::apply(enforced, it.key(), it.value());
            if (storedValue(enforced, it.key()) != storedValue(profile, it.key()))
                refused.append(it.key());
        }
        if (!refused.isEmpty()) {
            qCInfo(lcConfig) << "profile" << profile.name << "save refused: managed" << refused;
            SaveResult result = failure(SaveResult::Kind::ManagedFieldsRefused, refused);
            result.refusedFields = refused;
            return result;
        }
    }

    const auto settings = SettingsLocations::profiles(scope);
    if (!settings->isWritable())
        return failure(SaveResult::Kind::NotWritable, {settings->fileName()}, scope);
    settings->beginGroup(groupOf(profile.name));
    for (const QString &key : fieldNames()) {
        // Managed fields are IT's: the user's own copy would only shadow a later change.
        if (!managed.contains(key))
            settings->setValue(key, storedValue(profile, key));
    }
    settings->endGroup();
    settings->sync();
    if (settings->status() != QSettings::NoError) {
        qCWarning(lcConfig) << "profile" << profile.name << "could not be written"
                            << settings->status();
        return failure(SaveResult::Kind::NotWritable, {settings->fileName()}, scope);
    }
    qCInfo(lcConfig) << "profile" << profile.name << "saved"
                     << (scope == Scope::System ? "system" : "user");
    return {};
}

bool ProfileStore::remove(const QString &name, Scope scope)
{
    if (!isValidName(name))
        return false;
    const auto settings = SettingsLocations::profiles(scope);
    settings->beginGroup(QStringLiteral("profiles"));
    if (!settings->childGroups().contains(name))
        return false;
    settings->remove(name);
    settings->endGroup();
    settings->sync();
    const bool ok = settings->status() == QSettings::NoError;
    qCInfo(lcConfig) << "profile" << name << (ok ? "removed" : "could not be removed");
    return ok;
}

bool ProfileStore::isWritable(Scope scope) const
{
    return SettingsLocations::profiles(scope)->isWritable();
}

ProfileStore::SaveResult ProfileStore::failure(SaveResult::Kind kind, const QStringList &details,
                                              Scope scope)
{
    SaveResult result;
    result.kind = kind;
    switch (kind) {
    case SaveResult::Kind::Ok:
        break;
    case SaveResult::Kind::InvalidName:
        result.message = tr("The profile name is not valid: use 1 to 64 letters, digits, '.', "
                            "'_' or '-'.");
        break;
    case SaveResult::Kind::InvalidProfile:
        result.message = tr("The profile cannot be saved: %1").arg(details.join(QLatin1Char(' ')));
        break;
    case SaveResult::Kind::ManagedFieldsRefused:
        result.message = tr("These settings are managed by your organization and cannot be "
                            "changed here: %1.")
                             .arg(details.join(QStringLiteral(", ")));
        break;
    case SaveResult::Kind::NotWritable:
        result.message = scope == Scope::System
                             ? tr("The system-wide configuration could not be written to %1. "
                                  "It needs administrator (root) rights: run the command "
                                  "as an administrator.")
                                   .arg(details.value(0))
                             : tr("Your configuration could not be written to %1. Check "
                                  "that the folder exists and is writable.")
                                   .arg(details.value(0));
        break;
    }
    return result;
}
