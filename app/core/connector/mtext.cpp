#include "mtext.h"

namespace {
// Characters that would break a line or are invisible in review: M treats U+0085,
// U+2028 and U+2029 as line breaks too.
bool needsUnicodeEscape(QChar c)
{
    const char16_t u = c.unicode();
    return u < 0x20 || u == 0x7F || u == 0x85 || u == 0x2028 || u == 0x2029;
}

QString unicodeEscape(QChar c)
{
    const QString hex = QString::number(c.unicode(), 16).toUpper();
    return QLatin1String("#(") + hex.rightJustified(4, QLatin1Char('0')) + QLatin1Char(')');
}
}

QString mTextLiteral(const QString &value)
{
    QString out;
    out.reserve(value.size() + 2);
    out += QLatin1Char('"');
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('"')) {
            out += QLatin1String("\"\"");
        } else if (c == QLatin1Char('#') && i + 1 < value.size()
                   && value.at(i + 1) == QLatin1Char('(')) {
            // "#(#)" is the escape for "#"; the "(" that follows is then plain text.
            out += QLatin1String("#(#)");
        } else if (c == QLatin1Char('\r')) {
            out += QLatin1String("#(cr)");
        } else if (c == QLatin1Char('\n')) {
            out += QLatin1String("#(lf)");
        } else if (c == QLatin1Char('\t')) {
            out += QLatin1String("#(tab)");
        } else if (needsUnicodeEscape(c)) {
            out += unicodeEscape(c);
        } else {
            out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}
