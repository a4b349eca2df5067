#pragma once

#include "export_request.h"

#include "core/comparison_options.h"
#include "core/map_state.h"
#include "render/atlas_data.h"

#include <QSize>
#include <QStringList>

namespace flank::exporting {

// Everything a user chooses for an export, before it is checked against the data: the
// command line and the export dialog fill one of these and turn it into a request alike.
struct ExportOptions
{
    QString file;
    std::optional<ExportFormat> format; // nullopt: from the file's extension
    QSize size{1920, 1080};             // used when paper is None
    Paper paper = Paper::None;
    bool landscape = false;
    double dpi = 0;  // 0: 96 for a size in pixels, 300 for paper
    QStringList fit; // ISO codes whose bounds set the extent, overriding state.extent
    core::MapState state = defaultState();
    QString author;
    // Several maps of the view on one picture: dates side by side or in a grid, or the treaties.
    core::ComparisonRequest comparison;
    // Their legend in a strip under them, as the window shows a comparison, not in a column.
    bool legendUnderMaps = false;

    // All decorations on: an exported map should be ready to publish as it is.
    static core::MapState defaultState();
    double effectiveDpi() const;
    QSize pixelSize() const;
};

// Checks what needs no data: format, size, dpi, CRS and extent. Empty when fine.
QString checkOptions(const ExportOptions& options);

struct PreparedExport
{
    ExportRequest request;
    QString error; // non-empty when the options cannot be carried out
};

// Builds the request against the loaded data (--fit needs the countries, the frame needs the
// dataset). `annotations` must outlive the request.
PreparedExport prepareExport(const ExportOptions& options, const render::AtlasData& data,
                             const annotate::AnnotationSet* annotations = nullptr);

// The bounds of these states in the CRS, with a margin for the layout's decorations.
QRectF fitExtent(const QStringList& iso3s, const render::AtlasData& data, const QString& crs,
                 QString* error);

} // namespace flank::exporting
