#include "refreshpolicy.h"

#include <QtGlobal>

#include <algorithm>

namespace RefreshPolicy {

QDateTime nextRefresh(const QDateTime &now, const QDateTime &accessTokenExpiresAt,
                      const QDateTime &lastRefreshAt)
{
    QDateTime next = (lastRefreshAt.isValid() ? lastRefreshAt : now).addSecs(MaxIntervalSeconds);
    if (accessTokenExpiresAt.isValid()) {
        const qint64 lifetime = lastRefreshAt.isValid()
            ? lastRefreshAt.secsTo(accessTokenExpiresAt)
            : now.secsTo(accessTokenExpiresAt);
        const qint64 margin = std::min(ExpiryMarginSeconds, std::max<qint64>(lifetime / 4, 0));
        next = std::min(next, accessTokenExpiresAt.addSecs(-margin));
    }
    return std::max(next, now);
}

qint64 backoffSeconds(int attempt, double unitRandom, int retryAfterSeconds)
{
    const int exponent = qBound(0, attempt, 20);
    const qint64 ceiling = std::min(BackoffCapSeconds, BackoffBaseSeconds << exponent);
    const double draw = qBound(0.0, unitRandom, 1.0);
    qint64 delay = BackoffBaseSeconds + qint64(draw * double(ceiling - BackoffBaseSeconds));
    if (retryAfterSeconds > 0)
        delay = std::max<qint64>(delay, std::min<qint64>(retryAfterSeconds, 24 * 60 * 60));
    return delay;
}

bool isOverdue(const QDateTime &now, const QDateTime &scheduled)
{
    return scheduled.isValid() && scheduled <= now;
}

} // namespace RefreshPolicy
