#include "mainwindow.h"

#include "appicon.h"
#include "connectorbuilderdialog.h"
#include "emptystate.h"
#include "eventlogdialog.h"
#include "eventlogmodel.h"
#include "messagebanner.h"
#include "profileeditor.h"
#include "profilestatuspanel.h"
#include "sessioncontroller.h"
#include "tokeninspection.h"
#include "tokeninspectordialog.h"
#include "trayicon.h"
#include "uisettings.h"

#include "common/logging.h"
#include "diagnostics/diagnosticsreport.h"
#include "session/backgroundrefresher.h"
#include "session/services.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QFileDialog>
#include <QMenuBar>
#include <QSaveFile>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

MainWindow::MainWindow(Services &services, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_controller(new SessionController(services, this))
    , m_events(new EventLogModel(this))
    , m_banner(new MessageBanner(this))
    , m_pages(new QStackedWidget(this))
    , m_empty(new EmptyState(this))
    , m_panelsPage(new QWidget)
    , m_panelsLayout(new QVBoxLayout(m_panelsPage))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Connector Sign-In"));
    setWindowIcon(AppIcon::icon());
    setMinimumSize(520, 420);
    resize(720, 640);

    m_panelsLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("profilesArea"));
    scroll->setAccessibleName(tr("Profiles"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_panelsPage);
    m_pages->addWidget(scroll);
    m_pages->addWidget(m_empty);

    auto *loading = new QWidget(this);
    m_pages->addWidget(loading);
    m_pages->setCurrentWidget(loading); // until the first status arrives: no flash of "empty"

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->addWidget(m_banner);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    createMenus();

    connect(m_empty, &EmptyState::configureRequested, this,
            [this] { openEditor(QString::fromLatin1(Profile::DefaultName)); });
    connect(m_controller, &SessionController::statusesChanged, this, &MainWindow::showStatuses);
    connect(m_controller, &SessionController::busyChanged, this, &MainWindow::onBusyChanged);
    connect(m_controller, &SessionController::notice, this,
            [this](const QString &profileName, const Notice &notice) {
                m_banner->showNotice({notice.kind, tr("%1: %2").arg(profileName, notice.text)});
            });
    connect(m_controller, &SessionController::eventRecorded, m_events, &EventLogModel::add);

    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new TrayIcon(this);
        connect(m_tray, &TrayIcon::openRequested, this, [this] {
            showNormal();
            raise();
            activateWindow();
        });
        connect(m_tray, &TrayIcon::signInRequested, m_controller, &SessionController::signIn);
        connect(m_tray, &TrayIcon::refreshRequested, m_controller, &SessionController::refreshNow);
        connect(m_tray, &TrayIcon::quitRequested, this, &MainWindow::quit);
        connect(m_controller, &SessionController::statusesChanged, m_tray, &TrayIcon::setStatuses);
        connect(m_controller, &SessionController::signInNeeded, m_tray, &TrayIcon::notifySignInNeeded);
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::start()
{
    m_controller->reload();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *keep = file->addAction(tr("&Keep running in the tray when closed"));
    keep->setObjectName(QStringLiteral("keepRunningAction"));
    keep->setCheckable(true);
    keep->setChecked(UiSettings::keepRunningInTray());
    keep->setEnabled(QSystemTrayIcon::isSystemTrayAvailable());
    connect(keep, &QAction::toggled, this, [](bool on) { UiSettings::setKeepRunningInTray(on); });
    file->addSeparator();
    QAction *quitAction = file->addAction(tr("&Quit"));
    quitAction->setShortcut(QKeySequence::Quit);
    connect(quitAction, &QAction::triggered, this, &MainWindow::quit);

    QMenu *tools = menuBar()->addMenu(tr("&Support"));
    QAction *inspector = tools->addAction(tr("&Token inspector…"));
    inspector->setObjectName(QStringLiteral("tokenInspectorAction"));
    connect(inspector, &QAction::triggered, this, [this] { openTokenInspector(); });
    QAction *events = tools->addAction(tr("&Event log…"));
    events->setObjectName(QStringLiteral("eventLogAction"));
    connect(events, &QAction::triggered, this, &MainWindow::openEventLog);
    tools->addSeparator();
    QAction *copy = tools->addAction(tr("&Copy diagnostics"));
    copy->setObjectName(QStringLiteral("copyDiagnosticsAction"));
    connect(copy, &QAction::triggered, this, &MainWindow::copyDiagnostics);
    QAction *save = tools->addAction(tr("&Save diagnostics…"));
    save->setObjectName(QStringLiteral("saveDiagnosticsAction"));
    connect(save, &QAction::triggered, this, [this] { saveDiagnostics(); });
    tools->addSeparator();
    QAction *connector = tools->addAction(tr("&Build Power BI connector…"));
    connector->setObjectName(QStringLiteral("buildConnectorAction"));
    connect(connector, &QAction::triggered, this, [this] { openConnectorBuilder(); });
}

ConnectorBuilderDialog *MainWindow::openConnectorBuilder()
{
    auto *dialog = new ConnectorBuilderDialog(m_services.profiles.profileNames(), currentProfile(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void MainWindow::showStatuses(const QList<ProfileStatus> &statuses)
{
    QStringList names;
    for (const ProfileStatus &status : statuses)
        names << status.profile.name;
    for (const QString &gone : m_panels.keys()) {
        if (!names.contains(gone))
            delete m_panels.take(gone);
    }
    int index = 0;
    for (ProfileStatus status : statuses) {
        const QString name = status.profile.name;
        ProfileStatusPanel *panel = m_panels.value(name);
        if (!panel) {
            panel = new ProfileStatusPanel(name, m_panelsPage);
            connect(panel, &ProfileStatusPanel::signInRequested, m_controller, &SessionController::signIn);
            connect(panel, &ProfileStatusPanel::refreshRequested, m_controller, &SessionController::refreshNow);
            connect(panel, &ProfileStatusPanel::signOutRequested, m_controller, &SessionController::signOut);
            connect(panel, &ProfileStatusPanel::editRequested, this, [this](const QString &profileName) {
                openEditor(profileName);
            });
            m_panels.insert(name, panel);
            panel->setBusy(m_controller->isBusy(name), {}, false);
            m_panelsLayout->insertWidget(index, panel); // in the store's order
        }
        ++index;
        // The running refresher knows the schedule better than the last saved fact.
        const QDateTime next = m_controller->nextRefresh(name);
        if (next.isValid())
            status.session.nextRefreshAt = next;
        panel->setStatus(status);
    }
    m_pages->setCurrentIndex(statuses.isEmpty() ? 1 : 0);
}

void MainWindow::onBusyChanged(const QString &profileName, bool busy, const QString &activity)
{
    if (ProfileStatusPanel *panel = m_panels.value(profileName)) {
        panel->setBusy(busy, activity, m_controller->isSigningIn(profileName));
    }
}

QString MainWindow::currentProfile() const
{
    for (auto it = m_panels.cbegin(); it != m_panels.cend(); ++it) {
        if (it.value()->isAncestorOf(QApplication::focusWidget()))
            return it.key();
    }
    if (m_panels.contains(QString::fromLatin1(Profile::DefaultName)))
        return QString::fromLatin1(Profile::DefaultName);
    return m_panels.isEmpty() ? QString() : m_panels.firstKey();
}

TokenInspectorDialog *MainWindow::openTokenInspector(const QString &profileName)
{
    const QString name = profileName.isEmpty() ? currentProfile() : profileName;
    if (name.isEmpty()) {
        m_banner->showNotice({Notice::Kind::Info, tr("There is no profile to inspect yet.")});
        return nullptr;
    }
    const auto status = m_controller->status(name);
    const auto rows = TokenInspection::rows(m_controller->accessToken(name),
                                            status ? status->session : SessionState{});
    auto *dialog = new TokenInspectorDialog(name, rows, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void MainWindow::openEventLog()
{
    auto *dialog = new EventLogDialog(m_events, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

ProfileEditor *MainWindow::openEditor(const QString &profileName)
{
    if (m_editor) {
        m_editor->raise();
        return m_editor;
    }
    QStringList problems;
    Profile profile = m_services.profiles.load(profileName, &problems).value_or(Profile{});
    profile.name = profileName;
    m_editor = new ProfileEditor(m_services, profile, this);
    m_editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_editor, &ProfileEditor::saved, this, [this](const QString &name) {
        m_banner->showNotice({Notice::Kind::Positive, tr("Profile \"%1\" saved.").arg(name)});
        m_events->add(name, tr("Profile saved"));
        m_controller->reload();
    });
    m_editor->open();
    return m_editor;
}

void MainWindow::buildDiagnostics(std::function<void(const QString &)> use)
{
    m_banner->showNotice({Notice::Kind::Info, tr("Collecting diagnostics…")});
    auto *report = new DiagnosticsReport(m_services, this);
    QPointer<MainWindow> self(this);
    report->build({}, [self, report, use](const QString &text) {
        report->deleteLater();
        if (!self)
            return;
        use(text);
        emit self->diagnosticsReady(text);
    });
}

void MainWindow::copyDiagnostics()
{
    buildDiagnostics([this](const QString &text) {
        QApplication::clipboard()->setText(text);
        m_banner->showNotice({Notice::Kind::Positive,
                              tr("Diagnostics copied to the clipboard. They contain no passwords or tokens.")});
    });
}

void MainWindow::saveDiagnostics(const QString &filePath)
{
    QString path = filePath;
    if (path.isEmpty()) {
        const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            + QStringLiteral("/connector-signin-diagnostics.txt");
        path = QFileDialog::getSaveFileName(this, tr("Save diagnostics"), suggested, tr("Text files (*.txt)"));
        if (path.isEmpty())
            return;
    }
    buildDiagnostics([this, path](const QString &text) {
        QSaveFile file(path);
        if (file.open(QIODevice::WriteOnly) && file.write(text.toUtf8()) >= 0 && file.commit())
            m_banner->showNotice({Notice::Kind::Positive, tr("Diagnostics saved to %1.").arg(path)});
        else
            m_banner->showNotice({Notice::Kind::Error, tr("Could not save diagnostics to %1: %2")
                                                           .arg(path, file.errorString())});
    });
}

void MainWindow::quit()
{
    m_quitting = true;
    close();
    QApplication::quit();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Closing keeps the sessions fresh from the tray while someone is signed in; Quit stops.
    if (!m_quitting && m_tray && UiSettings::keepRunningInTray() && m_controller->anySignedIn()) {
        hide();
        event->ignore();
        qCInfo(lcUi) << "window hidden; background refresh continues in the tray";
        return;
    }
    event->accept();
    QApplication::quit();
}
