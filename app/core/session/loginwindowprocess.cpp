#include "loginwindowprocess.h"

#include "common/helperprogram.h"
#include "common/logging.h"
#include "loginwindowcontract.h"

#include <QCoreApplication>
#include <QDir>

LoginWindowProcess::LoginWindowProcess(QObject *parent)
    : QObject(parent)
{
}

LoginWindowProcess::~LoginWindowProcess()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(2000);
    }
}

QString LoginWindowProcess::executablePath()
{
    return HelperProgram::path(QStringLiteral("connector-signin-login"), "SIGNIN_LOGIN_EXE",
                               QStringLiteral("ui/login"));
}

void LoginWindowProcess::start(const QUrl &authorizeUrl, const QUrl &redirectUri,
                               const QSize &windowSize, const QString &title,
                               std::function<void(const Result &)> done)
{
    Q_ASSERT(!m_process);
    m_done = std::move(done);
    m_stdout.clear();
    m_stderr.clear();
    m_process = new QProcess(this);
    connect(m_process, &QProcess::readyReadStandardOutput, this,
            [this] { m_stdout += m_process->readAllStandardOutput(); });
    connect(m_process, &QProcess::readyReadStandardError, this,
            [this] { m_stderr += m_process->readAllStandardError(); });
    connect(m_process, &QProcess::finished, this, &LoginWindowProcess::finish);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            finish(-1, QProcess::CrashExit);
    });

    const QString program = executablePath();
    qCInfo(lcSession) << "starting the login window for" << authorizeUrl.host();
    // Stdin stays open: the window closes itself when this process dies and stdin ends.
    const auto option = [](const char *name) { return QStringLiteral("--") + QLatin1String(name); };
    using namespace LoginWindowContract;
    m_process->start(program, {option(UrlOption), authorizeUrl.toString(QUrl::FullyEncoded),
                               option(RedirectUriOption), redirectUri.toString(QUrl::FullyEncoded),
                               option(WidthOption), QString::number(windowSize.width()),
                               option(HeightOption), QString::number(windowSize.height()),
                               option(TitleOption), title});
}

bool LoginWindowProcess::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

void LoginWindowProcess::raise()
{
    if (isRunning())
        m_process->write("raise\n");
}

void LoginWindowProcess::cancel()
{
    if (isRunning())
        m_process->closeWriteChannel(); // the window treats end of input as "closed"
}

void LoginWindowProcess::finish(int exitCode, QProcess::ExitStatus status)
{
    if (!m_process)
        return;
    m_stdout += m_process->readAllStandardOutput();
    m_stderr += m_process->readAllStandardError();
    const QString program = m_process->program();
    const QString startError = m_process->errorString();
    m_process->disconnect(this);
    m_process->deleteLater();
    m_process = nullptr;

    Result result;
    const QByteArray line = m_stdout.trimmed();
    if (status == QProcess::NormalExit && exitCode == 0 && !line.isEmpty()) {
        result.kind = Result::Kind::Caught;
        result.callback = QUrl::fromEncoded(line, QUrl::StrictMode);
    } else if (status == QProcess::NormalExit && exitCode == int(LoginWindowContract::Exit::Cancelled)) {
        result.kind = Result::Kind::Cancelled;
    } else if (exitCode == -1) {
        result.message = tr("The login window could not be started (%1): %2")
                             .arg(QDir::toNativeSeparators(program), startError);
    } else {
        // The login window writes no secrets to stderr, so its last line can be shown.
        const QString detail = QString::fromLocal8Bit(m_stderr.trimmed()).section('\n', -1);
        result.message = detail.isEmpty()
            ? tr("The login window stopped unexpectedly (exit code %1).").arg(exitCode)
            : tr("The login window stopped unexpectedly: %1").arg(detail);
    }
    qCInfo(lcSession) << "login window finished:" << int(result.kind) << "exit" << exitCode;
    auto done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(result);
}
