#pragma once

#include "atlas_data.h"

#include "core/issue.h"

#include <QList>
#include <QString>

namespace flank::render {

// A data file the window could not use at start, and what it shows instead.
struct DataFailure
{
    enum class File
    {
        Countries,
        Posture
    };
    File file = File::Posture;
    QString path;
    core::Issues issues;  // why, with line and column where the file has lines
    bool bundled = false; // the copy that came with the program
    QString replacement;  // the bundled copy shown instead; empty when none was usable
};

struct AtlasLoad
{
    AtlasData data; // its issues are those of every file read, failed ones included
    QList<DataFailure> failures;
};

// Loads the country outlines and the posture data for the window. A user's copy
// ($FLANK_DATA_DIR) that cannot be used is set aside for the bundled one, and each file that
// failed is named in `failures`. Never throws: when the bundled copy fails too, the data are
// empty and the window still works.
AtlasLoad loadAtlasWithFallback();

// Whether a dataset has what the map needs to color states: a treaty and a state.
bool isUsable(const posture::Dataset& dataset);

} // namespace flank::render
