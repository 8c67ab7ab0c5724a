#pragma once

#include <QtGlobal>

// Closes another process's top-level window the way a window manager does when the
// person clicks the close button: a WM_DELETE_WINDOW client message (ICCCM 4.2.8.1).
// X11 only (Xvfb in the tests). Returns false when no mapped window of pid was found.
bool closeWindowOfProcess(qint64 pid);
