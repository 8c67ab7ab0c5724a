#include "auth/httpform.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

// Form encoding decides whether a code or refresh token reaches the server intact:
// a "+" sent raw would arrive as a space, a raw "&" would cut the value in two.
class TestHttpForm : public QObject
{
    Q_OBJECT

private slots:
    void formEncode_data();
    void formEncode();
    void formEncode_keepsEveryByteOfAValue();
    void parseRetryAfter_data();
    void parseRetryAfter();
};

void TestHttpForm::formEncode_data()
{
    QTest::addColumn<FormFields>("fields");
    QTest::addColumn<QByteArray>("expected");

    QTest::addRow("no fields") << FormFields{} << QByteArray("");
    QTest::addRow("one plain field")
        << FormFields{{"grant_type", "refresh_token"}} << QByteArray("grant_type=refresh_token");
    QTest::addRow("fields joined with &")
        << FormFields{{"a", "1"}, {"b", "2"}, {"c", "3"}} << QByteArray("a=1&b=2&c=3");
    QTest::addRow("unreserved characters stay")
        << FormFields{{"v", "AZaz09-._~"}} << QByteArray("v=AZaz09-._~");
    QTest::addRow("plus in a code is escaped")
        << FormFields{{"code", "a+b"}} << QByteArray("code=a%2Bb");
    QTest::addRow("ampersand and equals in a value are escaped")
        << FormFields{{"code", "a&b=c"}} << QByteArray("code=a%26b%3Dc");
    QTest::addRow("space becomes plus")
        << FormFields{{"scope", "openid offline_access"}} << QByteArray("scope=openid+offline_access");
    QTest::addRow("percent and slash are escaped")
        << FormFields{{"v", "100%/x"}} << QByteArray("v=100%25%2Fx");
    QTest::addRow("redirect URI is escaped as a whole")
        << FormFields{{"redirect_uri", "https://oauth.powerbi.com/views/oauthredirect.html"}}
        << QByteArray("redirect_uri=https%3A%2F%2Foauth.powerbi.com%2Fviews%2Foauthredirect.html");
    QTest::addRow("UTF-8 bytes are percent-encoded")
        << FormFields{{"name", QString::fromUtf8("Zoë").toUtf8()}} << QByteArray("name=Zo%C3%AB");
    QTest::addRow("empty value keeps its name")
        << FormFields{{"audience", ""}, {"x", "1"}} << QByteArray("audience=&x=1");
    QTest::addRow("names are escaped too")
        << FormFields{{"a b&c", "1"}} << QByteArray("a+b%26c=1");
}

void TestHttpForm::formEncode()
{
    QFETCH(FormFields, fields);
    QFETCH(QByteArray, expected);
    QCOMPARE(::formEncode(fields), expected);
}

void TestHttpForm::formEncode_keepsEveryByteOfAValue()
{
    // Decoding as a server does (split on &, =, then "+" -> space, percent-decode)
    // must give back all 256 byte values.
    QByteArray all;
    for (int i = 0; i < 256; ++i)
        all += char(i);
    const QByteArray encoded = ::formEncode({{"v", all}, {"w", "end"}});
    const QList<QByteArray> pairs = encoded.split('&');
    QCOMPARE(pairs.size(), 2);
    QVERIFY(pairs[0].startsWith("v="));
    QByteArray value = pairs[0].mid(2);
    value.replace('+', ' ');
    QCOMPARE(QByteArray::fromPercentEncoding(value), all);
}

void TestHttpForm::parseRetryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("expected");

    QTest::addRow("absent") << QByteArray() << -1;
    QTest::addRow("delta seconds") << QByteArray("120") << 120;
    QTest::addRow("delta seconds with spaces") << QByteArray(" 7 ") << 7;
    QTest::addRow("zero") << QByteArray("0") << 0;
    QTest::addRow("negative is unreadable") << QByteArray("-5") << -1;
    QTest::addRow("huge delta is capped at a week") << QByteArray("99999999") << 7 * 24 * 3600;
    QTest::addRow("HTTP date 90 s ahead") << QByteArray("Wed, 01 Jan 2025 12:01:30 GMT") << 90;
    QTest::addRow("HTTP date in the past") << QByteArray("Wed, 01 Jan 2025 11:00:00 GMT") << 0;
    QTest::addRow("garbage") << QByteArray("soon") << -1;
}

void TestHttpForm::parseRetryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(int, expected);
    const QDateTime now(QDate(2025, 1, 1), QTime(12, 0, 0), QTimeZone::utc());
    QCOMPARE(::parseRetryAfter(header, now), expected);
}

QTEST_GUILESS_MAIN(TestHttpForm)
#include "tst_httpform.moc"
