#pragma once

// The command line of connector-signin-login (ui/login), the one home of what both
// sides rely on: LoginWindowProcess starts it with these options and reads these exit
// codes; LoginOptions parses the same names.
//
//   connector-signin-login --url <authorize URL> --redirect-uri <URI to catch>
//       [--width 1200] [--height 1000] [--title <profile label>]
//       [--persistent-profile <dir>]
namespace LoginWindowContract {

inline constexpr char UrlOption[] = "url";
inline constexpr char RedirectUriOption[] = "redirect-uri";
inline constexpr char WidthOption[] = "width";
inline constexpr char HeightOption[] = "height";
inline constexpr char TitleOption[] = "title";
inline constexpr char PersistentProfileOption[] = "persistent-profile";

// Exit codes; the same numbers as the command line's where the meaning is the same.
enum class Exit : int {
    CallbackCaught = 0, // the callback URL is on stdout
    Failure = 1,        // a message is on stderr
    UsageError = 2,     // a message is on stderr
    Cancelled = 6,      // the person closed the window, or the parent went away
};

} // namespace LoginWindowContract
