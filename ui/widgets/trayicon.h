#pragma once

#include "session/statusreport.h"

#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

// The tray entry: the default profile's state in the tooltip, quick actions (Open,
// Sign in or Refresh, Quit) and a notification when a profile needs signing in again.
// Create it only when QSystemTrayIcon::isSystemTrayAvailable().
class TrayIcon : public QObject
{
    Q_OBJECT
public:
    explicit TrayIcon(QObject *parent = nullptr);
    ~TrayIcon() override;

    void setStatuses(const QList<ProfileStatus> &statuses);
    void notifySignInNeeded(const QString &profileName);
    bool isVisible() const;

signals:
    void openRequested();
    void signInRequested(const QString &profileName);
    void refreshRequested(const QString &profileName);
    void quitRequested();

private:
    QSystemTrayIcon *m_tray;
    QMenu *m_menu;
    QAction *m_open, *m_signIn, *m_refresh, *m_quit;
    QString m_defaultProfile;
};
