#include "connector/mtext.h"

#include <QTest>

// Reads an M text literal back the way the M language specification defines it, so
// that every row checks the round trip, not only one spelling of the output.
static bool decodeMTextLiteral(const QString &literal, QString *value)
{
    if (literal.size() < 2 || !literal.startsWith('"') || !literal.endsWith('"'))
        return false;
    const QString body = literal.mid(1, literal.size() - 2);
    QString out;
    for (qsizetype i = 0; i < body.size(); ++i) {
        const QChar c = body.at(i);
        if (c == '"') {
            if (i + 1 >= body.size() || body.at(i + 1) != '"')
                return false; // a lone quote would end the literal early
            out += '"';
            ++i;
        } else if (c == '#' && i + 1 < body.size() && body.at(i + 1) == '(') {
            const qsizetype close = body.indexOf(')', i + 2);
            if (close < 0)
                return false;
            const QString name = body.mid(i + 2, close - i - 2);
            bool hex = false;
            const uint code = name.toUInt(&hex, 16);
            if (name == "cr")
                out += '\r';
            else if (name == "lf")
                out += '\n';
            else if (name == "tab")
                out += '\t';
            else if (name == "#")
                out += '#';
            else if ((name.size() == 4 || name.size() == 8) && hex)
                out += QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1);
            else
                return false;
            i = close;
        } else if (c == '\r' || c == '\n' || c.unicode() == 0x2028 || c.unicode() == 0x2029
                   || c.unicode() == 0x85) {
            return false; // legal in M, but the generator promises one line per literal
        } else {
            out += c;
        }
    }
    *value = out;
    return true;
}

class TestMText : public QObject
{
    Q_OBJECT
private slots:
    void literal_data();
    void literal();
    void roundTrip_data();
    void roundTrip();
};

void TestMText::literal_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");

    QTest::addRow("empty") << "" << R"("")";
    QTest::addRow("plain client id") << "abc123" << R"("abc123")";
    QTest::addRow("URL") << "https://tenant.eu.auth0.com/" << R"("https://tenant.eu.auth0.com/")";
    QTest::addRow("quote doubled") << R"(a"b)" << R"("a""b")";
    QTest::addRow("only a quote") << R"(")" << R"("""")";
    QTest::addRow("escape start made inert") << "a#(lf)b" << R"("a#(#)(lf)b")";
    QTest::addRow("two escape starts") << "#(#(" << R"("#(#)(#(#)(")";
    QTest::addRow("hash alone stays") << "a#b#" << R"("a#b#")";
    QTest::addRow("hash hash paren") << "##(" << R"("##(#)(")";
    QTest::addRow("carriage return") << "a\rb" << R"("a#(cr)b")";
    QTest::addRow("line feed") << "a\nb" << R"("a#(lf)b")";
    QTest::addRow("CRLF") << "a\r\nb" << R"("a#(cr)#(lf)b")";
    QTest::addRow("tab") << "a\tb" << R"("a#(tab)b")";
    QTest::addRow("NUL") << QString(QChar(0)) << "\"#(0000)\"";
    QTest::addRow("escape char 0x1B") << QString(QChar(0x1B)) << "\"#(001B)\"";
    QTest::addRow("DEL") << QString(QChar(0x7F)) << "\"#(007F)\"";
    QTest::addRow("NEL line break") << QString(QChar(0x85)) << "\"#(0085)\"";
    QTest::addRow("line separator") << QString(QChar(0x2028)) << "\"#(2028)\"";
    QTest::addRow("paragraph separator") << QString(QChar(0x2029)) << "\"#(2029)\"";
    QTest::addRow("code injection attempt")
        << R"("&Text.From(1)&")" << R"("""&Text.From(1)&""")";
    QTest::addRow("non-ASCII kept") << "Zürich – 東京" << R"("Zürich – 東京")";
}

void TestMText::literal()
{
    QFETCH(QString, value);
    QFETCH(QString, expected);
    QCOMPARE(mTextLiteral(value), expected);
}

void TestMText::roundTrip_data()
{
    QTest::addColumn<QString>("value");

    QTest::addRow("hostile mix")
        << QString::fromUtf8("x\"; shared Evil = 1; y = \"#(lf)#(\r\n\t\u2028");
    QTest::addRow("escape look-alikes") << "#(cr)#(tab)#(0041)#(#)";
    QTest::addRow("closing quote at end") << "abc\"";
    QTest::addRow("emoji outside BMP") << QString::fromUtf8("key 🔑");
    QTest::addRow("every control character") << [] {
        QString s;
        for (char16_t c = 0; c < 0x20; ++c)
            s += QChar(c);
        return s;
    }();
}

void TestMText::roundTrip()
{
    QFETCH(QString, value);
    const QString literal = mTextLiteral(value);
    QString decoded;
    QVERIFY2(decodeMTextLiteral(literal, &decoded), qPrintable(literal));
    QCOMPARE(decoded, value);
}

QTEST_GUILESS_MAIN(TestMText)
#include "tst_mtext.moc"
