#pragma once

#include <QIODevice>
#include <QImage>
#include <QString>

namespace flank::exporting {

// Writes an opaque map image as an RGB PNG tuned for maps: one cheap row filter and fast
// run-length zlib, several times quicker than the general-purpose writer on flat-color maps.
// Returns an empty string on success, else what went wrong.
QString writeMapPng(const QImage& image, QIODevice& device);

} // namespace flank::exporting
