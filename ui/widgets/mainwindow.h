#pragma once

#include "session/statusreport.h"

#include <QMainWindow>
#include <QMap>
#include <QPointer>

#include <functional>

class ConnectorBuilderDialog;
class EmptyState;
class EventLogModel;
class MessageBanner;
class ProfileEditor;
class ProfileStatusPanel;
class QStackedWidget;
class QVBoxLayout;
class Services;
class SessionController;
class TokenInspectorDialog;
class TrayIcon;

// The status window: one ProfileStatusPanel per profile (or the empty state), a banner
// for what just happened, support tools (token inspector, event log, diagnostics) and
// the tray icon. It only shows and asks; SessionController does the work, asynchronously.
//
//   Services services;
//   MainWindow window(services);
//   window.show();
//   window.start(); // reads every profile's status; the panels fill in when it answers
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(Services &services, QWidget *parent = nullptr);
    ~MainWindow() override;

    void start();

    SessionController &controller() { return *m_controller; }
    EventLogModel *eventLog() const { return m_events; }
    MessageBanner *banner() const { return m_banner; }
    ProfileStatusPanel *panel(const QString &profileName) const { return m_panels.value(profileName); }
    bool hasTray() const { return m_tray != nullptr; }

    // Support tools; each returns at once, the work finishes from the event loop.
    void copyDiagnostics();
    void saveDiagnostics(const QString &filePath = {}); // asks for a file when empty
    TokenInspectorDialog *openTokenInspector(const QString &profileName = {});
    ProfileEditor *openEditor(const QString &profileName);
    void openEventLog();
    ConnectorBuilderDialog *openConnectorBuilder(); // for the current profile
    void quit();

signals:
    void diagnosticsReady(const QString &text); // after Copy/Save diagnostics

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void showStatuses(const QList<ProfileStatus> &statuses);
    void onBusyChanged(const QString &profileName, bool busy, const QString &activity);
    void buildDiagnostics(std::function<void(const QString &)> use);
    QString currentProfile() const;

    Services &m_services;
    SessionController *m_controller;
    EventLogModel *m_events;
    MessageBanner *m_banner;
    QStackedWidget *m_pages;
    EmptyState *m_empty;
    QWidget *m_panelsPage;
    QVBoxLayout *m_panelsLayout;
    QMap<QString, ProfileStatusPanel *> m_panels;
    TrayIcon *m_tray = nullptr;
    QPointer<ProfileEditor> m_editor;
    bool m_quitting = false;
};
