#pragma once

#include <QString>

namespace Diagnostics {

// The last line of defence before a support report leaves the program. The report is
// built from non-secret facts only; this catches what slipped in anyway (a server's
// error text quoting a token, a value pasted into a setting) by replacing:
//  - anything shaped like a JWT: three base64url segments, the first "eyJ..." or all
//    long enough not to be a host name or a version number;
//  - any base64url run of 32 characters or more (opaque tokens, codes, verifiers);
//  - the value after code=, access_token=, refresh_token=, id_token=, code_verifier=,
//    and after the same names as JSON keys;
//  - a "Bearer" credential.
// Each is replaced by redactedMarker().
QString redact(const QString &text);

QString redactedMarker();

} // namespace Diagnostics
