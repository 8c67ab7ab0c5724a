#include "auth/tokenclient.h"

#include "common/logging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkRequest>

namespace {

const char *kindName(TokenResult::Kind kind)
{
    switch (kind) {
    case TokenResult::Kind::Success: return "success";
    case TokenResult::Kind::InvalidGrant: return "invalid_grant";
    case TokenResult::Kind::ConfigurationError: return "configuration_error";
    case TokenResult::Kind::TransientError: return "transient_error";
    }
    return "unknown";
}

TokenResult transient(const QString &code, int httpStatus, const QString &detail = {})
{
    TokenResult result;
    result.kind = TokenResult::Kind::TransientError;
    result.error = code;
    result.errorDescription = TokenClient::describe(code, detail);
    result.httpStatus = httpStatus;
    return result;
}

// expires_in is a number per RFC 6749, but some servers send it as a string.
qint64 secondsValue(const QJsonValue &value)
{
    if (value.isDouble())
        return qint64(value.toDouble());
    bool ok = false;
    const qint64 seconds = value.toString().toLongLong(&ok);
    return ok ? seconds : -1;
}

TokenResult parseSuccess(const QJsonObject &json, int httpStatus)
{
    const QByteArray accessToken = json.value(QLatin1String("access_token")).toString().toUtf8();
    if (accessToken.isEmpty())
        return transient(QStringLiteral("malformed"), httpStatus);

    TokenResult result;
    result.kind = TokenResult::Kind::Success;
    result.httpStatus = httpStatus;
    TokenResponse &r = result.response;
    r.accessToken = accessToken;
    r.refreshToken = json.value(QLatin1String("refresh_token")).toString().toUtf8();
    r.idToken = json.value(QLatin1String("id_token")).toString().toUtf8();
    r.tokenType = json.value(QLatin1String("token_type")).toString();
    const qint64 expiresIn = secondsValue(json.value(QLatin1String("expires_in")));
    if (expiresIn >= 0)
        r.expiresAt = QDateTime::currentDateTimeUtc().addSecs(expiresIn);
    r.scopes = json.value(QLatin1String("scope")).toString().split(QLatin1Char(' '),
                                                                 Qt::SkipEmptyParts);
    return result;
}

// A 4xx with an OAuth error object (RFC 6749 5.2).
TokenResult parseError(const QJsonObject &json, int httpStatus)
{
    TokenResult result;
    result.httpStatus = httpStatus;
    result.error = json.value(QLatin1String("error")).toString();
    result.errorDescription = json.value(QLatin1String("error_description")).toString();
    // Only a dead grant means "sign in again"; invalid_client, unauthorized_client,
    // invalid_request, invalid_scope, unsupported_grant_type and anything unknown mean
    // the profile or the tenant's application settings are wrong.
    result.kind = result.error == QLatin1String("invalid_grant")
        ? TokenResult::Kind::InvalidGrant
        : TokenResult::Kind::ConfigurationError;
    if (result.error.isEmpty())
        result.error = QStringLiteral("http_%1").arg(httpStatus);
    if (result.errorDescription.isEmpty())
        result.errorDescription = TokenClient::tr("The sign-in server refused the request (%1).")
                                      .arg(result.error);
    return result;
}

TokenResult interpret(const HttpExchange &http)
{
    if (http.timedOut)
        return transient(QStringLiteral("timeout"), 0);
    if (http.tooLarge)
        return transient(QStringLiteral("malformed"), http.httpStatus);
    const int status = http.httpStatus;
    if (status == 0)
        return transient(QStringLiteral("network"), 0, http.networkErrorString);
    if (status >= 300 && status < 400) {
        TokenResult result;
        result.kind = TokenResult::Kind::ConfigurationError;
        result.error = QStringLiteral("unexpected_redirect");
        result.errorDescription = TokenClient::describe(result.error);
        result.httpStatus = status;
        return result;
    }
    if (status == 429) {
        TokenResult result = transient(QStringLiteral("rate_limited"), status);
        result.retryAfterSeconds = parseRetryAfter(http.retryAfter,
                                                   QDateTime::currentDateTimeUtc());
        return result;
    }
    if (status == 408)
        return transient(QStringLiteral("timeout"), status);
    if (status >= 500)
        return transient(QStringLiteral("server_error"), status);

    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(http.body, &jsonError);
    const bool isObject = jsonError.error == QJsonParseError::NoError && document.isObject();

    if (status >= 400) {
        if (isObject && document.object().contains(QLatin1String("error")))
            return parseError(document.object(), status);
        return parseError(QJsonObject{}, status); // a proxy's page or an empty answer
    }
    if (status == 200 && isObject && http.networkError == QNetworkReply::NoError)
        return parseSuccess(document.object(), status);
    return transient(QStringLiteral("malformed"), status);
}

} // namespace

TokenClient::TokenClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{
}

void TokenClient::setTimeout(int ms)
{
    m_limits.timeoutMs = ms;
}

void TokenClient::exchangeCode(const QUrl &tokenEndpoint, const QString &clientId,
                               const QByteArray &code, const QByteArray &codeVerifier,
                               const QUrl &redirectUri,
                               std::function<void(const TokenResult &)> done)
{
    post(tokenEndpoint, "authorization_code",
         {{QStringLiteral("grant_type"), QByteArrayLiteral("authorization_code")},
          {QStringLiteral("client_id"), clientId.toUtf8()},
          {QStringLiteral("code"), code},
          {QStringLiteral("code_verifier"), codeVerifier},
          {QStringLiteral("redirect_uri"), redirectUri.toString(QUrl::FullyEncoded).toUtf8()}},
         std::move(done));
}

void TokenClient::refresh(const QUrl &tokenEndpoint, const QString &clientId,
                          const QByteArray &refreshToken,
                          std::function<void(const TokenResult &)> done)
{
    post(tokenEndpoint, "refresh_token",
         {{QStringLiteral("grant_type"), QByteArrayLiteral("refresh_token")},
          {QStringLiteral("client_id"), clientId.toUtf8()},
          {QStringLiteral("refresh_token"), refreshToken}},
         std::move(done));
}

void TokenClient::post(const QUrl &tokenEndpoint, const char *grantType, const FormFields &fields,
                       std::function<void(const TokenResult &)> done)
{
    QNetworkRequest request(tokenEndpoint);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");

    qCInfo(lcNetwork) << "token request" << grantType << "to" << tokenEndpoint.host();
    sendBounded(m_nam, request, formEncode(fields), m_limits,
                [grantType, done = std::move(done)](const HttpExchange &http) {
                    const TokenResult result = interpret(http);
                    // Kind, status and the server's error code only: never a value.
                    qCInfo(lcNetwork) << "token response" << grantType << kindName(result.kind)
                                      << "status" << result.httpStatus << result.error;
                    done(result);
                });
}

QString TokenClient::describe(const QString &errorCode, const QString &detail)
{
    QString text;
    if (errorCode == QLatin1String("timeout"))
        text = tr("The sign-in server did not answer in time.");
    else if (errorCode == QLatin1String("network"))
        text = tr("The sign-in server could not be reached.");
    else if (errorCode == QLatin1String("malformed"))
        text = tr("The sign-in server sent an answer that could not be read.");
    else if (errorCode == QLatin1String("server_error"))
        text = tr("The sign-in server had a temporary problem.");
    else if (errorCode == QLatin1String("rate_limited"))
        text = tr("The sign-in server is busy (too many requests).");
    else if (errorCode == QLatin1String("unexpected_redirect"))
        text = tr("The token endpoint redirected the request; check the issuer in the profile.");
    else
        text = tr("The sign-in request failed (%1).").arg(errorCode);
    if (!detail.isEmpty())
        text += QLatin1Char(' ') + detail;
    return text;
}
