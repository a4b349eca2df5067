#pragma once

#include "raster_strips.h"

#include <QIODevice>
#include <QSize>

#include <memory>

namespace flank::exporting {

// Writes an opaque picture of `size` as an RGB PNG a strip of rows at a time, as its strips
// are painted, so a large picture never sits in memory whole. Fast settings (a light RLE
// deflate): map pictures are large fields of few colours.
std::unique_ptr<StripSink> pngStream(QIODevice& device, const QSize& size, int dotsPerMetre);

} // namespace flank::exporting
