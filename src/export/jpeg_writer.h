#pragma once

#include "raster_strips.h"

#include <QIODevice>
#include <QSize>

#include <memory>

namespace flank::exporting {

// Writes an opaque picture of `size` as a baseline JPEG a strip of rows at a time, as its
// strips are painted, with the settings Qt's JPEG writer uses (quality, density), so the file
// is the one QImageWriter would write from the whole picture.
std::unique_ptr<StripSink> jpegStream(QIODevice& device, const QSize& size, int dotsPerMetre,
                                      int quality);

} // namespace flank::exporting
