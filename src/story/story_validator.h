#pragma once

#include "story.h"

#include "core/issue.h"
#include "posture/dataset.h"

namespace flank::story {

// Checks a story against the facts it is shown with: every step has a date, shows treaties the
// dataset knows, and selects a state the dataset has. Issues carry the step's JSON Pointer.
core::Issues validateStory(const Story& story, const posture::Dataset& dataset,
                           const QString& file);

} // namespace flank::story
