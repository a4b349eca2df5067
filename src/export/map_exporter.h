#pragma once

#include "export_request.h"

#include "render/map_renderer.h"

#include <QIODevice>
#include <QImage>
#include <QString>
#include <QStringList>

namespace flank::exporting {

struct ExportResult
{
    bool ok = false;
    QString error;       // names the file and the problem
    QStringList files{}; // those written, in order
};

// Writes one picture through the renderer, or a sheet as GeoTIFF one file per map (see
// writeSheetGeoTiffs()). Needs a QGuiApplication, never a widget. The target is replaced
// atomically (QSaveFile: a temporary file in the target's folder, renamed when complete): on
// failure any old file is left as it was.
ExportResult exportMap(render::MapRenderer& renderer, const ExportRequest& request);

// The format's bytes to an open device; exportMap() uses it with a QSaveFile.
ExportResult exportToDevice(render::MapRenderer& renderer, const ExportRequest& request,
                            QIODevice& device);

// Paints the request's picture, its one map or its sheet of maps, through the renderer.
void paintPicture(render::MapRenderer& renderer, QPainter& painter, const ExportRequest& request);

// The frame as one image, for the clipboard and the tests; files are painted in strips.
QImage renderImage(render::MapRenderer& renderer, const render::MapFrame& frame);

ExportResult exportFailure(const QString& file, const QString& message);

} // namespace flank::exporting
