#include "isolatedenvironment.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>
#include <memory>

namespace {

const QStringList kLanguages = {QStringLiteral("de"), QStringLiteral("fr"),
                                QStringLiteral("es"), QStringLiteral("ja")};

struct Message
{
    QString context;
    QString source;
    QString translationType; // "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per numerus form
    bool numerus = false;
};

// A small reader of lupdate's XML: contexts, messages and their translation forms.
QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = Message{context, {}, {}, {},
                                  xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                current.translationType = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus)
                    current.translations << xml.readElementText();
            } else if (name == QLatin1String("numerusform")) {
                current.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QString tsPath(const QString &language)
{
    return qEnvironmentVariable("SIGNIN_SOURCE_DIR")
           + QStringLiteral("/translations/connector-signin_%1.ts").arg(language);
}

QString key(const Message &message)
{
    return message.context + QStringLiteral(" / ") + message.source;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(?:\\d+|n)"));
    QSet<QString> found;
    for (const auto &match : pattern.globalMatch(text))
        found.insert(match.captured());
    return found;
}

QString describe(const QStringList &items)
{
    QStringList shown = items.mid(0, 5);
    if (items.size() > 5)
        shown << QStringLiteral("… %1 more").arg(items.size() - 5);
    return shown.join(QStringLiteral("\n  "));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void everyEntryIsTranslated_data();
    void everyEntryIsTranslated();
    void placeholdersAreKept_data();
    void placeholdersAreKept();
    void matchesTheSources_data();
    void matchesTheSources();

    void programSpeaksTheChosenLanguage_data();
    void programSpeaksTheChosenLanguage();

private:
    void addLanguageRows();

    std::unique_ptr<IsolatedEnvironment> m_environment;
    QSet<QString> m_sourceKeys;
};

void TestTranslations::initTestCase()
{
    m_environment = std::make_unique<IsolatedEnvironment>();
    QVERIFY2(!qEnvironmentVariable("SIGNIN_SOURCE_DIR").isEmpty(), "SIGNIN_SOURCE_DIR is not set");
    const QString lupdate = qEnvironmentVariable("SIGNIN_LUPDATE");
    QVERIFY2(QFileInfo(lupdate).isExecutable(), qPrintable(QStringLiteral("no lupdate at ") + lupdate));

    // What the sources say today: the same lupdate run as translations/update.sh, into
    // a scratch file.
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString fresh = scratch.filePath(QStringLiteral("fresh_de.ts"));
    const QString root = qEnvironmentVariable("SIGNIN_SOURCE_DIR");
    QProcess process;
    process.setWorkingDirectory(root);
    process.start(lupdate, {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"),
                            QStringLiteral("-locations"), QStringLiteral("none"),
                            QStringLiteral("-extensions"), QStringLiteral("cpp,h"),
                            QStringLiteral("app"), QStringLiteral("ui"),
                            QStringLiteral("-ts"), fresh});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    QString error;
    const QList<Message> messages = readTs(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const Message &message : messages)
        m_sourceKeys.insert(key(message));
    // A sanity floor: an empty scan would make matchesTheSources meaningless.
    QVERIFY2(m_sourceKeys.size() > 100, qPrintable(QString::number(m_sourceKeys.size())));
}

void TestTranslations::addLanguageRows()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : kLanguages)
        QTest::addRow("%s", qPrintable(language)) << language;
}

void TestTranslations::everyEntryIsTranslated_data()
{
    addLanguageRows();
}

void TestTranslations::everyEntryIsTranslated()
{
    QFETCH(QString, language);
    QString error;
    const QList<Message> messages = readTs(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());

    QStringList unfinished;
    QStringList stale;
    QStringList empty;
    for (const Message &message : messages) {
        if (message.translationType == QLatin1String("unfinished"))
            unfinished << key(message);
        else if (message.translationType == QLatin1String("vanished")
                 || message.translationType == QLatin1String("obsolete"))
            stale << key(message);
        else if (message.translations.isEmpty()
                 || std::any_of(message.translations.cbegin(), message.translations.cend(),
                                [](const QString &t) { return t.trimmed().isEmpty(); }))
            empty << key(message);
    }
    QVERIFY2(unfinished.isEmpty(), qPrintable(QStringLiteral("unfinished:\n  ") + describe(unfinished)));
    QVERIFY2(stale.isEmpty(), qPrintable(QStringLiteral("vanished or obsolete (run translations/update.sh):\n  ")
                                         + describe(stale)));
    QVERIFY2(empty.isEmpty(), qPrintable(QStringLiteral("empty translation:\n  ") + describe(empty)));
}

void TestTranslations::placeholdersAreKept_data()
{
    addLanguageRows();
}

void TestTranslations::placeholdersAreKept()
{
    QFETCH(QString, language);
    QString error;
    const QList<Message> messages = readTs(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QStringList broken;
    for (const Message &message : messages) {
        const QSet<QString> wanted = placeholders(message.source);
        for (const QString &translation : message.translations) {
            const QSet<QString> got = placeholders(translation);
            // Japanese has one plural form, and it may say the number once; every
            // numbered placeholder must be there, and no new one may appear.
            if (got != wanted) {
                broken << key(message) + QStringLiteral(" -> ") + translation;
                break;
            }
        }
    }
    QVERIFY2(broken.isEmpty(), qPrintable(QStringLiteral("placeholders differ:\n  ") + describe(broken)));
}

void TestTranslations::matchesTheSources_data()
{
    addLanguageRows();
}

void TestTranslations::matchesTheSources()
{
    QFETCH(QString, language);
    QString error;
    const QList<Message> messages = readTs(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QSet<QString> committed;
    for (const Message &message : messages)
        committed.insert(key(message));
    QStringList missing = (m_sourceKeys - committed).values();
    QStringList extra = (committed - m_sourceKeys).values();
    missing.sort();
    extra.sort();
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("in the sources, not translated (run translations/update.sh):\n  ")
                                           + describe(missing)));
    QVERIFY2(extra.isEmpty(), qPrintable(QStringLiteral("no longer in the sources (run translations/update.sh):\n  ")
                                         + describe(extra)));
}

void TestTranslations::programSpeaksTheChosenLanguage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("environmentLanguage");
    QTest::addColumn<QString>("expected");

    const QString german = QStringLiteral("Es ist kein Profil eingerichtet.");
    const QString english = QStringLiteral("No profile is configured.");
    QTest::addRow("--lang de before the command")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("status")}
        << QString() << german;
    QTest::addRow("--lang=de after the command")
        << QStringList{QStringLiteral("status"), QStringLiteral("--lang=de")} << QString() << german;
    QTest::addRow("environment variable")
        << QStringList{QStringLiteral("status")} << QStringLiteral("de") << german;
    QTest::addRow("--lang en wins over the environment")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("status")}
        << QStringLiteral("de") << english;
    QTest::addRow("French")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("status")}
        << QString() << QStringLiteral("Aucun profil n'est configuré.");
    QTest::addRow("Spanish")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("es"), QStringLiteral("status")}
        << QString() << QStringLiteral("No hay ningún perfil configurado.");
    QTest::addRow("Japanese")
        << QStringList{QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("status")}
        << QString() << QStringLiteral("プロファイルが設定されていません。");
}

void TestTranslations::programSpeaksTheChosenLanguage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, environmentLanguage);
    QFETCH(QString, expected);

    QProcessEnvironment environment = m_environment->processEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QString());
    environment.remove(QStringLiteral("CONNECTOR_SIGNIN_LANG"));
    if (!environmentLanguage.isEmpty())
        environment.insert(QStringLiteral("CONNECTOR_SIGNIN_LANG"), environmentLanguage);

    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(qEnvironmentVariable("SIGNIN_MAIN_EXE"), arguments);
    QVERIFY(process.waitForFinished(30000));
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(process.exitStatus() == QProcess::NormalExit,
             qPrintable(QString::fromUtf8(process.readAllStandardError())));
    QVERIFY2(output.contains(expected), qPrintable(output));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
