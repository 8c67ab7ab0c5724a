#pragma once

#include <QIcon>

// The program's icon at every size the installer renders (resources/icons/hicolor), so it
// is sharp at any scale factor without the SVG image plugin.
namespace AppIcon {
QIcon icon();
}
