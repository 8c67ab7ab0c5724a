#pragma once

#include <QEventLoop>

#include <optional>

// Runs an asynchronous operation to its end from a command-line command:
//
//   const RefreshOutcome outcome = waitFor<RefreshOutcome>([&](auto done) {
//       refresher.accessToken(profile, 60, false, done);
//   });
//
// Safe when the operation answers synchronously (a cached discovery document does).
template <typename Result, typename Start>
Result waitFor(Start start)
{
    std::optional<Result> result;
    QEventLoop loop;
    start([&](const Result &value) {
        result = value;
        loop.quit();
    });
    if (!result)
        loop.exec();
    return *result;
}
