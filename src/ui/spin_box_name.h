#pragma once

#include <QString>

class QAbstractSpinBox;

namespace flank::ui {

// Names a spin box or date field for screen readers: the box and the editor inside it, which
// is what takes the focus and so what a screen reader asks.
void nameSpinBox(QAbstractSpinBox* box, const QString& name);

} // namespace flank::ui
