#include "command.h"

#include "config/profile.h"

QCommandLineOption Command::profileOption()
{
    return QCommandLineOption(QStringLiteral("profile"),
                              tr("The connection profile to use (default: \"%1\").")
                                  .arg(QLatin1String(Profile::DefaultName)),
                              tr("name"), QLatin1String(Profile::DefaultName));
}

QCommandLineOption Command::jsonOption()
{
    return QCommandLineOption(QStringLiteral("json"), tr("Print JSON for scripts."));
}

QString Command::profileName(const QCommandLineParser &parser)
{
    return parser.value(QStringLiteral("profile"));
}
