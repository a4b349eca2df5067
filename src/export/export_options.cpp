#include "export_options.h"

#include "geo/projector.h"
#include "render/frame_builder.h"
#include "render/legend_clearance.h"
#include "render/sheet_builder.h"

#include <optional>

namespace flank::exporting {

core::MapState ExportOptions::defaultState()
{
    core::MapState state;
    state.decorations = core::Decorations::all();
    return state;
}

double ExportOptions::effectiveDpi() const
{
    if (dpi != 0)
        return dpi;
    return paper == Paper::None ? 96.0 : 300.0;
}

QSize ExportOptions::pixelSize() const
{
    return paper == Paper::None ? size : paperPixels(paper, landscape, effectiveDpi());
}

QString checkOptions(const ExportOptions& options)
{
    if (options.file.isEmpty())
        return QStringLiteral("no output file given");
    if (!options.format && !formatFromFileName(options.file))
        return QStringLiteral("cannot tell the format of '%1'; use .png, .jpg, .svg, .pdf, "
                              ".tif or .html, or choose a format")
            .arg(options.file);
    const double dpi = options.effectiveDpi();
    if (!(dpi >= kMinExportDpi && dpi <= kMaxExportDpi))
        return QStringLiteral("--dpi must be from %1 to %2, not %3")
            .arg(kMinExportDpi)
            .arg(kMaxExportDpi)
            .arg(dpi);
    const QSize pixels = options.pixelSize();
    if (!pixels.isValid() || pixels.width() > kMaxExportSide || pixels.height() > kMaxExportSide)
        return QStringLiteral("%1x%2 pixels is out of range: each side must be from 1 to %3")
            .arg(pixels.width())
            .arg(pixels.height())
            .arg(kMaxExportSide);
    if (double(pixels.width()) * pixels.height() / 1e6 > kMaxExportMegapixels)
        return QStringLiteral("%1x%2 pixels is more than %3 megapixels")
            .arg(pixels.width())
            .arg(pixels.height())
            .arg(kMaxExportMegapixels);
    const ExportFormat format =
        options.format ? *options.format : *formatFromFileName(options.file);
    if (options.comparison.kind != core::Comparison::None && format == ExportFormat::Html)
        return QStringLiteral("%1: an HTML map holds one map with its own timeline, not several; "
                              "write .png, .jpg, .svg, .pdf or .tif")
            .arg(core::comparisonOption(options.comparison.kind));
    const QRectF extent = options.state.extent;
    if (!extent.isNull() && extent.isEmpty())
        return QStringLiteral("--extent: the area has zero size");
    const geo::Projector projector(options.state.crs);
    if (!projector.isValid())
        return QStringLiteral("--crs: '%1' is not a known CRS (%2)")
            .arg(options.state.crs, projector.errorString());
    return {};
}

QRectF fitExtent(const QStringList& iso3s, const render::AtlasData& data, const QString& crs,
                 QString* error)
{
    const auto layer = data.projections->layer(crs, geo::Scale::Coarse110m);
    if (!layer) {
        *error = QStringLiteral("--crs: '%1' is not a known CRS").arg(crs);
        return {};
    }
    QRectF bounds;
    for (const QString& code : iso3s) {
        const QRectF box = layer->boundsOfKey(code.trimmed().toUpper());
        if (box.isEmpty()) {
            *error = QStringLiteral("--fit: no country with the code '%1'").arg(code);
            return {};
        }
        bounds = bounds.united(box);
    }
    // Room for the title band, the legend and the inset around the countries.
    return bounds.adjusted(-bounds.width() * 0.12, -bounds.height() * 0.18, bounds.width() * 0.12,
                           bounds.height() * 0.22);
}

PreparedExport prepareExport(const ExportOptions& options, const render::AtlasData& data,
                             const annotate::AnnotationSet* annotations)
{
    PreparedExport prepared;
    if (QString error = checkOptions(options); !error.isEmpty()) {
        prepared.error = error;
        return prepared;
    }
    core::MapState state = options.state;
    if (!options.fit.isEmpty()) {
        state.extent = fitExtent(options.fit, data, state.crs, &prepared.error);
        if (!prepared.error.isEmpty())
            return prepared;
    }
    ExportRequest& request = prepared.request;
    request.file = options.file;
    request.format = options.format ? *options.format : *formatFromFileName(options.file);
    request.paper = options.paper;
    request.landscape = options.landscape;
    request.author = options.author;
    // One map on the whole picture: the export of a single map, or one of a sheet's GeoTIFFs.
    // A view the export chose itself (the flank, or the states of --fit) moves east into the
    // room the picture has beside it, clear of the legend, as the window's first view does;
    // an --extent given is drawn as it was asked for.
    // The maps of a comparison's GeoTIFFs all take the first one's view.
    // On an upright picture, with no room beside the flank, the legend goes into a strip
    // across the foot of the map instead.
    const bool extentChosen = options.state.extent.isNull();
    std::optional<render::LegendClearance> clearance;
    const auto wholeMap = [&](const core::MapState& mapState) {
        render::MapFrame frame = render::buildFrame(mapState, data.dataset, *data.projections,
                                                    options.pixelSize(), options.effectiveDpi());
        if (extentChosen) {
            if (!clearance)
                clearance = render::legendClearance(frame, *data.projections);
            render::applyLegendClearance(frame, *clearance, *data.projections);
        }
        frame.annotations = annotations;
        return frame;
    };
    request.dataset = &data.dataset;
    if (options.comparison.kind == core::Comparison::None) {
        request.frame = wholeMap(state);
    } else {
        render::MapSheet sheet = render::buildSheet(
            state, render::paneChoices(options.comparison, state), options.comparison.columns,
            data.dataset, *data.projections, options.pixelSize(), options.effectiveDpi());
        if (options.legendUnderMaps) {
            sheet.page.legendPlace = render::LegendPlace::Strip;
            render::layOutSheet(sheet, *data.projections);
        }
        for (render::SheetPane& pane : sheet.panes) {
            pane.frame.annotations = annotations;
            if (request.format != ExportFormat::GeoTiff)
                continue;
            core::MapState mapState = state;
            mapState.date = pane.frame.state.date;
            mapState.treaty = pane.frame.state.treaty;
            request.maps << wholeMap(mapState);
        }
        request.frame = sheet.page;
        request.sheet = std::move(sheet);
    }
    prepared.error = validateRequest(request);
    return prepared;
}

} // namespace flank::exporting
