#pragma once

#include <QString>

// The person's Documents folder as Windows knows it (FOLDERID_Documents), which follows
// OneDrive and roaming-profile redirection; "%USERPROFILE%\Documents" does not.
// Empty on systems where Power BI Desktop does not run (everything but Windows).
// Implemented per platform: documentsfolder_win.cpp, documentsfolder_other.cpp.
QString windowsDocumentsFolder();
