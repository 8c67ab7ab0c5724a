#include "services.h"

Services::Services(QObject *parent)
    : QObject(parent)
    , discovery(&network)
    , tokenClient(&network)
    , revocation(&network)
{
    // Tests shorten the network timeouts to exercise a slow server in seconds.
    bool ok = false;
    const int timeoutMs = qEnvironmentVariableIntValue("SIGNIN_HTTP_TIMEOUT_MS", &ok);
    if (ok && timeoutMs > 0) {
        discovery.setTimeout(timeoutMs);
        tokenClient.setTimeout(timeoutMs);
        revocation.setTimeout(timeoutMs);
    }
}
