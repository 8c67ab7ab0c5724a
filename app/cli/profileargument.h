#pragma once

#include "config/profile.h"

#include <QTextStream>

#include <optional>

class ProfileStore;

// Loads the profile a command was asked for, or explains on `err` why it cannot
// (unknown name with the known ones listed, or configuration problems): exit code 2.
std::optional<Profile> loadProfileArgument(const ProfileStore &store, const QString &name,
                                           QTextStream &err, bool mustBeUsable = true);
