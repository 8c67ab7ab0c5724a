#pragma once

#include <QString>

// What a person must change in Power BI Desktop before it loads an unsigned connector
// (translated). Shown by `connector install` and by the window's connector builder, so
// both say the same thing in the same words.
QString dataExtensionsNote();
