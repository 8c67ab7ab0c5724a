#pragma once

#include "config/profile.h"
#include "storage/keychainresult.h"
#include "storage/sessionstate.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>

#include <functional>

class Services;

// The state of one profile as the status panel, `status` and diagnostics show it.
// Built from the profile, the non-secret session facts and one keychain look-up (is a
// refresh token really there?). Never holds a secret: only its fingerprint.
struct ProfileStatus
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStatus)
public:
    enum class State { SignedOut, SignedIn, NeedsSignIn, KeychainUnavailable, Error };

    Profile profile;
    QStringList problems;       // configuration problems (translated)
    SessionState session;
    State state = State::SignedOut;
    bool refreshTokenStored = false;
    QString keychainMessage;    // when the keychain did not answer

    static QString stateName(State state); // "signed_in", ... (the JSON contract)
    QString stateText() const;             // translated, for people
    QString advice() const;                // what to do next, translated; empty when nothing
    QJsonObject toJson() const;            // the `status --json` contract

    // Decides the state from the facts; pure, so the rules are unit-tested.
    static State decide(const QStringList &problems, const SessionState &session,
                        KeychainResult::Kind refreshTokenLookup);
};

namespace StatusReport {
// Collects the status of the named profiles (all when empty), one keychain read each.
void collect(Services &services, const QStringList &profileNames,
             std::function<void(const QList<ProfileStatus> &)> done);
} // namespace StatusReport
