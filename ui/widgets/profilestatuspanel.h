#pragma once

#include "session/statusreport.h"

#include <QFrame>
#include <QTimer>

class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class StatePill;

// One profile's status: the state as a coloured pill with words, who is signed in, the
// tenant and client, scopes and audience, the access token's expiry as a live countdown,
// the refresh token's fingerprint, the last and next refresh, and what to do next.
// Its buttons only emit intents; the window's controller acts on them.
class ProfileStatusPanel : public QFrame
{
    Q_OBJECT
public:
    explicit ProfileStatusPanel(const QString &profileName, QWidget *parent = nullptr);

    QString profileName() const { return m_profileName; }
    void setStatus(const ProfileStatus &status);
    const ProfileStatus &status() const { return m_status; }

    // busy: a sign-in, refresh or sign-out is under way; signingIn: the login window is
    // open, and "Sign in" brings it back to the front instead of being disabled.
    void setBusy(bool busy, const QString &activity, bool signingIn);
    bool isBusy() const { return m_busy; }

signals:
    void signInRequested(const QString &profileName);
    void refreshRequested(const QString &profileName);
    void signOutRequested(const QString &profileName);
    void editRequested(const QString &profileName);

private:
    QLabel *addRow(QFormLayout *form, const QString &label, const char *objectName);
    void updateActions();
    void updateTimes();

    QString m_profileName;
    ProfileStatus m_status;
    bool m_busy = false;
    bool m_signingIn = false;
    QTimer m_clock;

    QLabel *m_title;
    StatePill *m_pill;
    QLabel *m_advice;
    QLabel *m_user, *m_tenant, *m_client, *m_scopes, *m_audience;
    QLabel *m_expires, *m_refreshToken, *m_lastRefresh, *m_nextRefresh;
    QProgressBar *m_progress;
    QLabel *m_activity;
    QPushButton *m_signIn, *m_refresh, *m_signOut, *m_edit;
};
