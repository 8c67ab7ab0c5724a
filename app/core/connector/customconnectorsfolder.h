#pragma once

#include <QString>

// Which folder under [Documents] Power BI Desktop reads custom connectors from.
// Installs from the Microsoft Store have used "Microsoft Power BI Desktop" instead of
// "Power BI Desktop"; the documented one wins when both or neither exist.
//
//   [Documents]/Power BI Desktop/Custom Connectors            if it exists, else
//   [Documents]/Microsoft Power BI Desktop/Custom Connectors  if it exists, else
//   [Documents]/Power BI Desktop/Custom Connectors            (to be created)
//
// Looks at the disk, creates nothing: the caller creates the returned folder.
QString chooseCustomConnectorsFolder(const QString &documentsDir);
