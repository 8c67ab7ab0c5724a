// The main window as a person uses it, against the real session: the real test server,
// the real Secret Service, and http-login-window playing the login window (same process
// contract), so "Sign in" really signs in. Widgets are found by objectName.
#include "guitestsupport.h"
#include "isolatedenvironment.h"
#include "testserver.h"

#include "emptystate.h"
#include "eventlogmodel.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "profileeditor.h"
#include "profilestatuspanel.h"
#include "sessioncontroller.h"
#include "statepill.h"
#include "tokeninspectordialog.h"

#include "session/services.h"
#include "storage/profilestore.h"
#include "storage/sessionstate.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using State = ProfileStatus::State;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void emptyWindowOffersConfigure();
    void editorShowsValidationErrors_data();
    void editorShowsValidationErrors();
    void editorTestsTheConnection_data();
    void editorTestsTheConnection();
    void signedOutProfileOffersSignIn();
    void signInButtonSignsIn();
    void tokenInspectorShowsClaimsButNoToken();
    void refreshNowRefreshes();
    void diagnosticsAreCopiedWithoutSecrets();
    void revokedSessionNeedsSignIn();
    void signOutForgetsTheSession();

private:
    ProfileStatusPanel *panel() const { return m_window->panel(m_profile.name); }
    QString pillText() const;
    QPushButton *button(const char *name) const;
    QString value(const char *name) const;
    void screenshots(const QString &name, State expected);

    std::unique_ptr<IsolatedEnvironment> m_environment;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<MainWindow> m_window;
    Profile m_profile;
    bool m_germanMissing = false;
};

void TestMainWindow::initTestCase()
{
    m_environment = std::make_unique<IsolatedEnvironment>();
    m_server = std::make_unique<TestServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    // The login window of this run is the HTTP stand-in: it signs in at the test form.
    QVERIFY(qEnvironmentVariableIsSet("SIGNIN_HTTP_LOGIN_EXE"));
    qputenv("SIGNIN_LOGIN_EXE", qgetenv("SIGNIN_HTTP_LOGIN_EXE"));
    qputenv("SIGNIN_HTTP_TIMEOUT_MS", "5000");

    m_profile.name = m_environment->uniqueProfileName(QStringLiteral("gui"));
    m_profile.issuer = m_server->issuer();
    m_profile.clientId = TestServer::clientId();

    m_services = std::make_unique<Services>();
    m_window = std::make_unique<MainWindow>(*m_services);
    m_window->resize(760, 680);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->start();
}

void TestMainWindow::cleanupTestCase()
{
    m_window.reset();
    if (m_germanMissing)
        qWarning("No German translation was found: only English screenshots were saved.");
}

QString TestMainWindow::pillText() const
{
    ProfileStatusPanel *p = panel();
    return p ? p->findChild<StatePill *>(QStringLiteral("stateText"))->text() : QString();
}

QPushButton *TestMainWindow::button(const char *name) const
{
    return panel()->findChild<QPushButton *>(QString::fromLatin1(name));
}

QString TestMainWindow::value(const char *name) const
{
    return panel()->findChild<QLabel *>(QString::fromLatin1(name))->text();
}

void TestMainWindow::screenshots(const QString &name, State expected)
{
    GuiTestSupport::saveScreenshot(m_window.get(), name + QStringLiteral("_en"));
    auto translator = GuiTestSupport::germanTranslator();
    if (!translator) {
        m_germanMissing = true;
        return;
    }
    // Texts are set when widgets are made: a German window is a new window.
    QCoreApplication::installTranslator(translator.get());
    {
        MainWindow german(*m_services);
        german.resize(m_window->size());
        german.show();
        QVERIFY(QTest::qWaitForWindowExposed(&german));
        german.start();
        QTRY_VERIFY(german.panel(m_profile.name) || expected == State(-1));
        if (expected != State(-1))
            QTRY_COMPARE(german.panel(m_profile.name)->status().state, expected);
        else
            QTest::qWait(300);
        GuiTestSupport::saveScreenshot(&german, name + QStringLiteral("_de"));
    }
    QCoreApplication::removeTranslator(translator.get());
}

void TestMainWindow::emptyWindowOffersConfigure()
{
    auto *empty = m_window->findChild<EmptyState *>(QStringLiteral("emptyState"));
    QVERIFY(empty);
    QTRY_VERIFY(empty->isVisible());
    screenshots(QStringLiteral("empty"), State(-1));

    auto *configure = empty->findChild<QPushButton *>(QStringLiteral("configureButton"));
    QVERIFY(configure && !configure->accessibleName().isEmpty());
    QTest::mouseClick(configure, Qt::LeftButton);
    auto *editor = m_window->findChild<ProfileEditor *>(QStringLiteral("profileEditor"));
    QVERIFY(editor);
    QTRY_VERIFY(editor->isVisible());
    QCOMPARE(editor->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(), QStringLiteral("default"));
    // Nothing entered yet: the tenant and client id say what is missing, Save waits.
    QVERIFY(!editor->fieldError(QStringLiteral("issuer")).isEmpty());
    QVERIFY(!editor->fieldError(QStringLiteral("client_id")).isEmpty());
    QVERIFY(!editor->findChild<QPushButton *>(QStringLiteral("saveButton"))->isEnabled());
    editor->reject();
    QTRY_VERIFY(!m_window->findChild<ProfileEditor *>(QStringLiteral("profileEditor")));
}

void TestMainWindow::editorShowsValidationErrors_data()
{
    QTest::addColumn<QString>("field");   // the editor's objectName
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("errorKey"); // ProfileEditor::fieldError key
    QTest::addColumn<bool>("expectError");

    QTest::addRow("bare Auth0 domain is accepted") << "issuerEdit" << "tenant.eu.auth0.com" << "issuer" << false;
    QTest::addRow("plain http to a remote host is refused") << "issuerEdit" << "http://tenant.example.com" << "issuer" << true;
    QTest::addRow("space in the tenant is refused") << "issuerEdit" << "ten ant.example.com" << "issuer" << true;
    QTest::addRow("another scheme is refused") << "issuerEdit" << "ftp://tenant.example.com" << "issuer" << true;
    QTest::addRow("empty client id is refused") << "clientIdEdit" << "" << "client_id" << true;
    QTest::addRow("client id is accepted") << "clientIdEdit" << "abc123" << "client_id" << false;
    QTest::addRow("scopes without offline_access are refused") << "scopesEdit" << "openid profile" << "scopes" << true;
    QTest::addRow("default scopes are accepted") << "scopesEdit" << "openid offline_access profile email" << "scopes" << false;
    QTest::addRow("relative redirect URI is refused") << "redirectUriEdit" << "oauthredirect.html" << "redirect_uri" << true;
}

void TestMainWindow::editorShowsValidationErrors()
{
    QFETCH(QString, field);
    QFETCH(QString, input);
    QFETCH(QString, errorKey);
    QFETCH(bool, expectError);

    Profile start = m_profile;
    start.name = QStringLiteral("editor-check");
    ProfileEditor editor(*m_services, start, m_window.get());
    editor.show();
    QVERIFY(editor.canSave());
    auto *edit = editor.findChild<QLineEdit *>(field);
    QVERIFY(edit);
    edit->selectAll();
    edit->del();
    QTest::keyClicks(edit, input); // typed, as a person would: checked on every keystroke
    auto *errorLabel = editor.findChild<QLabel *>(QString(field).replace(QStringLiteral("Edit"), QStringLiteral("Error")));
    QVERIFY(errorLabel);
    QCOMPARE(!editor.fieldError(errorKey).isEmpty(), expectError);
    QCOMPARE(errorLabel->isVisible(), expectError);
    QCOMPARE(errorLabel->text(), editor.fieldError(errorKey));
    QCOMPARE(editor.findChild<QPushButton *>(QStringLiteral("saveButton"))->isEnabled(), !expectError);
    if (expectError && field == QLatin1String("issuerEdit"))
        GuiTestSupport::saveScreenshot(&editor, QStringLiteral("editor_invalid_issuer_en"));
}

void TestMainWindow::editorTestsTheConnection_data()
{
    QTest::addColumn<QString>("field");     // the editor's objectName; empty: as configured
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("authorizeOk");
    QTest::addColumn<QString>("authorizeSays"); // part of the authorize check's line

    QTest::addRow("registered client and callback are accepted")
        << "" << "" << true << "accepts the client id and the redirect URI";
    QTest::addRow("unknown client id is refused by authorize")
        << "clientIdEdit" << "no-such-client" << false << "does not know the client id \"no-such-client\"";
    QTest::addRow("unregistered redirect URI is refused by authorize")
        << "redirectUriEdit" << "https://elsewhere.example.com/callback" << false
        << "refuses the redirect URI https://elsewhere.example.com/callback";
}

// The tenant doctor's verdicts, one line per check, as the person reads them.
void TestMainWindow::editorTestsTheConnection()
{
    QFETCH(QString, field);
    QFETCH(QString, input);
    QFETCH(bool, authorizeOk);
    QFETCH(QString, authorizeSays);

    // Not signed in here: the doctor asks the real server and never opens a login window.
    ProfileEditor editor(*m_services, m_profile, m_window.get());
    editor.show();
    if (!field.isEmpty()) {
        auto *edit = editor.findChild<QLineEdit *>(field);
        QVERIFY(edit);
        edit->setText(input); // tested as entered, not as saved
    }
    auto *test = editor.findChild<QPushButton *>(QStringLiteral("testConnectionButton"));
    auto *result = editor.findChild<QLabel *>(QStringLiteral("testResult"));
    QVERIFY(test && result);
    QVERIFY(test->isEnabled());
    QTest::mouseClick(test, Qt::LeftButton);
    QVERIFY(!test->isEnabled()); // busy: one test at a time
    QCOMPARE(result->text(), QStringLiteral("Testing the connection…"));
    QTRY_VERIFY_WITH_TIMEOUT(test->isEnabled(), 30000);

    const QStringList lines = result->text().split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 8); // every check, in the doctor's order
    const auto line = [&lines](const QString &title) {
        for (const QString &l : lines) {
            if (l.mid(2).startsWith(title + QLatin1Char(':')))
                return l;
        }
        return QString();
    };
    const QString text = result->text();
    QVERIFY2(line(QStringLiteral("Domain")).startsWith(QStringLiteral("✔")), qPrintable(text));
    QVERIFY2(line(QStringLiteral("Discovery")).startsWith(QStringLiteral("✔")), qPrintable(text));
    QCOMPARE(line(QStringLiteral("PKCE")), QStringLiteral("✔ PKCE: S256 is offered."));
    const QString authorize = line(QStringLiteral("Client and redirect URI"));
    QVERIFY2(authorize.startsWith(authorizeOk ? QStringLiteral("✔") : QStringLiteral("✖")), qPrintable(text));
    QVERIFY2(authorize.contains(authorizeSays), qPrintable(authorize));
    QVERIFY2(authorizeOk || authorize.contains(QStringLiteral("Fix: ")), qPrintable(authorize)); // says what to change
    QCOMPARE(text.count(QStringLiteral("✖")), authorizeOk ? 0 : 1);
    QVERIFY2(line(QStringLiteral("Refresh token")).contains(QStringLiteral("uses the stored sign-in")), qPrintable(text));
    if (authorizeOk)
        GuiTestSupport::saveScreenshot(&editor, QStringLiteral("editor_test_connection_en"));
}

void TestMainWindow::signedOutProfileOffersSignIn()
{
    QVERIFY(ProfileStore().save(m_profile).ok());
    m_window->controller().reload();
    QTRY_VERIFY(panel());
    QTRY_COMPARE(panel()->status().state, State::SignedOut);
    QCOMPARE(pillText(), QStringLiteral("Signed out"));
    QVERIFY(button("signInButton")->isEnabled());
    QVERIFY(!button("refreshButton")->isEnabled());
    QVERIFY(!button("signOutButton")->isEnabled());
    QVERIFY(button("editButton")->isEnabled());
    QCOMPARE(value("tenantValue"), m_server->issuer().toString());
    QCOMPARE(value("refreshTokenValue"), QStringLiteral("Not stored"));
    for (const char *name : {"signInButton", "refreshButton", "signOutButton", "editButton"})
        QVERIFY2(!button(name)->accessibleName().isEmpty(), name);
    screenshots(QStringLiteral("signed_out"), State::SignedOut);
}

void TestMainWindow::signInButtonSignsIn()
{
    QTest::mouseClick(button("signInButton"), Qt::LeftButton);
    // Busy while the login window is open: the other actions wait, "Sign in" raises it.
    QTRY_VERIFY(panel()->isBusy() || panel()->status().state == State::SignedIn);
    if (panel()->isBusy()) {
        QVERIFY(!button("refreshButton")->isEnabled());
        QVERIFY(!button("editButton")->isEnabled());
    }
    QTRY_COMPARE_WITH_TIMEOUT(panel()->status().state, State::SignedIn, 60000);
    QTRY_VERIFY(!panel()->isBusy());
    QCOMPARE(pillText(), QStringLiteral("Signed in"));
    QVERIFY2(value("userValue").contains(TestServer::username()), qPrintable(value("userValue")));
    QVERIFY2(value("refreshTokenValue").contains(QStringLiteral("fingerprint")), qPrintable(value("refreshTokenValue")));
    QVERIFY2(value("expiresValue").contains(QStringLiteral("in ")), qPrintable(value("expiresValue")));
    QVERIFY(!button("signInButton")->isEnabled());
    QVERIFY(button("refreshButton")->isEnabled());
    QVERIFY(button("signOutButton")->isEnabled());
    QCOMPARE(m_window->banner()->kind(), Notice::Kind::Positive);
    // The countdown is live: it changes without any new status.
    const QString before = value("expiresValue");
    QTRY_VERIFY_WITH_TIMEOUT(value("expiresValue") != before, 3000);
    screenshots(QStringLiteral("signed_in"), State::SignedIn);
}

void TestMainWindow::tokenInspectorShowsClaimsButNoToken()
{
    const QByteArray token = m_window->controller().accessToken(m_profile.name);
    QVERIFY(!token.isEmpty());
    TokenInspectorDialog *inspector = m_window->openTokenInspector(m_profile.name);
    QVERIFY(inspector);
    const QString text = inspector->text();
    QVERIFY2(text.contains(TestServer::username()), qPrintable(text));
    QVERIFY(!text.contains(QString::fromLatin1(token)));
    for (const QByteArray &part : token.split('.')) {
        if (part.size() > 16)
            QVERIFY2(!text.contains(QString::fromLatin1(part)), "a raw token part is shown");
    }
    GuiTestSupport::saveScreenshot(inspector, QStringLiteral("token_inspector_en"));
    inspector->close();
}

void TestMainWindow::refreshNowRefreshes()
{
    const int eventsBefore = m_window->eventLog()->rowCount();
    const QString fingerprintBefore = panel()->status().session.refreshTokenFingerprint;
    QTest::mouseClick(button("refreshButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(panel()->status().session.refreshTokenFingerprint != fingerprintBefore, 30000);
    QTRY_VERIFY(!panel()->isBusy());
    QCOMPARE(panel()->status().state, State::SignedIn);
    QVERIFY2(value("lastRefreshValue").contains(QStringLiteral("succeeded")), qPrintable(value("lastRefreshValue")));
    QVERIFY(m_window->eventLog()->rowCount() > eventsBefore);
    QVERIFY(button("refreshButton")->isEnabled());
}

void TestMainWindow::diagnosticsAreCopiedWithoutSecrets()
{
    // Plant secrets where a careless report would pick them up: the session's last
    // error quoting tokens; the real ones are in the keychain and this process's memory.
    const QByteArray refreshToken = m_services->tokens.readRefreshTokenSync(m_profile.name).secret;
    QVERIFY(!refreshToken.isEmpty());
    const QByteArray accessToken = m_window->controller().accessToken(m_profile.name);
    const QString plantedJwt = QStringLiteral("eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJwbGFudGVkIn0.c2lnbmF0dXJlLXBsYW50ZWQtaGVyZQ");
    SessionStateStore states;
    SessionState state = states.load(m_profile.name);
    const SessionState original = state;
    state.lastError = QStringLiteral("server said refresh_token=%1 and %2").arg(QString::fromLatin1(refreshToken), plantedJwt);
    states.save(m_profile.name, state);

    QApplication::clipboard()->clear();
    QSignalSpy ready(m_window.get(), &MainWindow::diagnosticsReady);
    m_window->copyDiagnostics();
    QVERIFY(ready.wait(30000));
    states.save(m_profile.name, original);

    const QString copied = QApplication::clipboard()->text();
    QCOMPARE(copied, ready.first().first().toString());
    QVERIFY2(copied.contains(m_profile.name), qPrintable(copied.left(400)));
    QVERIFY(!copied.contains(QString::fromLatin1(refreshToken)));
    QVERIFY(!copied.contains(QString::fromLatin1(accessToken)));
    QVERIFY(!copied.contains(plantedJwt));
    QCOMPARE(m_window->banner()->kind(), Notice::Kind::Positive);
}

void TestMainWindow::revokedSessionNeedsSignIn()
{
    QVERIFY(m_server->revokeAll());
    QTest::mouseClick(button("refreshButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(panel()->status().state, State::NeedsSignIn, 30000);
    QTRY_VERIFY(!panel()->isBusy());
    QCOMPARE(pillText(), QStringLiteral("Sign-in needed"));
    QVERIFY(button("signInButton")->isEnabled());
    QVERIFY(!button("refreshButton")->isEnabled());
    QVERIFY(!button("signOutButton")->isEnabled()); // nothing is stored to sign out of
    QVERIFY2(value("lastRefreshValue").contains(QStringLiteral("refused by the server")),
             qPrintable(value("lastRefreshValue")));
    QVERIFY(!panel()->findChild<QLabel *>(QStringLiteral("adviceText"))->text().isEmpty());
    QCOMPARE(m_window->banner()->kind(), Notice::Kind::Error);
    screenshots(QStringLiteral("sign_in_needed"), State::NeedsSignIn);
}

void TestMainWindow::signOutForgetsTheSession()
{
    QTest::mouseClick(button("signInButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(panel()->status().state, State::SignedIn, 60000);
    QTRY_VERIFY(button("signOutButton")->isEnabled());
    QTest::mouseClick(button("signOutButton"), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(panel()->status().state, State::SignedOut, 30000);
    QTRY_VERIFY(!panel()->isBusy());
    QCOMPARE(value("refreshTokenValue"), QStringLiteral("Not stored"));
    QVERIFY(m_window->controller().accessToken(m_profile.name).isEmpty());
    QCOMPARE(m_services->tokens.readRefreshTokenSync(m_profile.name).kind, KeychainResult::Kind::NotFound);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
