#include "storage/sessionstate.h"

#include "common/logging.h"
#include "storage/profilename.h"
#include "storage/settingslocations.h"

#include <QCryptographicHash>
#include <QSettings>

namespace {

QString groupOf(const QString &profile)
{
    return QStringLiteral("sessions/") + profile;
}

// ISO 8601 UTC with milliseconds: readable in the file, exact when read back.
QString fromDateTime(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime toDateTime(const QVariant &value)
{
    QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (at.isValid())
        at = at.toUTC();
    return at;
}

} // namespace

bool SessionState::operator==(const SessionState &o) const
{
    return subject == o.subject && name == o.name && email == o.email && scopes == o.scopes
           && accessTokenExpiresAt == o.accessTokenExpiresAt
           && refreshTokenStored == o.refreshTokenStored
           && refreshTokenFingerprint == o.refreshTokenFingerprint
           && lastRefreshAt == o.lastRefreshAt && lastRefreshResult == o.lastRefreshResult
           && lastError == o.lastError && nextRefreshAt == o.nextRefreshAt
           && needsSignIn == o.needsSignIn && lastLoginHint == o.lastLoginHint;
}

SessionState SessionStateStore::load(const QString &profile) const
{
    SessionState state;
    if (!ProfileName::isValid(profile))
        return state;

    const auto settings = SettingsLocations::sessionState();
    settings->beginGroup(groupOf(profile));
    state.subject = settings->value("subject").toString();
    state.name = settings->value("name").toString();
    state.email = settings->value("email").toString();
    state.scopes = settings->value("scopes").toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    state.accessTokenExpiresAt = toDateTime(settings->value("access_token_expires_at"));
    state.refreshTokenStored = settings->value("refresh_token_stored", false).toBool();
    state.refreshTokenFingerprint = settings->value("refresh_token_fingerprint").toString();
    state.lastRefreshAt = toDateTime(settings->value("last_refresh_at"));
    state.lastRefreshResult = settings->value("last_refresh_result").toString();
    state.lastError = settings->value("last_error").toString();
    state.nextRefreshAt = toDateTime(settings->value("next_refresh_at"));
    state.needsSignIn = settings->value("needs_sign_in", false).toBool();
    state.lastLoginHint = settings->value("last_login_hint").toString();
    settings->endGroup();
    return state;
}

void SessionStateStore::save(const QString &profile, const SessionState &state)
{
    if (!ProfileName::isValid(profile)) {
        qCWarning(lcSession) << "session state not saved: invalid profile name";
        return;
    }
    const auto settings = SettingsLocations::sessionState();
    settings->beginGroup(groupOf(profile));
    settings->setValue("subject", state.subject);
    settings->setValue("name", state.name);
    settings->setValue("email", state.email);
    settings->setValue("scopes", state.scopes.join(QLatin1Char(' ')));
    settings->setValue("access_token_expires_at", fromDateTime(state.accessTokenExpiresAt));
    settings->setValue("refresh_token_stored", state.refreshTokenStored);
    settings->setValue("refresh_token_fingerprint", state.refreshTokenFingerprint);
    settings->setValue("last_refresh_at", fromDateTime(state.lastRefreshAt));
    settings->setValue("last_refresh_result", state.lastRefreshResult);
    settings->setValue("last_error", state.lastError);
    settings->setValue("next_refresh_at", fromDateTime(state.nextRefreshAt));
    settings->setValue("needs_sign_in", state.needsSignIn);
    settings->setValue("last_login_hint", state.lastLoginHint);
    settings->endGroup();
    settings->sync();
    if (settings->status() != QSettings::NoError)
        qCWarning(lcSession) << "session state of" << profile << "could not be written"
                             << settings->status();
}

void SessionStateStore::clear(const QString &profile)
{
    if (!ProfileName::isValid(profile))
        return;
    const auto settings = SettingsLocations::sessionState();
    settings->remove(groupOf(profile));
    settings->sync();
}

QString SessionStateStore::fingerprint(const QByteArray &secret)
{
    if (secret.isEmpty())
        return {};
    return QString::fromLatin1(
        QCryptographicHash::hash(secret, QCryptographicHash::Sha256).toHex().left(8));
}
