#include "auth/idtoken.h"
#include "auth/jwt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {
const QUrl Issuer(QStringLiteral("https://tenant.eu.auth0.com/"));
const QString ClientId = QStringLiteral("connector-test-client");
const QByteArray Nonce("n-0S6_WzA2Mj");
const QDateTime Now = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);

QByteArray b64(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray jwt(const QJsonObject &payload)
{
    return b64(R"({"alg":"RS256","typ":"JWT","kid":"k1"})") + '.'
        + b64(QJsonDocument(payload).toJson(QJsonDocument::Compact)) + '.' + b64("not-checked-signature");
}

QJsonObject goodPayload()
{
    return {
        {"iss", Issuer.toString()},
        {"sub", "auth0|123"},
        {"aud", ClientId},
        {"exp", double(Now.toSecsSinceEpoch() + 3600)},
        {"iat", double(Now.toSecsSinceEpoch() - 10)},
        {"nonce", QString::fromLatin1(Nonce)},
        {"name", QStringLiteral("Test Person \u00e9")},
        {"email", "test@example.com"},
    };
}

QJsonObject with(QJsonObject payload, const QString &key, const QJsonValue &value)
{
    if (value.isUndefined())
        payload.remove(key);
    else
        payload.insert(key, value);
    return payload;
}
} // namespace

Q_DECLARE_METATYPE(IdTokenCheck)

class TestIdToken : public QObject
{
    Q_OBJECT

private slots:
    void decodesTheClaims();
    void audienceMayBeAnArray();
    void decodeRefusesMalformedTokens_data();
    void decodeRefusesMalformedTokens();
    void check_data();
    void check();
    void everyCheckHasAMessage_data();
    void everyCheckHasAMessage();
    void jwtPayloadOfAnAccessToken();
};

void TestIdToken::decodesTheClaims()
{
    QString error = QStringLiteral("stale");
    const auto claims = IdTokenClaims::decode(jwt(goodPayload()), &error);
    QVERIFY(claims.has_value());
    QVERIFY(error.isEmpty());
    QCOMPARE(claims->issuer, Issuer.toString());
    QCOMPARE(claims->subject, QStringLiteral("auth0|123"));
    QCOMPARE(claims->audience, QStringList{ClientId});
    QCOMPARE(claims->name, QStringLiteral("Test Person \u00e9"));
    QCOMPARE(claims->email, QStringLiteral("test@example.com"));
    QCOMPARE(claims->nonce, QString::fromLatin1(Nonce));
    QCOMPARE(claims->expiresAt, Now.addSecs(3600));
    QCOMPARE(claims->issuedAt, Now.addSecs(-10));
    QCOMPARE(claims->expiresAt.timeSpec(), Qt::UTC);
    QCOMPARE(claims->all.value("sub").toString(), QStringLiteral("auth0|123"));
}

void TestIdToken::audienceMayBeAnArray()
{
    const auto claims = IdTokenClaims::decode(
        jwt(with(goodPayload(), "aud", QJsonArray{ClientId, "https://api.example.com"})), nullptr);
    QVERIFY(claims.has_value());
    QCOMPARE(claims->audience, (QStringList{ClientId, "https://api.example.com"}));
}

void TestIdToken::decodeRefusesMalformedTokens_data()
{
    QTest::addColumn<QByteArray>("token");
    const QByteArray header = b64(R"({"alg":"RS256"})");
    const QByteArray payload = b64(R"({"sub":"x"})");
    QTest::addRow("empty") << QByteArray();
    QTest::addRow("one part") << payload;
    QTest::addRow("two parts") << header + '.' + payload;
    QTest::addRow("four parts") << header + '.' + payload + ".s.t";
    QTest::addRow("five parts (encrypted JWE)") << header + ".k.iv." + payload + ".tag";
    QTest::addRow("empty payload") << header + "..sig";
    QTest::addRow("payload not base64url") << header + ".$$$.sig";
    QTest::addRow("payload standard base64 with +/") << header + '.' + QByteArray(R"({"a":"??>>"})").toBase64() + ".sig";
    QTest::addRow("payload not JSON") << header + '.' + b64("hello") + ".sig";
    QTest::addRow("payload a JSON array") << header + '.' + b64("[1,2]") + ".sig";
    QTest::addRow("header not JSON") << b64("nope") + '.' + payload + ".sig";
    QTest::addRow("aud is a number") << jwt(with(goodPayload(), "aud", 42));
    QTest::addRow("aud array with a number") << jwt(with(goodPayload(), "aud", QJsonArray{ClientId, 1}));
    QTest::addRow("exp is a string") << jwt(with(goodPayload(), "exp", "tomorrow"));
    QTest::addRow("iat is a string") << jwt(with(goodPayload(), "iat", "now"));
    QTest::addRow("iss is a number") << jwt(with(goodPayload(), "iss", 1));
    QTest::addRow("nonce is an object") << jwt(with(goodPayload(), "nonce", QJsonObject{{"a", 1}}));
}

void TestIdToken::decodeRefusesMalformedTokens()
{
    QFETCH(QByteArray, token);
    QString error;
    QVERIFY(!IdTokenClaims::decode(token, &error).has_value());
    QVERIFY(!error.isEmpty());
}

void TestIdToken::check_data()
{
    QTest::addColumn<QJsonObject>("payload");
    QTest::addColumn<QByteArray>("expectedNonce");
    QTest::addColumn<IdTokenCheck>("expected");

    const qint64 now = Now.toSecsSinceEpoch();
    const QJsonObject good = goodPayload();

    QTest::addRow("valid") << good << Nonce << IdTokenCheck::Ok;
    QTest::addRow("aud array containing client with azp") << with(with(good, "aud", QJsonArray{"https://api", ClientId}), "azp", ClientId) << Nonce << IdTokenCheck::Ok;
    QTest::addRow("single aud with matching azp") << with(good, "azp", ClientId) << Nonce << IdTokenCheck::Ok;
    QTest::addRow("expired within leeway") << with(good, "exp", double(now - 100)) << Nonce << IdTokenCheck::Ok;
    QTest::addRow("issued in future within leeway") << with(good, "iat", double(now + 100)) << Nonce << IdTokenCheck::Ok;
    QTest::addRow("no nonce expected (refresh), none sent") << with(good, "nonce", QJsonValue::Undefined) << QByteArray() << IdTokenCheck::Ok;
    QTest::addRow("no nonce expected (refresh), one sent") << good << QByteArray() << IdTokenCheck::Ok;

    QTest::addRow("iss missing") << with(good, "iss", QJsonValue::Undefined) << Nonce << IdTokenCheck::Malformed;
    QTest::addRow("sub missing") << with(good, "sub", QJsonValue::Undefined) << Nonce << IdTokenCheck::Malformed;
    QTest::addRow("aud missing") << with(good, "aud", QJsonValue::Undefined) << Nonce << IdTokenCheck::Malformed;
    QTest::addRow("exp missing") << with(good, "exp", QJsonValue::Undefined) << Nonce << IdTokenCheck::Malformed;
    QTest::addRow("iat missing") << with(good, "iat", QJsonValue::Undefined) << Nonce << IdTokenCheck::Malformed;

    QTest::addRow("iss without trailing slash") << with(good, "iss", "https://tenant.eu.auth0.com") << Nonce << IdTokenCheck::WrongIssuer;
    QTest::addRow("iss of another tenant") << with(good, "iss", "https://other.eu.auth0.com/") << Nonce << IdTokenCheck::WrongIssuer;
    QTest::addRow("iss http") << with(good, "iss", "http://tenant.eu.auth0.com/") << Nonce << IdTokenCheck::WrongIssuer;

    QTest::addRow("aud another client") << with(good, "aud", "other-client") << Nonce << IdTokenCheck::WrongAudience;
    QTest::addRow("aud client id prefix") << with(good, "aud", "connector-test") << Nonce << IdTokenCheck::WrongAudience;
    QTest::addRow("aud array without client") << with(good, "aud", QJsonArray{"a", "b"}) << Nonce << IdTokenCheck::WrongAudience;
    QTest::addRow("aud array with client, no azp") << with(good, "aud", QJsonArray{ClientId, "b"}) << Nonce << IdTokenCheck::WrongAudience;
    QTest::addRow("aud array with client, other azp") << with(with(good, "aud", QJsonArray{ClientId, "b"}), "azp", "b") << Nonce << IdTokenCheck::WrongAudience;
    QTest::addRow("single aud, other azp") << with(good, "azp", "other") << Nonce << IdTokenCheck::WrongAudience;

    QTest::addRow("expired beyond leeway") << with(good, "exp", double(now - 121)) << Nonce << IdTokenCheck::Expired;
    QTest::addRow("expired long ago") << with(good, "exp", double(now - 86400)) << Nonce << IdTokenCheck::Expired;
    QTest::addRow("issued in future beyond leeway") << with(good, "iat", double(now + 121)) << Nonce << IdTokenCheck::IssuedInFuture;

    QTest::addRow("nonce different") << with(good, "nonce", "other") << Nonce << IdTokenCheck::NonceMismatch;
    QTest::addRow("nonce missing") << with(good, "nonce", QJsonValue::Undefined) << Nonce << IdTokenCheck::NonceMismatch;
    QTest::addRow("nonce empty") << with(good, "nonce", "") << Nonce << IdTokenCheck::NonceMismatch;
    QTest::addRow("nonce prefix") << with(good, "nonce", QString::fromLatin1(Nonce.left(4))) << Nonce << IdTokenCheck::NonceMismatch;
}

void TestIdToken::check()
{
    QFETCH(QJsonObject, payload);
    QFETCH(QByteArray, expectedNonce);
    QFETCH(IdTokenCheck, expected);

    QString error;
    const auto claims = IdTokenClaims::decode(jwt(payload), &error);
    QVERIFY2(claims.has_value(), qPrintable(error));
    QCOMPARE(checkIdToken(*claims, Issuer, ClientId, expectedNonce, Now), expected);
}

void TestIdToken::everyCheckHasAMessage_data()
{
    QTest::addColumn<IdTokenCheck>("check");
    QTest::addRow("Ok") << IdTokenCheck::Ok;
    QTest::addRow("Malformed") << IdTokenCheck::Malformed;
    QTest::addRow("WrongIssuer") << IdTokenCheck::WrongIssuer;
    QTest::addRow("WrongAudience") << IdTokenCheck::WrongAudience;
    QTest::addRow("Expired") << IdTokenCheck::Expired;
    QTest::addRow("IssuedInFuture") << IdTokenCheck::IssuedInFuture;
    QTest::addRow("NonceMismatch") << IdTokenCheck::NonceMismatch;
}

void TestIdToken::everyCheckHasAMessage()
{
    QFETCH(IdTokenCheck, check);
    QVERIFY(!idTokenCheckMessage(check).isEmpty());
}

void TestIdToken::jwtPayloadOfAnAccessToken()
{
    QString error;
    const QJsonObject payload = decodeJwtPayload(jwt({{"scope", "read:data"}, {"aud", QJsonArray{"api"}}}), &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(payload.value("scope").toString(), QStringLiteral("read:data"));
    QCOMPARE(decodeJwtHeader(jwt({{"a", 1}}), &error).value("kid").toString(), QStringLiteral("k1"));

    // An opaque (non-JWT) access token, as Auth0 issues without an audience.
    QVERIFY(decodeJwtPayload("8xLOxBtZp8", &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestIdToken)
#include "tst_idtoken.moc"
