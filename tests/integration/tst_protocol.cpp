#include "auth/authorizationrequest.h"
#include "auth/callback.h"
#include "auth/discovery.h"
#include "auth/idtoken.h"
#include "auth/revocationclient.h"
#include "auth/tokenclient.h"
#include "isolatedenvironment.h"
#include "protocolsteps.h"
#include "testserver.h"

#include <QNetworkAccessManager>
#include <QTest>
#include <QUrlQuery>

#include <memory>

// The whole sign-in protocol with QNetworkAccessManager alone, against the real server:
// discovery -> /authorize -> login form -> callback -> code exchange -> ID token ->
// refresh with rotation -> reuse detection -> revocation. The login window and the
// keychain are not involved; they have their own tests.
class TestProtocol : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void signIn_refresh_rotation_andReuseDetection();
    void wrongVerifier_isInvalidGrant();
    void codeUsedTwice_isInvalidGrant();
    void plainPkce_isRefusedByTheServer();
    void tamperedState_isStateMismatch_data();
    void tamperedState_isStateMismatch();
    void cancelledLogin_isAccessDenied();
    void wrongPassword_showsTheFormAgain();
    void revocation_killsTheRefreshToken();
    void revocationOfUnknownToken_isRevoked();

private:
    std::unique_ptr<IsolatedEnvironment> m_env;
    TestServer m_server;
    QNetworkAccessManager m_nam;
    ProviderEndpoints m_endpoints;
    Profile m_profile;
};

void TestProtocol::initTestCase()
{
    m_env = std::make_unique<IsolatedEnvironment>();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_profile = testProfile(m_server);
    m_profile.scopes = QStringList{"openid", "offline_access", "profile", "email"};
    DiscoveryClient discovery(&m_nam);
    const auto resolved = awaitResult<DiscoveryResult>([&](auto done) {
        discovery.resolve(m_profile.issuer, done);
    });
    QVERIFY(resolved);
    QVERIFY2(!resolved->fellBack, qPrintable(resolved->warning));
    m_endpoints = resolved->endpoints;
}

void TestProtocol::init()
{
    QVERIFY(m_server.resetStats());
}

void TestProtocol::signIn_refresh_rotation_andReuseDetection()
{
    // Sign in: /authorize -> login form -> caught redirect -> callback.
    const CaughtCallback caught = loginAtServer(m_profile, m_endpoints);
    QVERIFY2(caught.error.isEmpty(), qPrintable(caught.error));
    QVERIFY(Callback::matchesRedirect(caught.url, m_profile.redirectUri));
    const Callback callback = Callback::parse(caught.url, m_profile.redirectUri,
                                              caught.request.state);
    QVERIFY2(callback.result == Callback::Result::Code, qPrintable(callback.message()));
    QVERIFY(!callback.code.isEmpty());

    // Code + verifier -> tokens.
    TokenClient client(&m_nam);
    const auto tokens = exchangeCode(&client, m_endpoints, m_profile, callback.code,
                                     caught.request.pkce.verifier);
    QVERIFY(tokens);
    QVERIFY2(tokens->ok(), describe(*tokens));
    const QByteArray firstRefresh = tokens->response.refreshToken;
    QVERIFY(!firstRefresh.isEmpty());

    // The ID token is ours: issuer, audience and the nonce of this request.
    QString error;
    const auto claims = IdTokenClaims::decode(tokens->response.idToken, &error);
    QVERIFY2(claims, qPrintable(error));
    QCOMPARE(claims->issuer, m_server.issuer().toString());
    QVERIFY(claims->audience.contains(m_profile.clientId));
    QCOMPARE(claims->nonce.toUtf8(), caught.request.nonce);
    QCOMPARE(claims->email, TestServer::username());
    QCOMPARE(checkIdToken(*claims, m_profile.issuer, m_profile.clientId, caught.request.nonce,
                          QDateTime::currentDateTimeUtc()),
             IdTokenCheck::Ok);
    QCOMPARE(checkIdToken(*claims, m_profile.issuer, m_profile.clientId, "another-nonce",
                          QDateTime::currentDateTimeUtc()),
             IdTokenCheck::NonceMismatch);

    // Refresh: a new access token and, with rotation, a new refresh token.
    const auto refreshed = refreshToken(&client, m_endpoints, m_profile.clientId, firstRefresh);
    QVERIFY(refreshed);
    QVERIFY2(refreshed->ok(), describe(*refreshed));
    const QByteArray secondRefresh = refreshed->response.refreshToken;
    QVERIFY(!secondRefresh.isEmpty());
    QVERIFY(secondRefresh != firstRefresh);
    QVERIFY(refreshed->response.accessToken != tokens->response.accessToken);

    // The rotated-away token is dead, and presenting it kills the whole family.
    const auto reused = refreshToken(&client, m_endpoints, m_profile.clientId, firstRefresh);
    QVERIFY(reused);
    QVERIFY2(reused->kind == TokenResult::Kind::InvalidGrant, describe(*reused));
    QCOMPARE(reused->errorDescription, QStringLiteral("Unknown or invalid refresh token."));
    QCOMPARE(m_server.stats()["refresh_reuse"].toInt(), 1);

    const auto familyDead = refreshToken(&client, m_endpoints, m_profile.clientId, secondRefresh);
    QVERIFY(familyDead);
    QVERIFY2(familyDead->kind == TokenResult::Kind::InvalidGrant, describe(*familyDead));

    const QJsonObject stats = m_server.stats();
    QCOMPARE(stats["token"].toObject()["authorization_code"].toInt(), 1);
    QCOMPARE(stats["token"].toObject()["refresh_token"].toInt(), 3);
}

void TestProtocol::wrongVerifier_isInvalidGrant()
{
    AuthorizationRequest request;
    QString error;
    const QByteArray code = obtainCode(m_profile, m_endpoints, &request, &error);
    QVERIFY2(!code.isEmpty(), qPrintable(error));

    TokenClient client(&m_nam);
    const QByteArray otherVerifier = Pkce::generate().verifier;
    QVERIFY(otherVerifier != request.pkce.verifier);
    const auto result = exchangeCode(&client, m_endpoints, m_profile, code, otherVerifier);
    QVERIFY(result);
    QVERIFY2(result->kind == TokenResult::Kind::InvalidGrant, describe(*result));
    QVERIFY(result->response.accessToken.isEmpty());
}

void TestProtocol::codeUsedTwice_isInvalidGrant()
{
    AuthorizationRequest request;
    QString error;
    const QByteArray code = obtainCode(m_profile, m_endpoints, &request, &error);
    QVERIFY2(!code.isEmpty(), qPrintable(error));

    TokenClient client(&m_nam);
    const auto first = exchangeCode(&client, m_endpoints, m_profile, code, request.pkce.verifier);
    QVERIFY(first);
    QVERIFY2(first->ok(), describe(*first));
    const auto second = exchangeCode(&client, m_endpoints, m_profile, code, request.pkce.verifier);
    QVERIFY(second);
    QVERIFY2(second->kind == TokenResult::Kind::InvalidGrant, describe(*second));
}

void TestProtocol::plainPkce_isRefusedByTheServer()
{
    // A downgrade to the "plain" method (challenge = verifier) must not be accepted.
    const CaughtCallback caught = loginAtServer(m_profile, m_endpoints, [](QUrl *url) {
        QUrlQuery query(*url);
        query.removeQueryItem("code_challenge_method");
        query.addQueryItem("code_challenge_method", "plain");
        url->setQuery(query);
    });
    QVERIFY2(caught.error.isEmpty(), qPrintable(caught.error));
    const Callback callback = Callback::parse(caught.url, m_profile.redirectUri,
                                              caught.request.state);
    QVERIFY2(callback.result == Callback::Result::ServerError, qPrintable(callback.message()));
    QCOMPARE(callback.error, QStringLiteral("invalid_request"));
    QCOMPARE(m_server.stats()["token_requests"].toInt(), 0);
}

void TestProtocol::tamperedState_isStateMismatch_data()
{
    QTest::addColumn<bool>("tamperUrl"); // else the expected state differs
    QTest::addRow("state in the redirect replaced") << true;
    QTest::addRow("redirect from another sign-in attempt") << false;
}

void TestProtocol::tamperedState_isStateMismatch()
{
    QFETCH(bool, tamperUrl);
    const CaughtCallback caught = loginAtServer(m_profile, m_endpoints);
    QVERIFY2(caught.error.isEmpty(), qPrintable(caught.error));

    QUrl received = caught.url;
    QByteArray expectedState = caught.request.state;
    if (tamperUrl) {
        QUrlQuery query(received);
        query.removeQueryItem("state");
        query.addQueryItem("state", "attacker-chosen-state");
        received.setQuery(query);
    } else {
        expectedState = AuthorizationRequest::create(m_profile, m_endpoints).state;
    }
    const Callback callback = Callback::parse(received, m_profile.redirectUri, expectedState);
    QVERIFY2(callback.result == Callback::Result::StateMismatch, qPrintable(callback.message()));
    QVERIFY(callback.code.isEmpty());
}

void TestProtocol::cancelledLogin_isAccessDenied()
{
    const AuthorizationRequest request = AuthorizationRequest::create(m_profile, m_endpoints);
    QNetworkAccessManager browser;
    HttpLogin login(&browser);
    QString error;
    const QUrl caught = login.denyAndCatchRedirect(request.url, m_profile.redirectUri, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const Callback callback = Callback::parse(caught, m_profile.redirectUri, request.state);
    QVERIFY2(callback.result == Callback::Result::ServerError, qPrintable(callback.message()));
    QCOMPARE(callback.error, QStringLiteral("access_denied"));
    QVERIFY(callback.code.isEmpty());
}

void TestProtocol::wrongPassword_showsTheFormAgain()
{
    const AuthorizationRequest request = AuthorizationRequest::create(m_profile, m_endpoints);
    QNetworkAccessManager browser;
    HttpLogin login(&browser);
    QString error;
    const QByteArray page = login.loginExpectingPage(request.url, m_profile.redirectUri,
                                                     TestServer::username(), "wrong", &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(page.contains("Wrong email or password."));
    QVERIFY(!HttpLogin::formAction(page, request.url).isEmpty());
}

void TestProtocol::revocation_killsTheRefreshToken()
{
    TokenClient client(&m_nam);
    QString error;
    const TokenResult tokens = signInForTokens(&client, m_profile, m_endpoints, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(tokens.ok(), describe(tokens));

    RevocationClient revocation(&m_nam);
    const auto revoked = awaitResult<RevocationResult>([&](auto done) {
        revocation.revoke(m_endpoints.revocation, m_profile.clientId,
                          tokens.response.refreshToken, done);
    });
    QVERIFY(revoked);
    QVERIFY2(revoked->ok(), qPrintable(revoked->message));
    QCOMPARE(revoked->httpStatus, 200);
    QCOMPARE(m_server.stats()["revocations"].toInt(), 1);

    const auto after = refreshToken(&client, m_endpoints, m_profile.clientId,
                                    tokens.response.refreshToken);
    QVERIFY(after);
    QVERIFY2(after->kind == TokenResult::Kind::InvalidGrant, describe(*after));
}

void TestProtocol::revocationOfUnknownToken_isRevoked()
{
    // RFC 7009 2.2: an invalid token is answered with 200 as well.
    RevocationClient revocation(&m_nam);
    const auto revoked = awaitResult<RevocationResult>([&](auto done) {
        revocation.revoke(m_endpoints.revocation, m_profile.clientId, "never-issued", done);
    });
    QVERIFY(revoked);
    QVERIFY2(revoked->ok(), qPrintable(revoked->message));
}

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
