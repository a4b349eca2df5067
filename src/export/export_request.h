#pragma once

#include "core/paper.h"
#include "render/map_frame.h"
#include "render/map_sheet.h"

#include <QList>
#include <QSize>
#include <QSizeF>
#include <QString>

#include <optional>

namespace flank::posture {
class Dataset;
}

namespace flank::exporting {

enum class ExportFormat
{
    Png,
    Jpeg,
    Svg,
    Pdf,
    GeoTiff,
    Html
};
// Paper is a core value: the command line's reader of view options knows the page sizes too.
using core::Paper;
using core::paperFromId;
using core::paperId;
using core::paperSizeMm;

QString formatId(ExportFormat format);
std::optional<ExportFormat> formatFromId(const QString& id);
std::optional<ExportFormat> formatFromFileName(const QString& fileName);

QSize paperPixels(Paper paper, bool landscape, double dpi);

// What to write and where: filled by the export dialog and by `flankatlas export` alike, and
// carried out by one function.
struct ExportRequest
{
    ExportFormat format = ExportFormat::Png;
    QString file;
    render::MapFrame frame; // its size and dpi are the output's
    // Several maps on the one picture; `frame` is then the sheet's page.
    std::optional<render::MapSheet> sheet;
    // A sheet written as GeoTIFF: one file per map, each this frame, which is what a single-map
    // export of that map's date and treaty makes (see writeSheetGeoTiffs()).
    QList<render::MapFrame> maps;
    Paper paper = Paper::None; // a PDF's page; otherwise the page is the frame's size at its dpi
    bool landscape = false;
    int jpegQuality = 92;
    QString author;
    // The statuses of every date and the briefings: an HTML map carries them.
    const posture::Dataset* dataset = nullptr;
};

// Limits that keep an export from exhausting memory or making an unreadable picture.
inline constexpr int kMaxExportSide = 20000;
inline constexpr double kMaxExportMegapixels = 200;
inline constexpr double kMinExportDpi = 24, kMaxExportDpi = 1200;

// Why a request cannot be carried out, before any work; empty when it can.
QString validateRequest(const ExportRequest& request);

} // namespace flank::exporting
