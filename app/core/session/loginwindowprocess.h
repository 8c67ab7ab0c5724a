#pragma once

#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QSize>
#include <QUrl>

#include <functional>

// Runs the login window, a separate process (the only one that links Qt WebEngine, so
// its few hundred MB are gone when it exits), and hands back the callback URL it caught.
//
// stdout: the caught callback URL, one line; the options and exit codes are in
// LoginWindowContract.
//
// The process never sees the PKCE verifier or a token: only the authorize URL.
class LoginWindowProcess : public QObject
{
    Q_OBJECT
public:
    struct Result
    {
        enum class Kind { Caught, Cancelled, Failed };
        Kind kind = Kind::Failed;
        QUrl callback;   // for Caught
        QString message; // for Failed (translated, secret-free)
    };

    explicit LoginWindowProcess(QObject *parent = nullptr);
    ~LoginWindowProcess() override;

    // Where the login window executable is ($SIGNIN_LOGIN_EXE first; HelperProgram).
    static QString executablePath();

    void start(const QUrl &authorizeUrl, const QUrl &redirectUri, const QSize &windowSize,
               const QString &title, std::function<void(const Result &)> done);
    bool isRunning() const;
    void raise();  // bring the running window to the front
    void cancel(); // close the window: the result is Cancelled

private:
    void finish(int exitCode, QProcess::ExitStatus status);

    QProcess *m_process = nullptr;
    std::function<void(const Result &)> m_done;
    QByteArray m_stdout;
    QByteArray m_stderr;
};
