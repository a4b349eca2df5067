#include "spin_box_name.h"

#include <QAbstractSpinBox>
#include <QLineEdit>

namespace flank::ui {

void nameSpinBox(QAbstractSpinBox* box, const QString& name)
{
    box->setAccessibleName(name);
    if (auto* text = box->findChild<QLineEdit*>())
        text->setAccessibleName(name);
}

} // namespace flank::ui
