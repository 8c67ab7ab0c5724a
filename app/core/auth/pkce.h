#pragma once

#include <QByteArray>

// Proof Key for Code Exchange (RFC 7636) with the S256 method, as a public client must
// use it: the verifier stays in this process, only its challenge goes to /authorize,
// and the verifier goes to /oauth/token with the code.
//
//     const Pkce pkce = Pkce::generate();
//     url query:  code_challenge=pkce.challenge, code_challenge_method=S256
//     token POST: code_verifier=pkce.verifier
struct Pkce
{
    static constexpr int MinimumLength = 43;  // RFC 7636 4.1
    static constexpr int MaximumLength = 128;

    QByteArray verifier;
    QByteArray challenge;

    // A fresh verifier of verifierLength unreserved characters and its S256 challenge.
    // Lengths outside 43..128 are clamped into that range rather than refused: a caller
    // asking for "short" or "long" still gets a verifier the server accepts.
    static Pkce generate(int verifierLength = 64);

    // BASE64URL(SHA-256(verifier)) without padding (RFC 7636 4.2).
    static QByteArray s256Challenge(const QByteArray &verifier);

    // 43..128 characters, each from [A-Za-z0-9-._~].
    static bool isValidVerifier(const QByteArray &verifier);
};
