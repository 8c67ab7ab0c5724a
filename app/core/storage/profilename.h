#pragma once

#include <QString>

// Profile names become settings groups, keychain keys and lock-file names, so they
// are kept to a portable, path-safe alphabet: [A-Za-z0-9._-]{1,64}.
namespace ProfileName {

bool isValid(const QString &name);

} // namespace ProfileName
