#include "documentsfolder.h"

#include <QDir>

#include <shlobj.h>
#include <windows.h>

QString windowsDocumentsFolder()
{
    PWSTR path = nullptr;
    QString result;
    if (SUCCEEDED(SHGetKnownFolderPath(FOLDERID_Documents, KF_FLAG_DEFAULT, nullptr, &path)))
        result = QDir::fromNativeSeparators(QString::fromWCharArray(path));
    CoTaskMemFree(path); // required even when the call fails
    return result;
}
