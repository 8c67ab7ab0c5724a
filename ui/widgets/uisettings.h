#pragma once

// The window's own preferences, in the user's settings (beside the profiles).
namespace UiSettings {
// Closing the window keeps background refresh running in the tray (default on).
bool keepRunningInTray();
void setKeepRunningInTray(bool keep);
} // namespace UiSettings
