#include "appicon.h"

QIcon AppIcon::icon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/ui/icons/%1x%1/apps/connector-signin.png").arg(size), QSize(size, size));
    return icon;
}
