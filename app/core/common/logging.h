#pragma once

#include <QLoggingCategory>

// One category per area, info level by default; switch with QT_LOGGING_RULES,
// e.g. QT_LOGGING_RULES="signin.*.debug=true". Log keys and states, never values:
// no token, code, verifier or state ever reaches a log line.
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcNetwork)
Q_DECLARE_LOGGING_CATEGORY(lcKeychain)
Q_DECLARE_LOGGING_CATEGORY(lcConfig)
Q_DECLARE_LOGGING_CATEGORY(lcSession)
Q_DECLARE_LOGGING_CATEGORY(lcCli)
Q_DECLARE_LOGGING_CATEGORY(lcUi)
