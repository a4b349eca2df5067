#pragma once

#include "render/map_frame.h"

#include <QSize>
#include <QSizeF>
#include <QString>

#include <optional>

namespace flank::exporting {

enum class ExportFormat
{
    Png,
    Jpeg,
    Svg,
    Pdf,
    GeoTiff
};
enum class Paper
{
    None,
    A4,
    A3,
    Letter
};

QString formatId(ExportFormat format);
std::optional<ExportFormat> formatFromId(const QString& id);
std::optional<ExportFormat> formatFromFileName(const QString& fileName);

QString paperId(Paper paper);
std::optional<Paper> paperFromId(const QString& id); // "a4", "A3", "letter"
QSizeF paperSizeMm(Paper paper, bool landscape);     // empty for Paper::None
QSize paperPixels(Paper paper, bool landscape, double dpi);

// What to write and where: filled by the export dialog and by `flankatlas export` alike, and
// carried out by one function.
struct ExportRequest
{
    ExportFormat format = ExportFormat::Png;
    QString file;
    render::MapFrame frame;    // its size and dpi are the output's
    Paper paper = Paper::None; // a PDF's page; otherwise the page is the frame's size at its dpi
    bool landscape = false;
    int jpegQuality = 92;
    QString author;
};

// Limits that keep an export from exhausting memory or making an unreadable picture.
inline constexpr int kMaxExportSide = 20000;
inline constexpr double kMaxExportMegapixels = 200;
inline constexpr double kMinExportDpi = 24, kMaxExportDpi = 1200;

// Why a request cannot be carried out, before any work; empty when it can.
QString validateRequest(const ExportRequest& request);

} // namespace flank::exporting
