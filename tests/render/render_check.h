#pragma once

#include <QImage>
#include <QString>

namespace flank::test {

// Compares a rendered image with tests/render/reference/<name>.png: each channel may differ by
// `channelTolerance`, and at most `maxDifferingShare` of the pixels may differ beyond that.
// On failure writes <name>_actual.png and <name>_diff.png next to the build's tests and says
// where. FLANK_UPDATE_REFERENCES=1 rewrites the reference instead (never in CI).
struct RenderCheck
{
    bool passed = false;
    QString message;
};

// Whether FLANK_UPDATE_REFERENCES may rewrite the reference from this image: a picture read
// back from another format (SVG) is compared with the raster one's reference, never its source.
enum class ReferenceUpdate
{
    Allowed,
    Never,
};

RenderCheck compareToReference(const QImage& actual, const QString& name, int channelTolerance = 8,
                               double maxDifferingShare = 0.001,
                               ReferenceUpdate update = ReferenceUpdate::Allowed);

// The largest difference of one channel between two colors.
int channelDelta(QRgb a, QRgb b);

// How many pixels of two same-sized images differ by more than `channelTolerance` in a channel.
qint64 pixelsDiffering(const QImage& a, const QImage& b, int channelTolerance);

} // namespace flank::test
