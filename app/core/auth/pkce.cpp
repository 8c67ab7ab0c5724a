#include "auth/pkce.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

#include <algorithm>

namespace {
// RFC 3986 "unreserved": the only characters RFC 7636 allows in a verifier.
constexpr char Unreserved[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
constexpr quint32 UnreservedCount = sizeof(Unreserved) - 1; // 66

// Largest multiple of 66 that fits in a 32-bit draw. Draws at or above it are thrown
// away, so that "draw % 66" picks every character with exactly the same probability
// (a plain modulo would favour the first characters).
constexpr quint32 AcceptBelow = (0xFFFFFFFFu / UnreservedCount) * UnreservedCount;

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
        || c == '-' || c == '.' || c == '_' || c == '~';
}
} // namespace

Pkce Pkce::generate(int verifierLength)
{
    const int length = std::clamp(verifierLength, MinimumLength, MaximumLength);
    QRandomGenerator *random = QRandomGenerator::system();

    Pkce pkce;
    pkce.verifier.reserve(length);
    while (pkce.verifier.size() < length) {
        const quint32 draw = random->generate();
        if (draw >= AcceptBelow)
            continue;
        pkce.verifier.append(Unreserved[draw % UnreservedCount]);
    }
    pkce.challenge = s256Challenge(pkce.verifier);
    return pkce;
}

QByteArray Pkce::s256Challenge(const QByteArray &verifier)
{
    return QCryptographicHash::hash(verifier, QCryptographicHash::Sha256)
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool Pkce::isValidVerifier(const QByteArray &verifier)
{
    return verifier.size() >= MinimumLength && verifier.size() <= MaximumLength
        && std::all_of(verifier.cbegin(), verifier.cend(), isUnreserved);
}
