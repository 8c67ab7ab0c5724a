#include "signout.h"

#include "common/logging.h"
#include "session/services.h"

SignOut::SignOut(Services &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{
}

void SignOut::start(const Profile &profile, std::function<void(const SignOutResult &)> done)
{
    m_profile = profile;
    m_done = std::move(done);
    m_services.tokens.readRefreshToken(profile.name, [this](const KeychainResult &read) {
        SignOutResult result;
        if (read.kind == KeychainResult::Kind::NotFound) {
            result.kind = SignOutResult::Kind::NotSignedIn;
            result.message = tr("You were not signed in to \"%1\".").arg(m_profile.name);
            forget(result);
            return;
        }
        if (!read.ok()) {
            result.kind = SignOutResult::Kind::KeychainUnavailable;
            result.message = read.message;
            auto done = std::move(m_done);
            done(result);
            return;
        }
        const QByteArray refreshToken = read.secret;
        m_services.discovery.resolve(m_profile.issuer, [this, refreshToken](const DiscoveryResult &discovery) {
            m_services.revocation.revoke(
                discovery.endpoints.revocation, m_profile.clientId, refreshToken,
                [this](const RevocationResult &revocation) {
                    SignOutResult result;
                    if (revocation.ok()) {
                        result.kind = SignOutResult::Kind::SignedOut;
                        result.message = tr("Signed out of \"%1\".").arg(m_profile.name);
                    } else {
                        result.kind = SignOutResult::Kind::ForgottenLocally;
                        result.message = tr("Signed out on this computer. The sign-in server could "
                                            "not be told (%1); the sign-in there ends when it expires.")
                                             .arg(revocation.message);
                    }
                    forget(result);
                });
        });
    });
}

void SignOut::forget(SignOutResult result)
{
    m_services.tokens.deleteRefreshToken(m_profile.name, [this, result](const KeychainResult &deleted) mutable {
        m_services.tokens.deleteAccessToken(m_profile.name, [this, result, deleted](const KeychainResult &) mutable {
            if (!deleted.ok() && deleted.kind != KeychainResult::Kind::NotFound) {
                result.kind = SignOutResult::Kind::KeychainUnavailable;
                result.message = deleted.message;
            } else {
                // Keep only the login hint, so signing in again pre-fills the email.
                SessionState remembered;
                remembered.lastLoginHint = m_services.states.load(m_profile.name).lastLoginHint;
                m_services.states.clear(m_profile.name);
                m_services.states.save(m_profile.name, remembered);
            }
            qCInfo(lcSession) << "sign-out of" << m_profile.name << "ended:" << int(result.kind);
            auto done = std::move(m_done);
            m_done = nullptr;
            if (done)
                done(result);
        });
    });
}
