#pragma once

#include <QList>
#include <QPainter>
#include <QRectF>

#include <functional>

namespace flank::render {

// Where the bands of a picture meet, kept from one frame to the next: each frame moves the
// edges so that every band takes about as long as the others (the north of the map is
// mostly sea, its south dense with borders).
class BandLayout
{
public:
    // The first row of each band and the end of the last, for `rows` rows in `count` bands.
    QList<int> edges(int rows, int count) const;
    // Learns from the time each band of `edges` took.
    void learn(const QList<int>& edges, const QList<double>& seconds);

private:
    QList<double> m_fractions; // inner edges as fractions of the height
};

// Paints a picture in horizontal bands at once, one thread per band, when `painter` draws
// straight onto a QImage (the window's buffer, a PNG or GeoTIFF export, the benchmark), or
// onto the rectangle of it the painter is clipped to (an export's strip), also when the painter
// is moved to that rectangle (a map of a sheet).
// `paintBand` gets a painter for its band, in the same coordinates as `painter`, the band's
// area in those coordinates, and the band's number: 0 runs on the calling thread, each other
// number on a thread of its own for the whole call. `meanwhile` runs on
// the calling thread while the other bands are painted, before its own band. Returns false,
// having run nothing, when the device or the painter's state does not allow it; the caller
// then paints on `painter` itself.
using BandPainter = std::function<void(QPainter& band, const QRectF& area, int number)>;
bool paintInBands(QPainter& painter, int maxThreads, BandLayout& layout,
                  const BandPainter& paintBand, const std::function<void()>& meanwhile);

} // namespace flank::render
