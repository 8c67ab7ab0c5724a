#pragma once

#include "auth/providerendpoints.h"
#include "doctor/doctorcheck.h"
#include "doctor/httpprobe.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QJsonObject>
#include <QUrl>

// The checks made from one GET of the discovery document (and the DNS look-up before
// it). Pure functions of what was received, so every verdict is unit-testable.
class ServerChecks
{
    Q_DECLARE_TR_FUNCTIONS(ServerChecks)
public:
    // Skew limits: past a minute ID-token leeways start to bite; past five minutes
    // tokens look expired or not yet valid.
    static constexpr qint64 SkewWarningSeconds = 60;
    static constexpr qint64 SkewFailSeconds = 300;

    // 1. The name resolves and the server answers (over TLS for https issuers).
    static DoctorCheck reachability(const QUrl &issuer, const QHostInfo &host, const ProbeAnswer &answer);

    // 2. The document is JSON, its "issuer" is exactly the profile's (trailing slash
    //    counts) and it names usable endpoints. On success *endpoints and *document are set.
    static DoctorCheck discovery(const QUrl &issuer, const ProbeAnswer &answer,
                                 ProviderEndpoints *endpoints, QJsonObject *document);

    // 3. S256 in code_challenge_methods_supported. `document` empty: discovery failed.
    static DoctorCheck pkce(const QJsonObject &document);

    // 7. The server's Date header against this computer's clock.
    static DoctorCheck clockSkew(const ProbeAnswer &answer);
    // Server minus this computer, taken at the middle of the exchange.
    static qint64 skewSeconds(const ProbeAnswer &answer);
};
