#pragma once

#include "config/profile.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

// "Test connection" in the profile editor: asks the tenant, in plain words,
//  1. does it answer (its discovery document),
//  2. does it offer PKCE with S256 and offline_access (refresh tokens),
//  3. does it accept this client id and redirect URI - only /authorize can say, so it is
//     asked (redirects not followed): a redirect to the login page means yes; an error
//     page or an error= redirect means the client or callback is not registered.
// It never signs in and stores nothing.
class ConnectionCheck : public QObject
{
    Q_OBJECT
public:
    enum class Verdict { Yes, No, Unknown };
    struct Result
    {
        Verdict tenant = Verdict::Unknown;
        Verdict s256 = Verdict::Unknown;
        Verdict offlineAccess = Verdict::Unknown;
        Verdict redirectAllowed = Verdict::Unknown;
        QStringList lines; // translated, one per point, for the person
        bool ok() const
        {
            return tenant == Verdict::Yes && s256 != Verdict::No && offlineAccess != Verdict::No
                && redirectAllowed == Verdict::Yes;
        }
    };

    static constexpr int TimeoutMs = 10000;

    explicit ConnectionCheck(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~ConnectionCheck() override;

    void start(const Profile &profile, std::function<void(const Result &)> done);
    bool isRunning() const { return bool(m_done); }

private:
    void onDiscovery(QNetworkReply *reply);
    void checkAuthorize(const QUrl &authorizeEndpoint);
    void onAuthorize(QNetworkReply *reply);
    void finish();

    QNetworkAccessManager *m_nam;
    QPointer<QNetworkReply> m_reply;
    Profile m_profile;
    Result m_result;
    std::function<void(const Result &)> m_done;
};
