#pragma once

#include "story_step.h"

#include <QList>
#include <QString>

namespace flank::story {

// An ordered walk through the map, saved as a `.flankstory` file (docs/story-format.md).
struct Story
{
    static constexpr double kDefaultTransitionSeconds = 2.0;

    QString title;
    bool transitions = true; // animate between steps; off cuts straight to the next view
    double transitionSeconds = kDefaultTransitionSeconds;
    QList<StoryStep> steps;

    friend bool operator==(const Story&, const Story&) = default;
};

} // namespace flank::story
