#include "auth/pkce.h"
#include "auth/randomtoken.h"

#include <QHash>
#include <QSet>
#include <QTest>

#include <cctype>

class TestPkce : public QObject
{
    Q_OBJECT

private slots:
    void challengeMatchesRfc7636AppendixB();
    void generatedVerifierHasRequestedLength_data();
    void generatedVerifierHasRequestedLength();
    void generatedChallengeIsS256OfVerifier();
    void verifierUsesOnlyUnreservedCharacters();
    void verifierCharactersAreEvenlySpread();
    void twoVerifiersDiffer();
    void isValidVerifier_data();
    void isValidVerifier();
    void randomTokenIsUrlSafeAndLongEnough_data();
    void randomTokenIsUrlSafeAndLongEnough();
    void randomTokensDiffer();
    void constantTimeEquals_data();
    void constantTimeEquals();
};

void TestPkce::challengeMatchesRfc7636AppendixB()
{
    const QByteArray verifier("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
    QCOMPARE(Pkce::s256Challenge(verifier), QByteArray("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    QVERIFY(Pkce::isValidVerifier(verifier));
}

void TestPkce::generatedVerifierHasRequestedLength_data()
{
    QTest::addColumn<int>("requested");
    QTest::addColumn<int>("expected");
    QTest::addRow("default length") << -1 << 64;
    QTest::addRow("minimum 43") << 43 << 43;
    QTest::addRow("64") << 64 << 64;
    QTest::addRow("maximum 128") << 128 << 128;
    QTest::addRow("too short 42 clamps to 43") << 42 << 43;
    QTest::addRow("zero clamps to 43") << 0 << 43;
    QTest::addRow("negative clamps to 43") << -100 << 43;
    QTest::addRow("too long 129 clamps to 128") << 129 << 128;
    QTest::addRow("huge clamps to 128") << 100000 << 128;
}

void TestPkce::generatedVerifierHasRequestedLength()
{
    QFETCH(int, requested);
    QFETCH(int, expected);
    const Pkce pkce = requested == -1 ? Pkce::generate() : Pkce::generate(requested);
    QCOMPARE(pkce.verifier.size(), expected);
    QVERIFY(Pkce::isValidVerifier(pkce.verifier));
}

void TestPkce::generatedChallengeIsS256OfVerifier()
{
    const Pkce pkce = Pkce::generate();
    QCOMPARE(pkce.challenge, Pkce::s256Challenge(pkce.verifier));
    QCOMPARE(pkce.challenge.size(), 43); // 32 bytes of SHA-256, base64url without padding
    QVERIFY(!pkce.challenge.contains('='));
}

void TestPkce::verifierUsesOnlyUnreservedCharacters()
{
    static const QByteArray unreserved("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~");
    for (int i = 0; i < 200; ++i) {
        const QByteArray verifier = Pkce::generate(128).verifier;
        for (char c : verifier)
            QVERIFY2(unreserved.contains(c), verifier.constData());
    }
}

void TestPkce::verifierCharactersAreEvenlySpread()
{
    // 1,000 verifiers x 128 chars = 128,000 draws over 66 characters: about 1,939 each.
    // A modulo-biased or truncated alphabet (e.g. never '~') shows up far outside
    // these bounds; a fair generator stays within them with overwhelming probability.
    QHash<char, int> counts;
    for (int i = 0; i < 1000; ++i) {
        for (char c : Pkce::generate(128).verifier)
            ++counts[c];
    }
    QCOMPARE(counts.size(), 66);
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        QVERIFY2(it.value() > 1600 && it.value() < 2300, qPrintable(QStringLiteral("%1: %2").arg(QLatin1Char(it.key())).arg(it.value())));
}

void TestPkce::twoVerifiersDiffer()
{
    const Pkce a = Pkce::generate();
    const Pkce b = Pkce::generate();
    QVERIFY(a.verifier != b.verifier);
    QVERIFY(a.challenge != b.challenge);
}

void TestPkce::isValidVerifier_data()
{
    QTest::addColumn<QByteArray>("verifier");
    QTest::addColumn<bool>("valid");
    QTest::addRow("43 letters") << QByteArray(43, 'a') << true;
    QTest::addRow("128 letters") << QByteArray(128, 'Z') << true;
    QTest::addRow("all unreserved punctuation") << QByteArray("-._~").repeated(11) << true;
    QTest::addRow("empty") << QByteArray() << false;
    QTest::addRow("42 chars") << QByteArray(42, 'a') << false;
    QTest::addRow("129 chars") << QByteArray(129, 'a') << false;
    QTest::addRow("contains plus") << QByteArray(42, 'a') + '+' << false;
    QTest::addRow("contains slash") << QByteArray(42, 'a') + '/' << false;
    QTest::addRow("contains equals padding") << QByteArray(42, 'a') + '=' << false;
    QTest::addRow("contains space") << QByteArray(42, 'a') + ' ' << false;
    QTest::addRow("non-ASCII") << QByteArray(41, 'a') + "\xc3\xa9" << false;
}

void TestPkce::isValidVerifier()
{
    QFETCH(QByteArray, verifier);
    QFETCH(bool, valid);
    QCOMPARE(Pkce::isValidVerifier(verifier), valid);
}

void TestPkce::randomTokenIsUrlSafeAndLongEnough_data()
{
    QTest::addColumn<int>("requestedBytes");
    QTest::addColumn<int>("expectedChars");
    QTest::addRow("default 32 bytes") << -1 << 43;
    QTest::addRow("16 bytes") << 16 << 22;
    QTest::addRow("15 bytes raised to 16") << 15 << 22;
    QTest::addRow("0 bytes raised to 16") << 0 << 22;
    QTest::addRow("17 bytes, not a multiple of 4") << 17 << 23;
    QTest::addRow("64 bytes") << 64 << 86;
}

void TestPkce::randomTokenIsUrlSafeAndLongEnough()
{
    QFETCH(int, requestedBytes);
    QFETCH(int, expectedChars);
    const QByteArray token = requestedBytes == -1 ? randomUrlSafeToken() : randomUrlSafeToken(requestedBytes);
    QCOMPARE(token.size(), expectedChars);
    for (char c : token)
        QVERIFY2(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_', token.constData());
}

void TestPkce::randomTokensDiffer()
{
    QSet<QByteArray> seen;
    for (int i = 0; i < 1000; ++i)
        seen.insert(randomUrlSafeToken(16));
    QCOMPARE(seen.size(), 1000);
}

void TestPkce::constantTimeEquals_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");
    QTest::addRow("same") << QByteArray("abc123") << QByteArray("abc123") << true;
    QTest::addRow("last byte differs") << QByteArray("abc123") << QByteArray("abc124") << false;
    QTest::addRow("first byte differs") << QByteArray("abc123") << QByteArray("Abc123") << false;
    QTest::addRow("prefix") << QByteArray("abc") << QByteArray("abc123") << false;
    QTest::addRow("both empty never match") << QByteArray() << QByteArray() << false;
    QTest::addRow("one empty") << QByteArray() << QByteArray("x") << false;
}

void TestPkce::constantTimeEquals()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);
    QCOMPARE(::constantTimeEquals(a, b), equal);
    QCOMPARE(::constantTimeEquals(b, a), equal);
}

QTEST_GUILESS_MAIN(TestPkce)
#include "tst_pkce.moc"
