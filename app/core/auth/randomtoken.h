#pragma once

#include <QByteArray>

// Random values that travel in URLs: OAuth state and OpenID Connect nonce.
//
// Each is one-use and must be unguessable (RFC 6749 10.10 asks for >= 128 bits), so the
// bytes come from QRandomGenerator::system() and fewer than 16 bytes are never used.
QByteArray randomUrlSafeToken(int randomBytes = 32);

// Compares two secrets in time that depends on their lengths only, not on where they
// first differ, so a caller cannot learn a state or nonce byte by byte. Two empty
// values are NOT equal: an absent secret never matches anything.
bool constantTimeEquals(const QByteArray &a, const QByteArray &b);
