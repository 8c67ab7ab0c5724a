#include "documentsfolder.h"

// Power BI Desktop is a Windows program: elsewhere there is no folder it reads.
QString windowsDocumentsFolder()
{
    return {};
}
