#include "testserver.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

TestServer::TestServer(const QStringList &extraArguments)
    : m_arguments(extraArguments)
{
}

TestServer::~TestServer()
{
    stop();
}

bool TestServer::start()
{
    const QString script = qEnvironmentVariable("SIGNIN_TEST_SERVER");
    if (script.isEmpty()) {
        m_error = "SIGNIN_TEST_SERVER is not set (run the test through ctest)";
        return false;
    }
    // The server's log goes to our stderr so that a failing test shows what it saw.
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start("node", QStringList{script, "--port", "0"} + m_arguments);
    if (!m_process.waitForStarted(10000)) {
        m_error = "cannot start node: " + m_process.errorString();
        return false;
    }
    const QDeadlineTimer deadline(30000);
    QByteArray output;
    while (!deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(int(deadline.remainingTime()))
            && m_process.state() != QProcess::Running)
            break;
        output += m_process.readAllStandardOutput();
        const int at = output.indexOf("READY ");
        const int end = output.indexOf('\n', at);
        if (at >= 0 && end > at) {
            m_issuer = QUrl(QString::fromUtf8(output.mid(at + 6, end - at - 6).trimmed()));
            return m_issuer.isValid();
        }
    }
    m_error = "the test server did not report READY: " + QString::fromUtf8(output);
    return false;
}

void TestServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

QUrl TestServer::url(const QString &path) const
{
    return m_issuer.resolved(QUrl(path));
}

bool TestServer::setFault(const QString &endpoint, const QString &kind, int count,
                          const QJsonObject &extra)
{
    QJsonObject body = extra;
    body["endpoint"] = endpoint;
    body["kind"] = kind;
    body["count"] = count;
    return !call("POST", "__test/fault", body).contains("error");
}

bool TestServer::configure(const QJsonObject &config)
{
    return !call("POST", "__test/config", config).contains("error");
}

bool TestServer::revokeAll()
{
    return !call("POST", "__test/revoke-all").contains("error");
}

bool TestServer::resetStats()
{
    return !call("POST", "__test/reset-stats").contains("error");
}

QJsonObject TestServer::stats()
{
    return call("GET", "__test/stats");
}

QJsonObject TestServer::call(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url(path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json");
    request.setTransferTimeout(10000);
    QNetworkReply *reply = method == "GET"
        ? manager.get(request)
        : manager.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    if (reply->error() != QNetworkReply::NoError) {
        m_error = path + ": " + reply->errorString();
        return QJsonObject{{"error", m_error}};
    }
    return QJsonDocument::fromJson(reply->readAll()).object();
}
