#include "storage/profilename.h"

#include <QRegularExpression>

namespace ProfileName {

bool isValid(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("\\A[A-Za-z0-9._-]{1,64}\\z"));
    // "." and ".." are in the alphabet but name folders, not profiles.
    return pattern.match(name).hasMatch() && name != QLatin1String(".")
           && name != QLatin1String("..");
}

} // namespace ProfileName
