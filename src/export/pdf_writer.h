#pragma once

#include "map_exporter.h"

namespace flank::exporting {

// PDF through QPdfWriter: vector paths, searchable text, the page sized by paper or by the
// frame's pixels at its dpi, and title and author in the document's metadata.
ExportResult writePdf(render::MapRenderer& renderer, const ExportRequest& request,
                      QIODevice& device);

// The page a request asks for, in millimetres.
QSizeF pdfPageSizeMm(const ExportRequest& request);

} // namespace flank::exporting
