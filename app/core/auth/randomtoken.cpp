#include "auth/randomtoken.h"

#include <QRandomGenerator>
#include <QVector>

#include <algorithm>

namespace {
constexpr int MinimumRandomBytes = 16; // 128 bits
}

QByteArray randomUrlSafeToken(int randomBytes)
{
    const int count = std::max(randomBytes, MinimumRandomBytes);
    QVector<quint32> words((count + 3) / 4);
    QRandomGenerator::system()->fillRange(words.data(), words.size());

    QByteArray bytes(reinterpret_cast<const char *>(words.constData()), count);
    std::fill(words.begin(), words.end(), 0u);
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.isEmpty() || b.isEmpty() || a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}
