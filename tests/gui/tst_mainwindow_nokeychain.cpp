// The window when the keychain cannot answer: this test runs with the session bus
// pointing nowhere (see CMakeLists.txt), as on a machine without a Secret Service.
// The panel must say "Keychain unavailable" and what to do, and not offer to sign in
// (a sign-in could not be kept).
#include "guitestsupport.h"
#include "isolatedenvironment.h"

#include "mainwindow.h"
#include "profilestatuspanel.h"
#include "statepill.h"

#include "session/services.h"
#include "storage/profilestore.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>

#include <memory>

using State = ProfileStatus::State;

class TestMainWindowNoKeychain : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void keychainUnavailableIsShown();

private:
    std::unique_ptr<IsolatedEnvironment> m_environment;
    Profile m_profile;
};

void TestMainWindowNoKeychain::initTestCase()
{
    m_environment = std::make_unique<IsolatedEnvironment>();
    QVERIFY(qgetenv("DBUS_SESSION_BUS_ADDRESS").contains("nonexistent"));
    m_profile.name = m_environment->uniqueProfileName(QStringLiteral("nokeychain"));
    m_profile.issuer = QUrl(QStringLiteral("https://tenant.example.com/"));
    m_profile.clientId = QStringLiteral("client-without-keychain");
    QVERIFY(ProfileStore().save(m_profile).ok());
}

void TestMainWindowNoKeychain::keychainUnavailableIsShown()
{
    Services services;
    MainWindow window(services);
    window.resize(760, 680);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.start();

    QTRY_VERIFY(window.panel(m_profile.name));
    ProfileStatusPanel *panel = window.panel(m_profile.name);
    QTRY_COMPARE_WITH_TIMEOUT(panel->status().state, State::KeychainUnavailable, 15000);
    QCOMPARE(panel->findChild<StatePill *>(QStringLiteral("stateText"))->text(), QStringLiteral("Keychain unavailable"));
    auto *advice = panel->findChild<QLabel *>(QStringLiteral("adviceText"));
    QVERIFY2(advice->text().contains(QStringLiteral("keychain"), Qt::CaseInsensitive), qPrintable(advice->text()));
    QVERIFY(!panel->findChild<QPushButton *>(QStringLiteral("signInButton"))->isEnabled());
    QVERIFY(!panel->findChild<QPushButton *>(QStringLiteral("signOutButton"))->isEnabled());
    QVERIFY(panel->findChild<QPushButton *>(QStringLiteral("editButton"))->isEnabled());
    auto *retry = panel->findChild<QPushButton *>(QStringLiteral("refreshButton"));
    QVERIFY(retry->isEnabled());
    QCOMPARE(retry->accessibleName(), QStringLiteral("Try again"));
    GuiTestSupport::saveScreenshot(&window, QStringLiteral("keychain_unavailable_en"));

    if (auto translator = GuiTestSupport::germanTranslator()) {
        QCoreApplication::installTranslator(translator.get());
        MainWindow german(services);
        german.resize(window.size());
        german.show();
        QVERIFY(QTest::qWaitForWindowExposed(&german));
        german.start();
        QTRY_VERIFY(german.panel(m_profile.name));
        QTRY_COMPARE_WITH_TIMEOUT(german.panel(m_profile.name)->status().state, State::KeychainUnavailable, 15000);
        GuiTestSupport::saveScreenshot(&german, QStringLiteral("keychain_unavailable_de"));
        QCoreApplication::removeTranslator(translator.get());
    } else {
        qWarning("No German translation was found: only the English screenshot was saved.");
    }
}

QTEST_MAIN(TestMainWindowNoKeychain)
#include "tst_mainwindow_nokeychain.moc"
