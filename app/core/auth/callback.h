#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QUrl>

// The navigation the login window caught, read as an authorization response
// (RFC 6749 4.1.2, response_mode=query).
//
//     const Callback cb = Callback::parse(caughtUrl, profile.redirectUri, request.state);
//     switch (cb.result) { case Callback::Result::Code: exchange cb.code; ... default: show cb.message(); }
//
// Order of the checks, first failing one wins:
//   1. not exactly the redirect URI (scheme, host, port, path)   -> NotTheRedirect
//   2. protocol parameters in the fragment, or a duplicated one -> Malformed
//   3. state absent or different                                -> StateMismatch
//      (even when an "error" is present: a response we did not ask for is not the
//       server's word, so its error text is never shown)
//   4. "error" present                                          -> ServerError
//   5. no code                                                  -> Malformed
struct Callback
{
    Q_DECLARE_TR_FUNCTIONS(Callback)

public:
    enum class Result { Code, ServerError, NotTheRedirect, StateMismatch, Malformed };

    Result result = Result::Malformed;
    QByteArray code;            // only for Code; a secret, never log it
    QString error;              // the server's "error", e.g. access_denied (ServerError)
    QString errorDescription;   // the server's "error_description" (ServerError)

    // Translated text for the person signing in.
    QString message() const;

    // True when candidate is the redirect URI: same scheme, host (case-insensitive),
    // port (the scheme's default port counts as given) and path, and no userinfo.
    // Never a prefix match: oauth.powerbi.com.evil.example or
    // /views/oauthredirect.html.evil are not it. The query is not compared (it
    // carries the response).
    static bool matchesRedirect(const QUrl &candidate, const QUrl &redirectUri);

    static Callback parse(const QUrl &received, const QUrl &redirectUri, const QByteArray &expectedState);
};
