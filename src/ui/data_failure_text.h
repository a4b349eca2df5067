#pragma once

#include "core/issue.h"
#include "render/atlas_loading.h"

#include <QString>

// What the window tells the user about data it could not use: the file, the place in it and
// what to do. Plain text.
namespace flank::ui {

// The first error (or else the first issue) of a file: "line 17, column 1: …" when it has lines.
QString firstProblem(const core::Issues& issues);

// One paragraph per file that failed at start.
QString describeFailure(const render::DataFailure& failure);

// After opening a dataset: why it could not be used, or how many of its records were skipped.
QString describeUnusableDataset(const QString& path, const core::Issues& issues);
QString describeSkippedRecords(const QString& path, const core::Issues& issues);
// After a save of the opened dataset that the reader refused.
QString describeFailedReload(const QString& path, const core::Issues& issues);

} // namespace flank::ui
