// The connector builder as a person uses it from the main window's Support menu: the
// name is judged while typed, Build writes a .mez that really holds KIND.pq, and a
// profile that is gone by the time of Build is reported inline, with no file written.
#include "guitestsupport.h"
#include "isolatedenvironment.h"

#include "connectorbuilderdialog.h"
#include "mainwindow.h"

#include "session/services.h"
#include "storage/profilestore.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestConnectorBuilder : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();
    void invalidNameIsExplainedAndBlocksBuild_data();
    void invalidNameIsExplainedAndBlocksBuild();
    void validNameProposesDocumentsPath();
    void buildWritesMezWithSectionDocument();
    void removedProfileIsReportedInline();
    void installNeedsWindowsElsewhere();

private:
    ConnectorBuilderDialog *openFromMenu();
    template<typename T>
    T *child(const char *name) const
    {
        T *widget = m_dialog->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no child %s", name);
        return widget;
    }
    void typeName(const QString &name);

    std::unique_ptr<IsolatedEnvironment> m_environment;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<MainWindow> m_window;
    QPointer<ConnectorBuilderDialog> m_dialog;
    QTemporaryDir m_output;
    QString m_profileName;
    QString m_goneName;
};

void TestConnectorBuilder::initTestCase()
{
    m_environment = std::make_unique<IsolatedEnvironment>();
    QVERIFY(m_output.isValid());
    Profile profile;
    profile.name = m_environment->uniqueProfileName(QStringLiteral("cb"));
    profile.issuer = QUrl(QStringLiteral("https://tenant.example.com/"));
    profile.clientId = QStringLiteral("connector-builder-client");
    QVERIFY(ProfileStore().save(profile).ok());
    m_profileName = profile.name;
    // Removed while the dialog is open (another window, `configure --remove`).
    profile.name = m_environment->uniqueProfileName(QStringLiteral("cbgone"));
    m_goneName = profile.name;
    QVERIFY(ProfileStore().save(profile).ok());

    m_services = std::make_unique<Services>();
    m_window = std::make_unique<MainWindow>(*m_services);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestConnectorBuilder::cleanup()
{
    delete m_dialog;
}

ConnectorBuilderDialog *TestConnectorBuilder::openFromMenu()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("buildConnectorAction"));
    if (!action)
        return nullptr;
    action->trigger();
    m_dialog = m_window->findChild<ConnectorBuilderDialog *>();
    return m_dialog;
}

void TestConnectorBuilder::typeName(const QString &name)
{
    auto *edit = child<QLineEdit>("connectorNameEdit");
    edit->clear();
    QTest::keyClicks(edit, name);
}

void TestConnectorBuilder::invalidNameIsExplainedAndBlocksBuild_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("starts with a digit") << QStringLiteral("1Contoso");
    QTest::newRow("has a space") << QStringLiteral("Contoso Sales");
    QTest::newRow("has a dash") << QStringLiteral("Contoso-Sales");
    QTest::newRow("M keyword") << QStringLiteral("section");
    QTest::newRow("65 characters") << QString(65, QLatin1Char('a'));
}

void TestConnectorBuilder::invalidNameIsExplainedAndBlocksBuild()
{
    QFETCH(QString, name);
    QVERIFY(openFromMenu());
    QVERIFY(m_dialog->isVisible());
    auto *error = child<QLabel>("connectorNameError");
    auto *build = child<QPushButton>("buildConnectorButton");
    QVERIFY(error && build);
    QVERIFY2(error->isHidden(), "nothing typed is not yet a mistake");
    QVERIFY(!build->isEnabled());

    typeName(name);
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(name), qPrintable(error->text()));
    QVERIFY(!build->isEnabled());
    QVERIFY(!error->accessibleName().isEmpty());
}

void TestConnectorBuilder::validNameProposesDocumentsPath()
{
    QVERIFY(openFromMenu());
    typeName(QStringLiteral("1bad"));
    typeName(QStringLiteral("Contoso"));
    QVERIFY(child<QLabel>("connectorNameError")->isHidden());
    QVERIFY(child<QPushButton>("buildConnectorButton")->isEnabled());
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QCOMPARE(m_dialog->outputPath(), QDir(documents).filePath(QStringLiteral("Contoso.mez")));
}

void TestConnectorBuilder::buildWritesMezWithSectionDocument()
{
    QVERIFY(openFromMenu());
    child<QComboBox>("connectorProfileCombo")->setCurrentText(m_profileName);
    QCOMPARE(child<QComboBox>("connectorProfileCombo")->currentText(), m_profileName);
    typeName(QStringLiteral("ContosoSales"));
    const QString path = m_output.filePath(QStringLiteral("out/ContosoSales.mez"));
    QVERIFY(QDir().mkpath(QFileInfo(path).path()));
    m_dialog->setOutputPath(path);

    QTest::mouseClick(child<QPushButton>("buildConnectorButton"), Qt::LeftButton);

    auto *result = child<QLabel>("connectorResult");
    QVERIFY(result->isVisible());
    QVERIFY2(result->text().contains(QDir::toNativeSeparators(path)), qPrintable(result->text()));
    QVERIFY(QFileInfo::exists(path));
    GuiTestSupport::saveScreenshot(m_dialog, QStringLiteral("connector_builder_built_en"));
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-l"), path});
    QVERIFY(unzip.waitForFinished(10000));
    QCOMPARE(unzip.exitCode(), 0);
    const QString listing = QString::fromUtf8(unzip.readAllStandardOutput());
    QVERIFY2(listing.contains(QStringLiteral("ContosoSales.pq")), qPrintable(listing));
    QVERIFY2(listing.contains(QStringLiteral("ContosoSales32.png")), qPrintable(listing));
}

void TestConnectorBuilder::removedProfileIsReportedInline()
{
    QVERIFY(openFromMenu());
    child<QComboBox>("connectorProfileCombo")->setCurrentText(m_goneName);
    typeName(QStringLiteral("Contoso"));
    const QString path = m_output.filePath(QStringLiteral("Gone.mez"));
    m_dialog->setOutputPath(path);
    QVERIFY(ProfileStore().remove(m_goneName, ProfileStore::Scope::User));

    QVERIFY(!m_dialog->build());

    auto *result = child<QLabel>("connectorResult");
    QVERIFY(result->isVisible());
    QVERIFY2(result->text().contains(m_goneName), qPrintable(result->text()));
    QVERIFY(!QFileInfo::exists(path));
}

void TestConnectorBuilder::installNeedsWindowsElsewhere()
{
#ifdef Q_OS_WIN
    QSKIP("On Windows the Install button installs.");
#else
    QVERIFY(openFromMenu());
    typeName(QStringLiteral("Contoso"));
    auto *install = child<QPushButton>("installConnectorButton");
    QVERIFY(!install->isEnabled());
    QVERIFY(install->toolTip().contains(QStringLiteral("Windows")));
    auto *note = child<QLabel>("dataExtensionsNote");
    QVERIFY(note->isVisible());
    QVERIFY(note->text().contains(QStringLiteral("Data Extensions")));
#endif
}

QTEST_MAIN(TestConnectorBuilder)
#include "tst_connectorbuilder.moc"
