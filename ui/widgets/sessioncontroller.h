#pragma once

#include "notice.h"
#include "session/refreshoutcome.h"
#include "session/signinresult.h"
#include "session/signout.h"
#include "session/statusreport.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <optional>

class BackgroundRefresher;
class Services;
class SignInFlow;

// Between the window and the session: widgets ask for things (signIn, refreshNow,
// signOut), the controller runs them asynchronously and reports back with signals.
// Nothing here blocks: every keychain and network step is a callback.
//
//   SessionController controller(services);
//   connect(&controller, &SessionController::statusesChanged, window, &MainWindow::show...);
//   controller.reload();          // StatusReport::collect, then watch signed-in profiles
//   controller.signIn("default"); // a second call while the window is open raises it
class SessionController : public QObject
{
    Q_OBJECT
public:
    explicit SessionController(Services &services, QObject *parent = nullptr);
    ~SessionController() override;

    Services &services() { return m_services; }
    BackgroundRefresher &refresher() { return *m_refresher; }

    void reload();
    void signIn(const QString &profileName);
    void refreshNow(const QString &profileName);
    void signOut(const QString &profileName);

    QList<ProfileStatus> statuses() const { return m_statuses; }
    std::optional<ProfileStatus> status(const QString &profileName) const;
    bool isBusy(const QString &profileName) const { return m_busy.contains(profileName); }
    bool isSigningIn(const QString &profileName) const;
    bool anySignedIn() const;
    // The newest access token this process holds for the profile (memory only), for
    // the token inspector; empty when none.
    QByteArray accessToken(const QString &profileName) const;
    QDateTime nextRefresh(const QString &profileName) const;

    // Says what happened, for the banner and the event log.
    static QString refreshText(const RefreshOutcome &outcome);
    static QString signInText(const SignInResult &result);

signals:
    void statusesChanged(const QList<ProfileStatus> &statuses);
    void busyChanged(const QString &profileName, bool busy, const QString &activity);
    void notice(const QString &profileName, const Notice &notice);
    void eventRecorded(const QString &profileName, const QString &text, bool error);
    void signInNeeded(const QString &profileName); // for the tray's notification

private:
    void setBusy(const QString &profileName, bool busy, const QString &activity = {});
    void report(const QString &profileName, Notice::Kind kind, const QString &text);
    void onRefreshStarted(const QString &profileName);
    void onRefreshFinished(const QString &profileName, const RefreshOutcome &outcome);
    void applyStatuses(const QList<ProfileStatus> &statuses);

    Services &m_services;
    BackgroundRefresher *m_refresher;
    QHash<QString, SignInFlow *> m_flows;
    QHash<QString, QByteArray> m_signInTokens; // from sign-ins, until a refresh replaces them
    QSet<QString> m_busy;
    QList<ProfileStatus> m_statuses;
    bool m_collecting = false;
    bool m_collectAgain = false;
};
