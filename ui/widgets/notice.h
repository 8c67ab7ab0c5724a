#pragma once

#include <QString>

// What the controller tells the window to show in its banner. Widgets decide how it
// looks; the controller only says how serious it is.
struct Notice
{
    enum class Kind { Info, Positive, Warning, Error };
    Kind kind = Kind::Info;
    QString text; // translated, secret-free
};
