// ProfileStore: the user scope, the system (managed) scope that wins per field, and
// the profile-name rules. Both scopes point into IsolatedEnvironment's folders.

#include "isolatedenvironment.h"
#include "storage/profilestore.h"

#include <QFile>
#include <QSettings>
#include <QTest>

#include <memory>

namespace {

// One scope's file only: a user-scope QSettings would otherwise also read the system one.
std::unique_ptr<QSettings> scopeSettings(QSettings::Scope scope)
{
    auto settings = std::make_unique<QSettings>(QSettings::IniFormat, scope,
                                                QStringLiteral("ConnectorSignIn"),
                                                QStringLiteral("profiles"));
    settings->setFallbacksEnabled(false);
    return settings;
}

void setRaw(QSettings::Scope scope, const QString &profile, const QString &key,
            const QVariant &value)
{
    QSettings settings(QSettings::IniFormat, scope, QStringLiteral("ConnectorSignIn"),
                       QStringLiteral("profiles"));
    settings.setValue(QStringLiteral("profiles/%1/%2").arg(profile, key), value);
    settings.sync();
}

Profile makeProfile(const QString &name)
{
    Profile profile;
    profile.name = name;
    profile.issuer = Profile::normalizeIssuer(QStringLiteral("tenant.eu.auth0.com"), nullptr);
    profile.clientId = QStringLiteral("AbCdEf0123456789");
    profile.audience = QStringLiteral("https://api.example.com/");
    profile.scopes = {"openid", "offline_access", "email"};
    profile.redirectUri = QUrl(QStringLiteral("https://oauth.powerbi.com/views/oauthredirect.html"));
    profile.windowSize = QSize(1000, 800);
    return profile;
}

} // namespace

class TstProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void savedUserProfileLoadsBackUnmanaged();
    void storedLayoutIsOneGroupPerProfile();
    void systemValueWinsAndIsManaged_data();
    void systemValueWinsAndIsManaged();
    void invalidManagedValueIsReportedNotReplaced_data();
    void invalidManagedValueIsReportedNotReplaced();
    void invalidUserValueIsReported();
    void userSaveRefusesToChangeManagedFields();
    void userSaveKeepsManagedFieldsOutOfUserScope();
    void profileNamesAreUnionSortedDefaultFirst();
    void names_data();
    void names();
    void unknownProfileLoadsAsNothing();
    void removeTouchesOnlyItsScope();
    void systemScopeSaveIsManagedEverywhere();
    void unwritableSystemScopeIsReported();

private:
    std::unique_ptr<IsolatedEnvironment> m_env;
    ProfileStore m_store;
};

void TstProfileStore::initTestCase()
{
    m_env = std::make_unique<IsolatedEnvironment>();
}

void TstProfileStore::init()
{
    for (auto scope : {QSettings::UserScope, QSettings::SystemScope}) {
        const auto settings = scopeSettings(scope);
        settings->clear();
        settings->sync();
    }
}

void TstProfileStore::savedUserProfileLoadsBackUnmanaged()
{
    const Profile profile = makeProfile("work");
    const ProfileStore::SaveResult saved = m_store.save(profile);
    QVERIFY2(saved.ok(), qPrintable(saved.message));

    QStringList problems;
    const std::optional<Profile> loaded = m_store.load("work", &problems);
    QVERIFY(loaded);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
    QCOMPARE(loaded->name, profile.name);
    QCOMPARE(loaded->issuer, profile.issuer);
    QCOMPARE(loaded->clientId, profile.clientId);
    QCOMPARE(loaded->audience, profile.audience);
    QCOMPARE(loaded->scopes, profile.scopes);
    QCOMPARE(loaded->redirectUri, profile.redirectUri);
    QCOMPARE(loaded->windowSize, profile.windowSize);
    QVERIFY(loaded->managedFields.isEmpty());
}

void TstProfileStore::storedLayoutIsOneGroupPerProfile()
{
    QVERIFY(m_store.save(makeProfile("work")).ok());
    const auto file = scopeSettings(QSettings::UserScope);
    QSettings &settings = *file;
    QVERIFY(settings.fileName().startsWith(m_env->userConfigDir()));
    settings.beginGroup("profiles/work");
    QCOMPARE(settings.value("issuer").toString(), QStringLiteral("https://tenant.eu.auth0.com/"));
    QCOMPARE(settings.value("client_id").toString(), QStringLiteral("AbCdEf0123456789"));
    QCOMPARE(settings.value("scopes").toString(), QStringLiteral("openid offline_access email"));
    QCOMPARE(settings.value("window_width").toInt(), 1000);
    QCOMPARE(settings.value("window_height").toInt(), 800);
    QVERIFY(settings.contains("redirect_uri"));
    QVERIFY(settings.contains("audience"));
}

void TstProfileStore::systemValueWinsAndIsManaged_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("systemValue");
    QTest::addRow("issuer, given as a bare domain")
        << "issuer" << QVariant("corp.us.auth0.com");
    QTest::addRow("client_id") << "client_id" << QVariant("ManagedClient42");
    QTest::addRow("audience") << "audience" << QVariant("https://managed.example.com/api");
    QTest::addRow("scopes") << "scopes" << QVariant("openid offline_access");
    QTest::addRow("redirect_uri")
        << "redirect_uri" << QVariant("https://login.example.com/callback");
    QTest::addRow("window_width") << "window_width" << QVariant(1400);
}

void TstProfileStore::systemValueWinsAndIsManaged()
{
    QFETCH(QString, key);
    QFETCH(QVariant, systemValue);
    QVERIFY(m_store.save(makeProfile("work")).ok());
    setRaw(QSettings::SystemScope, "work", key, systemValue);

    QStringList problems;
    const std::optional<Profile> loaded = m_store.load("work", &problems);
    QVERIFY(loaded);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
    QCOMPARE(loaded->managedFields, QSet<QString>{key});

    const Profile user = makeProfile("work");
    if (key == "issuer") {
        QCOMPARE(loaded->issuer, QUrl("https://corp.us.auth0.com/"));
    } else if (key == "client_id") {
        QCOMPARE(loaded->clientId, systemValue.toString());
    } else if (key == "audience") {
        QCOMPARE(loaded->audience, systemValue.toString());
    } else if (key == "scopes") {
        QCOMPARE(loaded->scopes, QStringList({"openid", "offline_access"}));
    } else if (key == "redirect_uri") {
        QCOMPARE(loaded->redirectUri, QUrl(systemValue.toString()));
    } else if (key == "window_width") {
        QCOMPARE(loaded->windowSize, QSize(1400, user.windowSize.height()));
    }
    // The fields IT did not set are still the user's.
    QCOMPARE(loaded->clientId == user.clientId, key != "client_id");
    QCOMPARE(loaded->audience == user.audience, key != "audience");
}

void TstProfileStore::invalidManagedValueIsReportedNotReplaced_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QVariant>("systemValue");
    QTest::addRow("issuer over plain http on a public host")
        << "issuer" << QVariant("http://tenant.eu.auth0.com/");
    QTest::addRow("issuer that is not a host") << "issuer" << QVariant("not a host");
    QTest::addRow("empty client_id") << "client_id" << QVariant("");
    QTest::addRow("redirect_uri over plain http on a public host")
        << "redirect_uri" << QVariant("http://oauth.powerbi.com/views/oauthredirect.html");
    QTest::addRow("window_width too small") << "window_width" << QVariant(10);
    QTest::addRow("window_height not a number") << "window_height" << QVariant("tall");
    QTest::addRow("empty scopes") << "scopes" << QVariant("  ");
}

void TstProfileStore::invalidManagedValueIsReportedNotReplaced()
{
    QFETCH(QString, key);
    QFETCH(QVariant, systemValue);
    const Profile user = makeProfile("work");
    QVERIFY(m_store.save(user).ok());
    setRaw(QSettings::SystemScope, "work", key, systemValue);

    QStringList problems;
    const std::optional<Profile> loaded = m_store.load("work", &problems);
    QVERIFY(loaded);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(key), qPrintable(problems.first()));
    QVERIFY(loaded->managedFields.contains(key));
    // The user's own value must not silently take the managed field's place.
    if (key == "issuer")
        QVERIFY(loaded->issuer != user.issuer);
    if (key == "client_id")
        QVERIFY(loaded->clientId != user.clientId);
    if (key == "redirect_uri")
        QVERIFY(loaded->redirectUri.scheme() == "https");
    if (key == "window_width")
        QVERIFY(loaded->windowSize.width() != user.windowSize.width());
}

void TstProfileStore::invalidUserValueIsReported()
{
    QVERIFY(m_store.save(makeProfile("work")).ok());
    setRaw(QSettings::UserScope, "work", "issuer", "ftp://tenant.eu.auth0.com/");

    QStringList problems;
    const std::optional<Profile> loaded = m_store.load("work", &problems);
    QVERIFY(loaded);
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().contains("issuer"));
    QVERIFY(loaded->managedFields.isEmpty());
}

void TstProfileStore::userSaveRefusesToChangeManagedFields()
{
    setRaw(QSettings::SystemScope, "work", "issuer", "https://corp.us.auth0.com/");
    setRaw(QSettings::SystemScope, "work", "audience", "https://managed.example.com/api");
    Profile profile = makeProfile("work"); // other issuer and audience than IT's

    const ProfileStore::SaveResult saved = m_store.save(profile);
    QCOMPARE(saved.kind, ProfileStore::SaveResult::Kind::ManagedFieldsRefused);
    QCOMPARE(QSet<QString>(saved.refusedFields.cbegin(), saved.refusedFields.cend()),
             QSet<QString>({"issuer", "audience"}));
    QVERIFY(saved.message.contains("issuer"));
    QVERIFY(!scopeSettings(QSettings::UserScope)->contains("profiles/work/client_id"));
}

void TstProfileStore::userSaveKeepsManagedFieldsOutOfUserScope()
{
    setRaw(QSettings::SystemScope, "work", "issuer", "corp.us.auth0.com");
    std::optional<Profile> profile = m_store.load("work");
    QVERIFY(profile);
    profile->clientId = "UserClient";

    const ProfileStore::SaveResult saved = m_store.save(*profile);
    QVERIFY2(saved.ok(), qPrintable(saved.message));
    const auto user = scopeSettings(QSettings::UserScope);
    QVERIFY(!user->contains("profiles/work/issuer"));
    QCOMPARE(user->value("profiles/work/client_id").toString(), QStringLiteral("UserClient"));
    QCOMPARE(m_store.load("work")->managedFields, QSet<QString>{"issuer"});
}

void TstProfileStore::profileNamesAreUnionSortedDefaultFirst()
{
    setRaw(QSettings::SystemScope, "zeta", "client_id", "z");
    setRaw(QSettings::SystemScope, "default", "client_id", "d");
    setRaw(QSettings::UserScope, "alpha", "client_id", "a");
    setRaw(QSettings::UserScope, "default", "client_id", "d");
    setRaw(QSettings::UserScope, "Beta", "client_id", "b");
    setRaw(QSettings::UserScope, "not valid!", "client_id", "x");

    QCOMPARE(m_store.profileNames(), QStringList({"default", "alpha", "Beta", "zeta"}));
}

void TstProfileStore::names_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::addRow("default") << "default" << true;
    QTest::addRow("one character") << "a" << true;
    QTest::addRow("letters, digits, dot, dash, underscore") << "Team-1.prod_2" << true;
    QTest::addRow("64 characters") << QString(64, 'x') << true;
    QTest::addRow("empty") << "" << false;
    QTest::addRow("65 characters") << QString(65, 'x') << false;
    QTest::addRow("space") << "my profile" << false;
    QTest::addRow("slash") << "a/b" << false;
    QTest::addRow("backslash") << "a\\b" << false;
    QTest::addRow("dot-dot") << ".." << false;
    QTest::addRow("non-ASCII letter") << QString::fromUtf8("caf\xc3\xa9") << false;
    QTest::addRow("trailing newline") << "work\n" << false;
}

void TstProfileStore::names()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(ProfileStore::isValidName(name), valid);

    const ProfileStore::SaveResult saved = m_store.save(makeProfile(name));
    QCOMPARE(saved.ok(), valid);
    if (!valid) {
        QCOMPARE(saved.kind, ProfileStore::SaveResult::Kind::InvalidName);
        QVERIFY(!saved.message.isEmpty());
    }
    QCOMPARE(m_store.load(name).has_value(), valid);
}

void TstProfileStore::unknownProfileLoadsAsNothing()
{
    QVERIFY(!m_store.load("nobody"));
    QVERIFY(m_store.profileNames().isEmpty());
}

void TstProfileStore::removeTouchesOnlyItsScope()
{
    QVERIFY(m_store.save(makeProfile("work")).ok());
    QVERIFY(m_store.save(makeProfile("home")).ok());
    setRaw(QSettings::SystemScope, "work", "client_id", "Managed");

    QVERIFY(m_store.remove("work", ProfileStore::Scope::User));
    QVERIFY(!m_store.remove("work", ProfileStore::Scope::User));
    QVERIFY(!m_store.remove("nobody", ProfileStore::Scope::User));
    QVERIFY(!m_store.remove("a/b", ProfileStore::Scope::User));

    // What IT configured stays; the user's other profile stays.
    const std::optional<Profile> work = m_store.load("work");
    QVERIFY(work);
    QCOMPARE(work->clientId, QStringLiteral("Managed"));
    QVERIFY(work->issuer.isEmpty());
    QVERIFY(m_store.load("home"));
}

void TstProfileStore::systemScopeSaveIsManagedEverywhere()
{
    QVERIFY(m_store.isWritable(ProfileStore::Scope::System));
    const ProfileStore::SaveResult saved =
        m_store.save(makeProfile("fleet"), ProfileStore::Scope::System);
    QVERIFY2(saved.ok(), qPrintable(saved.message));
    QVERIFY(scopeSettings(QSettings::SystemScope)->fileName().startsWith(m_env->systemConfigDir()));

    const std::optional<Profile> loaded = m_store.load("fleet");
    QVERIFY(loaded);
    const QStringList fields = ProfileStore::fieldNames();
    QCOMPARE(loaded->managedFields, QSet<QString>(fields.cbegin(), fields.cend()));
    QVERIFY(m_store.remove("fleet", ProfileStore::Scope::System));
}

void TstProfileStore::unwritableSystemScopeIsReported()
{
    // Root ignores permissions, so use a folder that cannot exist: one under a file.
    const QString blocker = m_env->root() + "/a-file";
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    QSettings::setPath(QSettings::IniFormat, QSettings::SystemScope, blocker + "/etc-xdg");

    const bool writable = m_store.isWritable(ProfileStore::Scope::System);
    const ProfileStore::SaveResult saved =
        m_store.save(makeProfile("fleet"), ProfileStore::Scope::System);
    QSettings::setPath(QSettings::IniFormat, QSettings::SystemScope, m_env->systemConfigDir());

    QVERIFY(!writable);
    QCOMPARE(saved.kind, ProfileStore::SaveResult::Kind::NotWritable);
    QVERIFY2(saved.message.contains(blocker), qPrintable(saved.message));
    QVERIFY(m_store.isWritable(ProfileStore::Scope::User));
}

QTEST_GUILESS_MAIN(TstProfileStore)
#include "tst_profilestore.moc"
