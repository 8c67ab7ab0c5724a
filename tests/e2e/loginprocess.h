#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

// The login window process (SIGNIN_LOGIN_EXE) started the way SignInFlow starts it,
// with a free DevTools port so that LoginDriver can reach its page.
class LoginProcess
{
public:
    LoginProcess();
    ~LoginProcess();

    // extraChromiumFlags are appended to --disable-gpu in QTWEBENGINE_CHROMIUM_FLAGS.
    bool start(const QStringList &arguments, const QString &extraChromiumFlags = {});
    bool waitForExit(int timeoutMs = 60000);
    void closeStdin() { m_process.closeWriteChannel(); }
    void write(const QByteArray &bytes) { m_process.write(bytes); }

    QProcess &process() { return m_process; }
    quint16 debugPort() const { return m_debugPort; }
    qint64 elapsedMs() const { return m_clock.elapsed(); }
    int exitCode() const { return m_process.exitCode(); }
    QProcess::ExitStatus exitStatus() const { return m_process.exitStatus(); }
    QByteArray standardOutput() const { return m_stdout; }
    QByteArray standardError() const { return m_stderr; }

    static quint16 freePort();

private:
    QProcess m_process;
    quint16 m_debugPort = 0;
    QElapsedTimer m_clock;
    QByteArray m_stdout;
    QByteArray m_stderr;
};

// tests/e2e/driver/login.mjs: fills the real form in the login window over the
// DevTools protocol, and reports what it did as JSON lines.
class LoginDriver
{
public:
    ~LoginDriver();

    bool start(quint16 debugPort, const QString &mode, const QStringList &extraArguments = {});
    // Waits for {"event": name}; returns it, or an empty object on timeout/exit.
    QJsonObject waitForEvent(const QString &name, int timeoutMs = 90000);
    void release() { m_process.write("go\n"); }
    bool waitForExit(int timeoutMs = 30000);
    int exitCode() const { return m_process.exitCode(); }
    QByteArray standardError() const { return m_stderr; }

private:
    QProcess m_process;
    QByteArray m_buffer;
    QByteArray m_stderr;
};
