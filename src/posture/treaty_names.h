#pragma once

#include "treaty.h"

namespace flank::posture {

// The short name of a treaty in the interface language: the atlas's own treaties ("ottawa",
// "ccm") by their translated names, any other by the dataset's name (or its id when it has
// none). A dataset that renames one of them keeps its own wording.
QString treatyShortName(const Treaty& treaty);
// The same for a treaty known only by id (a record naming a treaty the dataset lacks).
QString treatyShortName(const Treaty* treaty, const QString& id);

} // namespace flank::posture
