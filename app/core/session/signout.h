#pragma once

#include "config/profile.h"
#include "storage/keychainresult.h"

#include <QCoreApplication>
#include <QObject>

#include <functional>

class Services;

struct SignOutResult
{
    Q_DECLARE_TR_FUNCTIONS(SignOutResult)
public:
    enum class Kind {
        SignedOut,           // revoked at the server and forgotten here
        ForgottenLocally,    // forgotten here; the server could not be told (see message)
        NotSignedIn,         // there was nothing to forget
        KeychainUnavailable, // nothing could be done: the token is still stored
    };
    Kind kind = Kind::KeychainUnavailable;
    QString message; // translated

};

// Sign-out (RFC 7009): revoke the refresh token at the server, then delete it and the
// cached access token from the keychain and the session facts from settings. Local
// forgetting happens even when revocation fails: the person asked to be signed out here.
class SignOut : public QObject
{
    Q_OBJECT
public:
    explicit SignOut(Services &services, QObject *parent = nullptr);
    void start(const Profile &profile, std::function<void(const SignOutResult &)> done);

private:
    void forget(SignOutResult result);

    Services &m_services;
    Profile m_profile;
    std::function<void(const SignOutResult &)> m_done;
};
