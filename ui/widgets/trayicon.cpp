#include "trayicon.h"

#include "appicon.h"

#include <QAction>
#include <QMenu>
#include <QSystemTrayIcon>

TrayIcon::TrayIcon(QObject *parent)
    : QObject(parent)
    , m_tray(new QSystemTrayIcon(AppIcon::icon(), this))
    , m_menu(new QMenu)
{
    m_open = m_menu->addAction(tr("&Open Connector Sign-In"));
    m_signIn = m_menu->addAction(tr("&Sign in"));
    m_refresh = m_menu->addAction(tr("&Refresh now"));
    m_menu->addSeparator();
    m_quit = m_menu->addAction(tr("&Quit"));
    m_tray->setContextMenu(m_menu);
    m_tray->setToolTip(tr("Connector Sign-In"));

    connect(m_open, &QAction::triggered, this, &TrayIcon::openRequested);
    connect(m_signIn, &QAction::triggered, this, [this] { emit signInRequested(m_defaultProfile); });
    connect(m_refresh, &QAction::triggered, this, [this] { emit refreshRequested(m_defaultProfile); });
    connect(m_quit, &QAction::triggered, this, &TrayIcon::quitRequested);
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit openRequested();
    });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayIcon::openRequested);
    setStatuses({});
    m_tray->show();
}

TrayIcon::~TrayIcon()
{
    delete m_menu; // a context menu has no parent widget
}

bool TrayIcon::isVisible() const
{
    return m_tray->isVisible();
}

void TrayIcon::setStatuses(const QList<ProfileStatus> &statuses)
{
    // The quick actions act on "default" when it exists, else on the first profile.
    const ProfileStatus *chosen = nullptr;
    for (const ProfileStatus &status : statuses) {
        if (!chosen || status.profile.name == QLatin1String(Profile::DefaultName))
            chosen = &status;
    }
    m_defaultProfile = chosen ? chosen->profile.name : QString();
    const bool signedIn = chosen && chosen->state == ProfileStatus::State::SignedIn;
    m_signIn->setVisible(chosen && !signedIn);
    m_refresh->setVisible(signedIn);
    m_tray->setToolTip(chosen ? tr("Connector Sign-In — %1: %2").arg(chosen->profile.name, chosen->stateText())
                              : tr("Connector Sign-In — not set up"));
}

void TrayIcon::notifySignInNeeded(const QString &profileName)
{
    m_tray->showMessage(tr("Sign-in needed"),
                        tr("\"%1\" needs you to sign in again. Open Connector Sign-In to do it.").arg(profileName),
                        QSystemTrayIcon::Warning);
}
