#pragma once

#include "core/comparison_options.h"
#include "core/map_state.h"

#include <QString>

#include <optional>

namespace flank::story {

// One slide of a story: what the map shows, and what the briefer says about it.
struct StoryStep
{
    core::MapState state;
    QString title;
    QString caption;
    bool showAnnotations = true;
    QString annotationsFile; // relative to the story file; empty = none
    // Several maps of the step's view on one slide; kind None shows the one map.
    core::ComparisonRequest comparison;
    // How long a video of the story holds the step; unset: kDefaultSeconds.
    std::optional<double> seconds;

    static constexpr double kDefaultSeconds = 5.0;
    static constexpr double kMinSeconds = 0.5, kMaxSeconds = 600.0;

    friend bool operator==(const StoryStep&, const StoryStep&) = default;
};

} // namespace flank::story
