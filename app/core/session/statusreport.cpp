#include "statusreport.h"

#include "session/services.h"

#include <QJsonArray>
#include <memory>

namespace {
QJsonValue isoOrNull(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}
} // namespace

QString ProfileStatus::stateName(State state)
{
    switch (state) {
    case State::SignedOut: return QStringLiteral("signed_out");
    case State::SignedIn: return QStringLiteral("signed_in");
    case State::NeedsSignIn: return QStringLiteral("needs_sign_in");
    case State::KeychainUnavailable: return QStringLiteral("keychain_unavailable");
    case State::Error: return QStringLiteral("error");
    }
    return QString();
}

QString ProfileStatus::stateText() const
{
    switch (state) {
    case State::SignedOut: return tr("Signed out");
    case State::SignedIn: return tr("Signed in");
    case State::NeedsSignIn: return tr("Sign-in needed");
    case State::KeychainUnavailable: return tr("Keychain unavailable");
    case State::Error: return tr("Error");
    }
    return QString();
}

QString ProfileStatus::advice() const
{
    switch (state) {
    case State::SignedOut:
        return tr("Sign in to connect.");
    case State::SignedIn:
        return session.lastRefreshResult == QLatin1String("transient")
            ? tr("The last refresh failed; it will be tried again. Your sign-in is kept.")
            : QString();
    case State::NeedsSignIn:
        return tr("Your sign-in expired. Sign in again.");
    case State::KeychainUnavailable:
        return tr("The keychain is locked or not available. Unlock it and try again.");
    case State::Error:
        return problems.isEmpty() ? session.lastError : problems.join(QLatin1Char(' '));
    }
    return QString();
}

ProfileStatus::State ProfileStatus::decide(const QStringList &problems, const SessionState &session,
                                           KeychainResult::Kind lookup)
{
    if (!problems.isEmpty())
        return State::Error;
    switch (lookup) {
    case KeychainResult::Kind::Ok:
        return session.lastRefreshResult == QLatin1String("configuration") ? State::Error
                                                                            : State::SignedIn;
    case KeychainResult::Kind::NotFound:
        return session.needsSignIn ? State::NeedsSignIn : State::SignedOut;
    case KeychainResult::Kind::Unavailable:
    case KeychainResult::Kind::Denied:
        return State::KeychainUnavailable;
    case KeychainResult::Kind::Failed:
        return State::Error;
    }
    return State::Error;
}

QJsonObject ProfileStatus::toJson() const
{
    QJsonObject user;
    user[QStringLiteral("sub")] = session.subject.isEmpty() ? QJsonValue() : QJsonValue(session.subject);
    user[QStringLiteral("name")] = session.name.isEmpty() ? QJsonValue() : QJsonValue(session.name);
    user[QStringLiteral("email")] = session.email.isEmpty() ? QJsonValue() : QJsonValue(session.email);

    QJsonObject lastRefresh;
    lastRefresh[QStringLiteral("at")] = isoOrNull(session.lastRefreshAt);
    lastRefresh[QStringLiteral("result")] = session.lastRefreshResult.isEmpty()
        ? QJsonValue() : QJsonValue(session.lastRefreshResult);
    lastRefresh[QStringLiteral("error")] = session.lastError.isEmpty()
        ? QJsonValue() : QJsonValue(session.lastError);

    const bool signedIn = state == State::SignedIn;
    QJsonObject json;
    json[QStringLiteral("profile")] = profile.name;
    json[QStringLiteral("state")] = stateName(state);
    json[QStringLiteral("issuer")] = profile.issuer.toString();
    json[QStringLiteral("client_id")] = profile.clientId;
    json[QStringLiteral("audience")] = profile.audience.isEmpty() ? QJsonValue() : QJsonValue(profile.audience);
    json[QStringLiteral("user")] = signedIn ? QJsonValue(user) : QJsonValue();
    json[QStringLiteral("scopes")] = QJsonArray::fromStringList(
        signedIn && !session.scopes.isEmpty() ? session.scopes : profile.scopes);
    json[QStringLiteral("access_token_expires_at")] = signedIn ? isoOrNull(session.accessTokenExpiresAt) : QJsonValue();
    json[QStringLiteral("refresh_token_stored")] = refreshTokenStored;
    json[QStringLiteral("refresh_token_fingerprint")] = refreshTokenStored && !session.refreshTokenFingerprint.isEmpty()
        ? QJsonValue(session.refreshTokenFingerprint) : QJsonValue();
    json[QStringLiteral("last_refresh")] = lastRefresh;
    json[QStringLiteral("next_refresh_at")] = signedIn ? isoOrNull(session.nextRefreshAt) : QJsonValue();
    json[QStringLiteral("managed_fields")] = QJsonArray::fromStringList(
        QStringList(profile.managedFields.cbegin(), profile.managedFields.cend()));
    json[QStringLiteral("problems")] = QJsonArray::fromStringList(problems);
    if (!keychainMessage.isEmpty())
        json[QStringLiteral("keychain_error")] = keychainMessage;
    return json;
}

namespace StatusReport {

void collect(Services &services, const QStringList &profileNames,
             std::function<void(const QList<ProfileStatus> &)> done)
{
    const QStringList names = profileNames.isEmpty() ? services.profiles.profileNames() : profileNames;
    auto results = std::make_shared<QList<ProfileStatus>>();
    auto next = std::make_shared<std::function<void(int)>>();
    // One keychain read after the other: the Secret Service serialises them anyway.
    *next = [&services, names, results, next, done](int index) {
        if (index >= names.size()) {
            done(*results);
            *next = nullptr; // break the self-reference
            return;
        }
        ProfileStatus status;
        QStringList problems;
        const auto profile = services.profiles.load(names.at(index), &problems);
        status.profile = profile.value_or(Profile{});
        status.profile.name = names.at(index);
        status.problems = problems;
        if (profile)
            status.problems += profile->validate();
        status.problems.removeDuplicates();
        status.session = services.states.load(names.at(index));
        services.tokens.readRefreshToken(names.at(index), [status, results, next, index](const KeychainResult &read) mutable {
            status.refreshTokenStored = read.ok();
            if (read.ok())
                status.session.refreshTokenFingerprint = SessionStateStore::fingerprint(read.secret);
            if (read.kind == KeychainResult::Kind::Unavailable || read.kind == KeychainResult::Kind::Denied)
                status.keychainMessage = read.message;
            status.state = ProfileStatus::decide(status.problems, status.session, read.kind);
            results->append(status);
            (*next)(index + 1);
        });
    };
    (*next)(0);
}

} // namespace StatusReport
