#pragma once

#include "fly_path.h"

#include "core/map_state.h"

#include <QSizeF>

namespace flank::story {

// The views between two steps: the camera flies (see FlyPath) while the date runs from one
// step's date to the next, so statuses change on the map as the dates of their steps pass.
// Everything else (treaty, selection, theme, captions) switches halfway.
class StoryTransition
{
public:
    // `fromExtent` and `toExtent` are the extents actually shown (a state's empty extent
    // resolved to the default view); `viewport` is the output's size.
    StoryTransition(const core::MapState& from, const core::MapState& to, const QRectF& fromExtent,
                    const QRectF& toExtent, const QSizeF& viewport);

    // The view at progress t in [0, 1]; exactly `from` at 0 and `to` at 1.
    core::MapState at(double t) const;
    // How long the flight should take for `baseSeconds` per step: longer flights take a little
    // longer, so every flight moves at a speed the eye can follow.
    double seconds(double baseSeconds) const;

private:
    core::MapState m_from;
    core::MapState m_to;
    QRectF m_fromExtent;
    QRectF m_toExtent;
    FlyPath m_path;
    bool m_sameCrs;
};

} // namespace flank::story
