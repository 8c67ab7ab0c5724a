#include "statecolors.h"

namespace {
int hueOf(ProfileStatus::State state)
{
    switch (state) {
    case ProfileStatus::State::SignedIn: return 130;           // green
    case ProfileStatus::State::NeedsSignIn: return 35;         // amber
    case ProfileStatus::State::KeychainUnavailable: return 280; // violet
    case ProfileStatus::State::Error: return 0;                // red
    case ProfileStatus::State::SignedOut: return -1;           // grey
    }
    return -1;
}
} // namespace

namespace StateColors {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor background(ProfileStatus::State state, const QPalette &palette)
{
    const int hue = hueOf(state);
    const bool dark = isDark(palette);
    if (hue < 0)
        return dark ? QColor::fromHsl(0, 0, 80) : QColor::fromHsl(0, 0, 225);
    return dark ? QColor::fromHsl(hue, 110, 60) : QColor::fromHsl(hue, 170, 215);
}

QColor foreground(ProfileStatus::State state, const QPalette &palette)
{
    const int hue = hueOf(state);
    const bool dark = isDark(palette);
    if (hue < 0)
        return dark ? QColor::fromHsl(0, 0, 235) : QColor::fromHsl(0, 0, 45);
    return dark ? QColor::fromHsl(hue, 200, 220) : QColor::fromHsl(hue, 200, 55);
}

} // namespace StateColors
