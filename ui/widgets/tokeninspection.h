#pragma once

#include "storage/sessionstate.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

// What the token inspector shows: the claims of the access token when it is a JWT
// (issuer, audience, subject, scopes, issued and expiry times in local time and UTC) and
// who signed in, from the session facts. Never the token, its signature or its raw parts:
// only named claims are copied out, and long values are not echoed whole.
class TokenInspection
{
    Q_DECLARE_TR_FUNCTIONS(TokenInspection)
public:
    using Row = QPair<QString, QString>; // label, value (both for people)

    static QList<Row> rows(const QByteArray &accessToken, const SessionState &session);
};
