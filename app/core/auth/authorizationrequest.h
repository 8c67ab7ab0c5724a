#pragma once

#include "auth/pkce.h"

#include <QByteArray>
#include <QString>
#include <QUrl>

struct Profile;
struct ProviderEndpoints;

// One sign-in attempt's /authorize URL and the secrets that belong to it.
//
//     auto request = AuthorizationRequest::create(profile, endpoints, uiLanguage, lastEmail);
//     login window <- request.url;  callback -> Callback::parse(url, redirect, request.state)
//     token POST   <- request.pkce.verifier;   ID token nonce == request.nonce
//
// The state, nonce and verifier are fresh for every call and used once; none of them
// is ever logged. The login window process gets only the URL.
struct AuthorizationRequest
{
    Pkce pkce;
    QByteArray state;
    QByteArray nonce;
    QUrl url;

    // endpoints.authorization + exactly: client_id, scope (space-joined), response_type=code,
    // state, redirect_uri, code_challenge_method=S256, code_challenge, nonce; plus
    // audience when the profile has one, ui_locales and login_hint when non-empty.
    // Every value is percent-encoded once (RFC 3986 unreserved characters stay as they
    // are, so "+", "&", "=", "#", "%" and spaces can never be misread).
    static AuthorizationRequest create(const Profile &profile, const ProviderEndpoints &endpoints,
                                       const QString &uiLocales = {}, const QString &loginHint = {});
};
