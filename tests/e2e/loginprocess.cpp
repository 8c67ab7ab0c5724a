#include "loginprocess.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QHostAddress>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTest>

LoginProcess::LoginProcess()
{
    QObject::connect(&m_process, &QProcess::readyReadStandardOutput, &m_process,
                     [this] { m_stdout += m_process.readAllStandardOutput(); });
    QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process, [this] {
        const QByteArray chunk = m_process.readAllStandardError();
        m_stderr += chunk;
        // Shown as it comes, so that a failing run tells what the window saw.
        fputs(chunk.constData(), stderr);
    });
}

LoginProcess::~LoginProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

quint16 LoginProcess::freePort()
{
    // Chromium's DevTools server needs a fixed, free port (0 is refused and a busy
    // one fails silently): take one from the OS and give it back.
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool LoginProcess::start(const QStringList &arguments, const QString &extraChromiumFlags)
{
    const QString exe = qEnvironmentVariable("SIGNIN_LOGIN_EXE");
    if (exe.isEmpty())
        return false;
    m_debugPort = freePort();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QTWEBENGINE_REMOTE_DEBUGGING", QString("127.0.0.1:%1").arg(m_debugPort));
    env.insert("QTWEBENGINE_CHROMIUM_FLAGS",
               QStringLiteral("--disable-gpu") + (extraChromiumFlags.isEmpty() ? QString() : " " + extraChromiumFlags));
    env.remove("QT_QPA_PLATFORM"); // the real xcb window under Xvfb
    m_process.setProcessEnvironment(env);
    m_clock.start();
    m_process.start(exe, arguments);
    return m_process.waitForStarted(10000);
}

bool LoginProcess::waitForExit(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (m_process.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(20);
    m_stdout += m_process.readAllStandardOutput();
    return m_process.state() == QProcess::NotRunning;
}

LoginDriver::~LoginDriver()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

bool LoginDriver::start(quint16 debugPort, const QString &mode, const QStringList &extraArguments)
{
    QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process, [this] {
        const QByteArray chunk = m_process.readAllStandardError();
        m_stderr += chunk;
        fputs(chunk.constData(), stderr);
    });
    const QString script = QDir(qEnvironmentVariable("SIGNIN_TESTS_DIR")).filePath("e2e/driver/login.mjs");
    m_process.start("node", QStringList{script, "--cdp", QString("http://127.0.0.1:%1").arg(debugPort),
                                        "--mode", mode} + extraArguments);
    return m_process.waitForStarted(10000);
}

QJsonObject LoginDriver::waitForEvent(const QString &name, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        m_buffer += m_process.readAllStandardOutput();
        for (qsizetype end = m_buffer.indexOf('\n'); end >= 0; end = m_buffer.indexOf('\n')) {
            const QJsonObject event = QJsonDocument::fromJson(m_buffer.left(end)).object();
            m_buffer.remove(0, end + 1);
            if (event.value("event").toString() == name)
                return event;
        }
        if (m_process.state() == QProcess::NotRunning && m_process.bytesAvailable() == 0)
            return {};
        QTest::qWait(20);
    }
    return {};
}

bool LoginDriver::waitForExit(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (m_process.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(20);
    return m_process.state() == QProcess::NotRunning;
}
