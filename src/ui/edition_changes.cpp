#include "edition_changes.h"

namespace flank::ui {

bool isNewerEdition(const posture::Dataset& older, const posture::Dataset& newer)
{
    return !older.format().isEmpty() && older.format() == newer.format() &&
           older.asOf().isValid() && newer.asOf().isValid() && older.asOf() < newer.asOf();
}

void showEditionChanges(QWidget* window, const posture::Dataset& older,
                        const posture::Dataset& newer, QDate day)
{
    // The comparison of two editions belongs to the posture layer; this is where its list is
    // shown once it is there.
    Q_UNUSED(window);
    Q_UNUSED(older);
    Q_UNUSED(newer);
    Q_UNUSED(day);
}

} // namespace flank::ui
