#pragma once

#include "core/map_state.h"

#include <QString>

namespace flank::story {

// One slide of a story: what the map shows, and what the briefer says about it.
struct StoryStep
{
    core::MapState state;
    QString title;
    QString caption;
    bool showAnnotations = true;
    QString annotationsFile; // relative to the story file; empty = none

    friend bool operator==(const StoryStep&, const StoryStep&) = default;
};

} // namespace flank::story
