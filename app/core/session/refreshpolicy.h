#pragma once

#include <QDateTime>

// When to refresh, and how long to wait after a transient failure. Pure functions of
// their inputs (the clock and the random draw are passed in), so they are unit-tested.
namespace RefreshPolicy {

// Refresh this long before the access token expires: long enough to survive a slow
// network and clock skew, short enough not to waste the token.
constexpr qint64 ExpiryMarginSeconds = 5 * 60;
// Refresh at least this often while running, so the refresh token's inactivity lifetime
// (Auth0: configurable, often days) never runs out even with day-long access tokens.
constexpr qint64 MaxIntervalSeconds = 12 * 60 * 60;

constexpr qint64 BackoffBaseSeconds = 5;
constexpr qint64 BackoffCapSeconds = 15 * 60;

// The next time to refresh: before expiry with a margin (a quarter of the lifetime when
// that is shorter), and no later than MaxIntervalSeconds after the last refresh.
// Never earlier than `now`.
QDateTime nextRefresh(const QDateTime &now, const QDateTime &accessTokenExpiresAt,
                      const QDateTime &lastRefreshAt);

// Exponential backoff with "full jitter": a delay drawn uniformly from
// [base, min(cap, base * 2^attempt)]. `unitRandom` is a draw in [0, 1).
// A server's Retry-After, when given, is a floor.
qint64 backoffSeconds(int attempt, double unitRandom, int retryAfterSeconds = -1);

// A timer that should have fired long ago (the machine slept) must not wait again.
bool isOverdue(const QDateTime &now, const QDateTime &scheduled);

} // namespace RefreshPolicy
