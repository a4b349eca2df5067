#pragma once

#include "core/comparison_options.h"
#include "core/issue.h"
#include "posture/record_reader.h"

#include <QJsonObject>

#include <optional>

namespace flank::story {

// A step's "compare" object (docs/story-format.md): {"dates": [D1, D2]}, {"multiples": [D1, ...]
// or "yearly:FIRST-LAST", "columns": n} or {"treaties": true}.

// Reads `node`; nullopt after reporting each problem at its line and column through `step`.
std::optional<core::ComparisonRequest> readStepComparison(const core::JsonNode& node,
                                                          posture::RecordReader& step,
                                                          const QString& file,
                                                          core::Issues& issues);

QJsonObject stepComparisonToJson(const core::ComparisonRequest& comparison);

// What is wrong with the comparison's dates and columns, as the story's key names them; an empty
// string when nothing is.
QString stepComparisonProblem(const core::ComparisonRequest& comparison);

} // namespace flank::story
