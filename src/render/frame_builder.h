#pragma once

#include "map_frame.h"

#include "posture/dataset.h"

namespace flank::render {

// Turns a view into a frame: the statuses of every state in the dataset on the view's date,
// from Dataset::statusOn, plus the names and sources the decorations print.
MapFrame buildFrame(const core::MapState& state, const posture::Dataset& dataset,
                    const QSizeF& size, double dpi = 96.0);

} // namespace flank::render
