#pragma once

#include <QString>
#include <QTranslator>

#include <memory>

class QWidget;

namespace GuiTestSupport {
// Saves widget->grab() to $SIGNIN_ARTIFACTS_DIR/screenshots/<name>.png; returns the path.
QString saveScreenshot(QWidget *widget, const QString &name);
// The program's German translation (and Qt's own, for standard buttons) when built;
// empty when the translations are not there yet.
std::unique_ptr<QTranslator> germanTranslator();
} // namespace GuiTestSupport
