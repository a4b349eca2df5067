#pragma once

#include "dataset.h"

#include "core/issue.h"

#include <QByteArray>
#include <QString>

namespace flank::posture {

// The newest formatVersion this build reads; a higher one is refused.
constexpr int kPostureFormatVersion = 1;

struct LoadResult
{
    Dataset dataset; // every record that was valid, even when there are errors
    core::Issues issues;
};

// Reads and checks a posture file (docs/posture-format.md). Never throws; every problem is an
// issue with the file, line and column, and a bad record is skipped while the rest load.
LoadResult loadDataset(const QString& path);
// The same for bytes already in memory; `fileName` names them in issues.
LoadResult parseDataset(const QByteArray& data, const QString& fileName);

} // namespace flank::posture
