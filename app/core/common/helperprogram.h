#pragma once

#include <QString>

// Where one of the program's own helper executables is: the window program and the
// login window. Looked up, in order, in
//   $<environmentVariable>                       (tests and benchmarks)
//   next to the running program                   (Windows, macOS, a plain copy)
//   ../libexec/connector-signin/                  (the Linux package)
//   ../<buildTreeFolder>/, ../../<buildTreeFolder>/ (the build tree, e.g. "ui/login")
// baseName has no ".exe"; it is added on Windows. Returns the first candidate that is
// executable, else the first one that was tried, so that an error can name it.
namespace HelperProgram {

QString path(const QString &baseName, const char *environmentVariable,
             const QString &buildTreeFolder);

} // namespace HelperProgram
