#pragma once

#include <QString>

// Power Query M text literals for values that come from a profile (client id, audience,
// issuer...). Whatever the value holds, the literal must parse as exactly one text
// value: a quote, a line break or "#(" must never end the literal or start M code.
//
//   mTextLiteral(QStringLiteral("a\"b#(c"))  ->  "a""b#(#)(c"
//
// M spec, text literals: `"` is written `""`; `#(` starts an escape sequence, so a
// literal `#(` is `#(#)(`; `#(cr)`, `#(lf)`, `#(tab)` and `#(XXXX)` (four hex digits)
// name characters. Control and line-separator characters are escaped so the generated
// document stays one literal per line and readable in review.
QString mTextLiteral(const QString &value);
