#pragma once

#include "render/map_frame.h"

#include <QSize>
#include <QString>

#include <optional>

namespace flank::exporting {

enum class ExportFormat { Png, Jpeg, Svg, Pdf, GeoTiff };

QString formatId(ExportFormat format);
std::optional<ExportFormat> formatFromId(const QString& id);
std::optional<ExportFormat> formatFromFileName(const QString& fileName);

// What to write and where: filled by the export dialog and by `flankatlas export` alike, and
// carried out by one function.
struct ExportRequest
{
    ExportFormat format = ExportFormat::Png;
    QString file;
    render::MapFrame frame; // its size and dpi are the output's
    int jpegQuality = 92;
    QString author;
};

} // namespace flank::exporting
