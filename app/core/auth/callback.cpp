#include "auth/callback.h"

#include "auth/randomtoken.h"
#include "common/logging.h"

#include <QHash>
#include <QList>
#include <QPair>

namespace {
using Parameter = QPair<QString, QByteArray>;

// The parameters whose duplication makes a response ambiguous (which one to believe?).
const char *const ProtocolKeys[] = {"code", "state", "error", "error_description"};

// application/x-www-form-urlencoded, as RFC 6749 Appendix B asks: "+" is a space.
// QUrlQuery does not do this, and servers built on URLSearchParams encode spaces as "+".
QByteArray formDecode(QByteArray encoded)
{
    encoded.replace('+', ' ');
    return QByteArray::fromPercentEncoding(encoded);
}

QList<Parameter> parseForm(const QString &encoded)
{
    QList<Parameter> parameters;
    const QList<QByteArray> pairs = encoded.toLatin1().split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const qsizetype equals = pair.indexOf('=');
        const QByteArray key = equals < 0 ? pair : pair.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        parameters.append({QString::fromUtf8(formDecode(key)), formDecode(value)});
    }
    return parameters;
}

int defaultPort(const QString &scheme)
{
    if (scheme == QLatin1String("https"))
        return 443;
    if (scheme == QLatin1String("http"))
        return 80;
    return -1;
}

QString normalizedPath(const QUrl &url)
{
    const QString path = url.path(QUrl::FullyEncoded);
    return path.isEmpty() ? QStringLiteral("/") : path;
}

Callback make(Callback::Result result)
{
    Callback callback;
    callback.result = result;
    return callback;
}
} // namespace

bool Callback::matchesRedirect(const QUrl &candidate, const QUrl &redirectUri)
{
    if (!candidate.isValid() || !redirectUri.isValid() || candidate.host().isEmpty())
        return false;
    if (!candidate.userInfo().isEmpty())
        return false;
    const QString scheme = candidate.scheme().toLower();
    if (scheme != redirectUri.scheme().toLower())
        return false;
    if (candidate.host(QUrl::FullyEncoded).compare(redirectUri.host(QUrl::FullyEncoded), Qt::CaseInsensitive) != 0)
        return false;
    const int port = defaultPort(scheme);
    if (candidate.port(port) != redirectUri.port(port))
        return false;
    return normalizedPath(candidate) == normalizedPath(redirectUri);
}

Callback Callback::parse(const QUrl &received, const QUrl &redirectUri, const QByteArray &expectedState)
{
    if (!matchesRedirect(received, redirectUri)) {
        qCInfo(lcAuth) << "callback: navigation is not the redirect URI";
        return make(Result::NotTheRedirect);
    }

    // We ask for response_mode=query; protocol parameters in the fragment mean an
    // implicit-flow answer or a tampered URL, neither of which we accept.
    const QList<Parameter> fragment = parseForm(received.fragment(QUrl::FullyEncoded));
    for (const Parameter &parameter : fragment) {
        if (parameter.first == QLatin1String("code") || parameter.first == QLatin1String("state")
            || parameter.first == QLatin1String("error") || parameter.first.endsWith(QLatin1String("_token"))) {
            qCWarning(lcAuth) << "callback: protocol parameter" << parameter.first << "in the fragment";
            return make(Result::Malformed);
        }
    }

    const QList<Parameter> parameters = parseForm(received.query(QUrl::FullyEncoded));
    QHash<QString, QByteArray> values;
    for (const Parameter &parameter : parameters) {
        for (const char *key : ProtocolKeys) {
            if (parameter.first == QLatin1String(key) && values.contains(parameter.first)) {
                qCWarning(lcAuth) << "callback: duplicated parameter" << parameter.first;
                return make(Result::Malformed);
            }
        }
        values.insert(parameter.first, parameter.second);
    }

    if (!constantTimeEquals(values.value(QStringLiteral("state")), expectedState)) {
        qCWarning(lcAuth) << "callback: state missing or different; response ignored";
        return make(Result::StateMismatch);
    }

    if (values.contains(QStringLiteral("error"))) {
        Callback callback = make(Result::ServerError);
        callback.error = QString::fromUtf8(values.value(QStringLiteral("error")));
        callback.errorDescription = QString::fromUtf8(values.value(QStringLiteral("error_description")));
        qCInfo(lcAuth) << "callback: server error" << callback.error;
        return callback;
    }

    const QByteArray code = values.value(QStringLiteral("code"));
    if (code.isEmpty()) {
        qCWarning(lcAuth) << "callback: no code";
        return make(Result::Malformed);
    }
    Callback callback = make(Result::Code);
    callback.code = code;
    qCInfo(lcAuth) << "callback: code received";
    return callback;
}

QString Callback::message() const
{
    switch (result) {
    case Result::Code:
        return tr("Signed in; finishing the sign-in.");
    case Result::ServerError:
        if (error == QLatin1String("access_denied") && errorDescription.isEmpty())
            return tr("Sign-in was cancelled or access was denied.");
        if (errorDescription.isEmpty())
            return tr("The sign-in server refused the sign-in (%1).").arg(error);
        return tr("The sign-in server refused the sign-in: %1 (%2)").arg(errorDescription, error);
    case Result::NotTheRedirect:
        return tr("The sign-in page went to an unexpected address. Check the redirect URI in the profile and in the Auth0 application.");
    case Result::StateMismatch:
        return tr("The sign-in response did not belong to this sign-in attempt and was ignored. Please sign in again.");
    case Result::Malformed:
        break;
    }
    return tr("The sign-in server sent an incomplete or malformed response. Please sign in again.");
}
