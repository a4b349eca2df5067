#pragma once

#include <QImage>
#include <QString>

namespace flank::test {

// Compares an image with tests/ui/reference/<caseName>.png, allowing a small per-channel
// difference on a small share of pixels. On failure writes <case>_actual.png and
// <case>_diff.png to the build directory and returns a message naming them; an empty string
// means a match. FLANK_UPDATE_REFERENCES=1 rewrites the reference instead.
QString compareToReference(const QImage& image, const QString& caseName, int channelTolerance = 8,
                           double maxDifferingShare = 0.001);

} // namespace flank::test
