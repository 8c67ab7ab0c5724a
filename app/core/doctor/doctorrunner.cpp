#include "doctor/doctorrunner.h"

#include "auth/authorizationrequest.h"
#include "auth/discovery.h"
#include "common/logging.h"
#include "doctor/authorizecheck.h"
#include "doctor/serverchecks.h"
#include "doctor/sessionchecks.h"
#include "session/services.h"
#include "session/signinflow.h"
#include "session/tokenrefresher.h"
#include "storage/sessionstate.h"

#include <QTimer>

using Id = DoctorCheck::Id;
using Verdict = DoctorCheck::Verdict;

DoctorRunner::DoctorRunner(Services &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{
}

DoctorRunner::~DoctorRunner() = default;

void DoctorRunner::run(const Profile &profile, const Options &options, Callback done)
{
    Q_ASSERT(!m_done);
    m_profile = profile;
    m_options = options;
    m_done = std::move(done);
    m_report = DoctorReport();
    m_report.profile = profile.name;
    m_endpoints = ProviderEndpoints::auth0Defaults(profile.issuer);
    m_authorizeRefused = false;
    qCInfo(lcSession) << "doctor started" << profile.name;
    QHostInfo::lookupHost(profile.issuer.host(), this, &DoctorRunner::probeDiscovery);
}

void DoctorRunner::probeDiscovery(const QHostInfo &host)
{
    if (host.error() != QHostInfo::NoError) {
        judgeServer(host, ProbeAnswer());
        return;
    }
    HttpProbe::get(&m_services.network, DiscoveryClient::documentUrl(m_profile.issuer), m_options.timeoutMs,
                   [this, host](const ProbeAnswer &answer) { judgeServer(host, answer); });
}

void DoctorRunner::judgeServer(const QHostInfo &host, const ProbeAnswer &answer)
{
    const DoctorCheck reachable = ServerChecks::reachability(m_profile.issuer, host, answer);
    add(reachable);
    if (reachable.verdict == Verdict::Fail) {
        skipRest(tr("Not checked: the domain cannot be reached."));
        return;
    }
    ProviderEndpoints endpoints;
    QJsonObject document;
    add(ServerChecks::discovery(m_profile.issuer, answer, &endpoints, &document));
    // Without a usable document the program itself falls back to Auth0's routes: so do we.
    if (endpoints.isComplete())
        m_endpoints = endpoints;
    add(ServerChecks::pkce(document));
    m_clockCheck = ServerChecks::clockSkew(answer);
    probeAuthorize();
}

void DoctorRunner::probeAuthorize()
{
    // A real request (fresh PKCE, state, nonce) that is never completed: the server only
    // shows its login page, which is all we want to know.
    const AuthorizationRequest request = AuthorizationRequest::create(m_profile, m_endpoints);
    HttpProbe::get(&m_services.network, request.url, m_options.timeoutMs, [this](const ProbeAnswer &answer) {
        const DoctorCheck check = AuthorizeCheck::judge(m_profile, answer);
        m_authorizeRefused = check.verdict == Verdict::Fail;
        add(check);
        checkSession();
    });
}

void DoctorRunner::checkSession()
{
    if (!m_options.sessionChecks) {
        add(SessionChecks::sessionNotTouched(Id::RefreshToken));
        add(SessionChecks::sessionNotTouched(Id::Rotation));
        add(m_clockCheck);
        add(SessionChecks::sessionNotTouched(Id::Audience));
        finish();
        return;
    }
    m_services.tokens.readRefreshToken(m_profile.name, [this](const KeychainResult &lookup) {
        if (lookup.ok()) {
            add(SessionChecks::refreshTokenStored());
            checkRotation(SessionStateStore::fingerprint(lookup.secret));
            return;
        }
        if (lookup.kind != KeychainResult::Kind::NotFound) {
            add(SessionChecks::refreshTokenKeychain(lookup));
        } else if (!m_options.signIn) {
            add(SessionChecks::refreshTokenNotSignedIn());
        } else if (m_authorizeRefused) {
            add(SessionChecks::refreshTokenBlocked());
        } else {
            signIn();
            return;
        }
        add(SessionChecks::notSignedIn(Id::Rotation));
        add(m_clockCheck);
        add(SessionChecks::notSignedIn(Id::Audience));
        finish();
    });
}

void DoctorRunner::signIn()
{
    m_signIn = std::make_unique<SignInFlow>(m_services);
    m_signIn->start(m_profile, m_options.uiLocales, [this](const SignInResult &result) {
        add(SessionChecks::refreshTokenSignIn(result));
        // Leave the flow's callback before it is destroyed.
        QTimer::singleShot(0, this, [this, ok = result.ok()] {
            m_signIn.reset();
            if (ok) {
                m_services.tokens.readRefreshToken(m_profile.name, [this](const KeychainResult &lookup) {
                    checkRotation(lookup.ok() ? SessionStateStore::fingerprint(lookup.secret) : QString());
                });
                return;
            }
            add(SessionChecks::notSignedIn(Id::Rotation));
            add(m_clockCheck);
            add(SessionChecks::notSignedIn(Id::Audience));
            finish();
        });
    });
}

void DoctorRunner::checkRotation(const QString &fingerprintBefore)
{
    m_refresher = std::make_unique<TokenRefresher>(m_services);
    // force: a refresh even though the access token is fresh. The refresher stores the
    // rotated token before anything else, so the session survives the doctor.
    m_refresher->accessToken(m_profile, 0, true, [this, fingerprintBefore](const RefreshOutcome &outcome) {
        QTimer::singleShot(0, this, [this, fingerprintBefore, outcome] {
            m_refresher.reset();
            m_services.tokens.readRefreshToken(m_profile.name, [this, fingerprintBefore,
                                                               outcome](const KeychainResult &lookup) {
                const QString after = lookup.ok() ? SessionStateStore::fingerprint(lookup.secret) : QString();
                add(SessionChecks::rotation(fingerprintBefore, after, outcome));
                add(m_clockCheck);
                if (outcome.ok())
                    checkAudience(outcome.accessToken);
                else
                    readAccessTokenThenCheckAudience();
            });
        });
    });
}

void DoctorRunner::readAccessTokenThenCheckAudience()
{
    m_services.tokens.readAccessToken(m_profile.name, [this](const KeychainResult &cached) {
        checkAudience(cached.ok() ? cached.secret : QByteArray());
    });
}

void DoctorRunner::checkAudience(const QByteArray &accessToken)
{
    add(SessionChecks::audience(m_profile.audience, accessToken));
    finish();
}

void DoctorRunner::add(const DoctorCheck &check)
{
    qCInfo(lcSession) << "doctor check" << DoctorCheck::idName(check.id) << DoctorCheck::verdictName(check.verdict);
    m_report.checks.append(check);
    if (m_options.progress)
        m_options.progress(check);
}

void DoctorRunner::skipRest(const QString &finding)
{
    for (const Id id : DoctorCheck::allIds()) {
        if (!m_report.find(id))
            add(DoctorCheck::make(id, Verdict::Skipped, finding));
    }
    finish();
}

void DoctorRunner::finish()
{
    // Checks are decided in the order their facts arrive; report them in the fixed order.
    std::stable_sort(m_report.checks.begin(), m_report.checks.end(),
                     [](const DoctorCheck &a, const DoctorCheck &b) { return a.id < b.id; });
    qCInfo(lcSession) << "doctor finished" << m_profile.name << int(m_report.outcome());
    auto done = std::move(m_done);
    m_done = nullptr;
    done(m_report);
}
