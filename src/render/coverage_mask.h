#pragma once

#include <QImage>
#include <QPointF>
#include <QRect>

#include <vector>

namespace flank::render {

// Thick segments of one opaque color, antialiased by their distance to each pixel's centre and
// blended onto a 32-bit picture in one pass. A pixel takes the largest coverage any segment
// gives it, so segments that meet or overlap are inked once: joins come out round with no care
// and no seam, and a pixel's value depends on the segments over it alone, not on how the
// picture is cut into strips or bands.
class CoverageMask
{
public:
    // Segments in device pixels; `halfWidth` to each side. An end is round unless flat, where
    // the segment stops square at that end's point.
    struct Segment
    {
        QPointF from, to;
        double halfWidth = 0;
        bool flatFrom = false, flatTo = false;
    };

    void add(const Segment& segment) { m_segments.push_back(segment); }

    // Whether blendOnto() can draw on `image`: 32-bit premultiplied or opaque pixels.
    static bool suits(const QImage& image);

    // Blends `color` (opaque) onto the pixels of `image` inside `clip` (device pixels) by each
    // pixel's coverage.
    void blendOnto(QImage& image, QRgb color, const QRect& clip) const;

    // A line on a casing around the same axes, in one pass: `casing` as blendOnto() draws the
    // segments (all with round ends, one width), then `line`, `lineHalfWidth` to each side.
    void blendCasedOnto(QImage& image, QRgb casing, QRgb line, double lineHalfWidth,
                        const QRect& clip) const;

private:
    QRect areaOn(const QImage& image, const QRect& clip) const;

    std::vector<Segment> m_segments;
};

} // namespace flank::render
