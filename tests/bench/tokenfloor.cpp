// The floor for sign-in completion: what finishing a sign-in cannot do without,
// done directly — one token request (authorization_code + PKCE verifier, a raw
// QNetworkAccessManager POST) and one keychain write of the refresh token.
//   bench-token-floor ISSUER     prints "floor-ms <ms>" on stdout
// The code comes from the test server's login form over HTTP (untimed), like the
// http-login-window stand-in gets it for `connector-signin sign-in`; an untimed keychain
// read first opens the Secret Service session, as `sign-in` has by then.
#include "auth/authorizationrequest.h"
#include "auth/callback.h"
#include "auth/providerendpoints.h"
#include "config/profile.h"
#include "httplogin.h"
#include "testserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrlQuery>
#include <qt6keychain/keychain.h>

#include <cstdio>

namespace {
const QString service = QStringLiteral("Connector Sign-In bench floor");
const QString key = QStringLiteral("floor/refresh_token");

int fail(const QString &why)
{
    std::fprintf(stderr, "bench-token-floor: %s\n", qPrintable(why));
    return 1;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2)
        return fail(QStringLiteral("usage: bench-token-floor ISSUER"));

    Profile profile;
    profile.name = QStringLiteral("bench-floor");
    profile.issuer = QUrl(app.arguments().at(1));
    profile.clientId = TestServer::clientId();
    const ProviderEndpoints endpoints = ProviderEndpoints::auth0Defaults(profile.issuer);
    const AuthorizationRequest request = AuthorizationRequest::create(profile, endpoints);

    QNetworkAccessManager nam;
    QString error;
    const QUrl caught = HttpLogin(&nam).loginAndCatchRedirect(
        request.url, profile.redirectUri, TestServer::username(), TestServer::password(), &error);
    const Callback callback = Callback::parse(caught, profile.redirectUri, request.state);
    if (callback.code.isEmpty())
        return fail(QStringLiteral("no authorization code: ") + error);

    // Untimed: a first keychain contact, as `sign-in` makes before it opens the login
    // window (it reads the old refresh token), so that both sides write to a Secret
    // Service session that is already open.
    {
        auto *warmUp = new QKeychain::ReadPasswordJob(service);
        warmUp->setKey(key);
        QEventLoop wait;
        QObject::connect(warmUp, &QKeychain::Job::finished, &wait, &QEventLoop::quit);
        warmUp->start();
        wait.exec();
    }

    QElapsedTimer timer;
    timer.start();
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    form.addQueryItem(QStringLiteral("client_id"), profile.clientId);
    form.addQueryItem(QStringLiteral("code"), QString::fromLatin1(callback.code));
    form.addQueryItem(QStringLiteral("code_verifier"), QString::fromLatin1(request.pkce.verifier));
    form.addQueryItem(QStringLiteral("redirect_uri"), profile.redirectUri.toString(QUrl::FullyEncoded));
    QNetworkRequest post(endpoints.token);
    post.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/x-www-form-urlencoded"));
    post.setRawHeader("Accept", "application/json");
    QNetworkReply *reply = nam.post(post, form.query(QUrl::FullyEncoded).toLatin1());

    int code = 1;
    QObject::connect(reply, &QNetworkReply::finished, &app, [&] {
        reply->deleteLater();
        const QByteArray refreshToken =
            QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("refresh_token")).toString().toLatin1();
        if (refreshToken.isEmpty()) {
            fail(QStringLiteral("no refresh token in the answer"));
            app.exit(1);
            return;
        }
        auto *write = new QKeychain::WritePasswordJob(service);
        write->setInsecureFallback(false);
        write->setKey(key);
        write->setBinaryData(refreshToken);
        QObject::connect(write, &QKeychain::Job::finished, &app, [&](QKeychain::Job *job) {
            const qint64 ms = timer.nsecsElapsed() / 1000;
            if (job->error() != QKeychain::NoError) {
                fail(QStringLiteral("keychain write failed: ") + job->errorString());
                app.exit(1);
                return;
            }
            std::printf("floor-ms %.3f\n", double(ms) / 1000.0);
            std::fflush(stdout);
            // Untimed clean-up: leave nothing in the keychain.
            auto *remove = new QKeychain::DeletePasswordJob(service);
            remove->setKey(key);
            QObject::connect(remove, &QKeychain::Job::finished, &app, [&] { app.exit(0); });
            remove->start();
        });
        write->start();
    });
    code = app.exec();
    return code;
}
