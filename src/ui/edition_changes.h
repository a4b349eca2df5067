#pragma once

#include "posture/dataset.h"

#include <QDate>

class QWidget;

namespace flank::ui {

// Whether `newer` is a later edition of the dataset `older` shows: the same format, a later
// "asOf".
bool isNewerEdition(const posture::Dataset& older, const posture::Dataset& newer);

// Tells what changed from one edition to the next: records added, removed and changed, and
// the states whose status on `day` differs.
void showEditionChanges(QWidget* window, const posture::Dataset& older,
                        const posture::Dataset& newer, QDate day);

} // namespace flank::ui
