#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>

// Where an issuer's endpoints are. Either read from its discovery document
// (/.well-known/openid-configuration, fetched by the discovery module) or, when that
// cannot be had, Auth0's fixed routes under the issuer.
//
//     QString error;
//     ProviderEndpoints e = ProviderEndpoints::fromDiscoveryDocument(json, profile.issuer, &error);
//     if (!error.isEmpty()) e = ProviderEndpoints::auth0Defaults(profile.issuer);
struct ProviderEndpoints
{
    Q_DECLARE_TR_FUNCTIONS(ProviderEndpoints)

public:
    QUrl issuer, authorization, token, revocation, userinfo, jwks, endSession;
    QStringList codeChallengeMethods, scopesSupported, grantTypesSupported;
    bool fromDiscovery = false;

    // issuer + "authorize", "oauth/token", "oauth/revoke", "userinfo",
    // ".well-known/jwks.json", "v2/logout". A missing trailing slash on the issuer is
    // added first, so that the routes land under it rather than beside it.
    static ProviderEndpoints auth0Defaults(const QUrl &issuer);

    // Validates and reads a discovery document (OpenID Connect Discovery 1.0, 4.3):
    //  - "issuer" must be exactly expectedIssuer as a string (trailing slash counts);
    //  - authorization_endpoint and token_endpoint are required;
    //  - every endpoint must be absolute https, or http on a loopback host;
    //  - code_challenge_methods_supported, when present, must list S256;
    //  - revocation_endpoint and end_session_endpoint, often absent from Auth0's
    //    document although the routes exist, fall back to the Auth0 defaults.
    // On refusal returns a default-constructed value (all URLs empty) and sets *error
    // (translated); on success clears *error.
    static ProviderEndpoints fromDiscoveryDocument(const QJsonObject &doc, const QUrl &expectedIssuer,
                                                   QString *error);

    bool isComplete() const { return authorization.isValid() && token.isValid(); }
};
