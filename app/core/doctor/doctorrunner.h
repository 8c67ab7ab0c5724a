#pragma once

#include "auth/providerendpoints.h"
#include "config/profile.h"
#include "doctor/doctorcheck.h"
#include "doctor/httpprobe.h"

#include <QHostInfo>
#include <QObject>

#include <functional>
#include <memory>

class Services;
class SignInFlow;
class TokenRefresher;
struct RefreshOutcome;

// The tenant doctor: tells an admin what is wrong with the tenant when sign-in does not
// work. Shared by `connector-signin doctor` and the profile editor's "Test connection".
//
//   DoctorRunner doctor(services);
//   doctor.run(profile, {}, [](const DoctorReport &report) { show(report.toText()); });
//
//   DNS + GET discovery ---------> 1 domain, 2 discovery, 3 PKCE, 7 clock
//   GET /authorize (no redirect) -> 4 client id and redirect URI
//   keychain (or --sign-in) -----> 5 refresh token
//   forced refresh (TokenRefresher, which stores the rotated token first) -> 6 rotation
//   the fresh access token ------> 8 audience
//
// When the domain cannot be reached nothing else is tried. Only --sign-in opens a window.
class DoctorRunner : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        bool signIn = false;  // sign in when there is no session (opens the login window)
        // false: leave the stored session alone. The profile editor tests values that
        // are not saved yet; refreshing the stored token with them could end the session.
        bool sessionChecks = true;
        QString uiLocales;    // for the login page
        int timeoutMs = HttpProbe::DefaultTimeoutMs;
        std::function<void(const DoctorCheck &)> progress; // each check as it is decided
    };
    using Callback = std::function<void(const DoctorReport &)>;

    explicit DoctorRunner(Services &services, QObject *parent = nullptr);
    ~DoctorRunner() override;

    // `done` is called exactly once, from the event loop. One run at a time.
    void run(const Profile &profile, const Options &options, Callback done);
    bool isRunning() const { return bool(m_done); }

private:
    void probeDiscovery(const QHostInfo &host);
    void judgeServer(const QHostInfo &host, const ProbeAnswer &answer);
    void probeAuthorize();
    void checkSession();
    void signIn();
    void checkRotation(const QString &fingerprintBefore);
    void checkAudience(const QByteArray &accessToken);
    void readAccessTokenThenCheckAudience();
    void add(const DoctorCheck &check);
    void skipRest(const QString &finding);
    void finish();

    Services &m_services;
    Profile m_profile;
    Options m_options;
    Callback m_done;
    DoctorReport m_report;
    ProviderEndpoints m_endpoints;
    DoctorCheck m_clockCheck; // decided from the discovery answer, reported in its place
    bool m_authorizeRefused = false;
    std::unique_ptr<SignInFlow> m_signIn;
    std::unique_ptr<TokenRefresher> m_refresher;
};
