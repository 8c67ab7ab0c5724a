#include "logging.h"

Q_LOGGING_CATEGORY(lcAuth, "signin.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcNetwork, "signin.network", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeychain, "signin.keychain", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConfig, "signin.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSession, "signin.session", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCli, "signin.cli", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "signin.ui", QtInfoMsg)
