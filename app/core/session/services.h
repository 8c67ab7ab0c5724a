#pragma once

#include "auth/discovery.h"
#include "auth/revocationclient.h"
#include "auth/tokenclient.h"
#include "storage/profilestore.h"
#include "storage/sessionstate.h"
#include "storage/tokenstore.h"

#include <QNetworkAccessManager>
#include <QObject>

// The long-lived parts every flow needs, made once per process (the GUI keeps one for
// its lifetime, a CLI command for its run). One network manager so that connections
// and the discovery cache are shared.
class Services : public QObject
{
public:
    explicit Services(QObject *parent = nullptr);

    QNetworkAccessManager network;
    DiscoveryClient discovery;
    TokenClient tokenClient;
    RevocationClient revocation;
    TokenStore tokens;
    ProfileStore profiles;
    SessionStateStore states;
};
