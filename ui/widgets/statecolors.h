#pragma once

#include "session/statusreport.h"

#include <QColor>
#include <QPalette>

// Colours for a profile's state that read well on light and dark palettes: the hue
// says the state, the lightness follows the palette's window colour so the pill never
// glares on a dark theme or fades on a light one. The state is always also written in
// words next to it: colour alone says nothing to a colour-blind person.
namespace StateColors {
QColor background(ProfileStatus::State state, const QPalette &palette);
QColor foreground(ProfileStatus::State state, const QPalette &palette);
bool isDark(const QPalette &palette);
} // namespace StateColors
