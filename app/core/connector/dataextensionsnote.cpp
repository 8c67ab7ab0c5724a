#include "dataextensionsnote.h"

#include <QCoreApplication>

QString dataExtensionsNote()
{
    // The "ConnectorCommand" context keeps the translations made when the CLI alone
    // showed this text.
    return QCoreApplication::translate(
        "ConnectorCommand",
        "Power BI Desktop loads an unsigned connector only when File > Options and "
        "settings > Options > Security > Data Extensions is set to \"Allow any "
        "extension to load without validation or warning\". Restart Power BI Desktop "
        "to pick up the connector.");
}
