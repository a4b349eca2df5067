#include "commands.h"
#include "view_options.h"

#include "export/map_exporter.h"
#include "render/atlas_data.h"
#include "render/frame_builder.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace flank::cli {

namespace {

constexpr int kMaxPixels = 20000; // per side; larger is refused before any work

} // namespace

int runExport(const QStringList& arguments)
{
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes the map through the same renderer as the window."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("export"), QStringLiteral("The command."));
    parser.addOptions({
        {{QStringLiteral("o"), QStringLiteral("output")},
         QStringLiteral("File to write; the format follows its extension."),
         QStringLiteral("file")},
        {QStringLiteral("format"), QStringLiteral("png, jpeg, svg, pdf or geotiff."),
         QStringLiteral("format")},
        {QStringLiteral("size"), QStringLiteral("Size in pixels WxH (default 1920x1080)."),
         QStringLiteral("size"), QStringLiteral("1920x1080")},
        {QStringLiteral("dpi"), QStringLiteral("Resolution (default 96)."), QStringLiteral("dpi"),
         QStringLiteral("96")},
    });
    addViewOptions(parser);
    parser.process(arguments);

    const QString output = parser.value(QStringLiteral("output"));
    if (output.isEmpty()) {
        err << "flankatlas export: -o FILE is required\n";
        return 2;
    }
    exporting::ExportRequest request;
    request.file = output;
    const auto format = parser.isSet(QStringLiteral("format"))
                            ? exporting::formatFromId(parser.value(QStringLiteral("format")))
                            : exporting::formatFromFileName(output);
    if (!format) {
        err << "flankatlas export: cannot tell the format of '" << output
            << "'; use .png, .jpg, .svg, .pdf or .tif, or --format\n";
        return 2;
    }
    request.format = *format;
    const QSize size = parseSize(parser.value(QStringLiteral("size")));
    if (!size.isValid() || size.width() > kMaxPixels || size.height() > kMaxPixels) {
        err << "flankatlas export: --size must be WxH with each side from 1 to " << kMaxPixels
            << '\n';
        return 2;
    }
    bool dpiOk = false;
    const double dpi = parser.value(QStringLiteral("dpi")).toDouble(&dpiOk);
    if (!dpiOk || dpi < 24 || dpi > 1200) {
        err << "flankatlas export: --dpi must be a number from 24 to 1200\n";
        return 2;
    }
    core::MapState state;
    state.date = QDate::currentDate();
    if (const QString error = applyViewOptions(parser, state); !error.isEmpty()) {
        err << "flankatlas export: " << error << '\n';
        return 2;
    }

    render::AtlasData data = render::AtlasData::load();
    if (!data.countries->isUsable()) {
        for (const core::Issue& issue : data.countries->issues())
            err << issue.toString() << '\n';
        return 1;
    }
    const auto projector = data.projections->projectorFor(state.crs);
    if (!projector->isValid()) {
        err << "flankatlas export: --crs: " << projector->errorString() << '\n';
        return 2;
    }
    render::MapRenderer renderer(data.projections);
    request.frame = render::buildFrame(state, data.dataset, size, dpi);
    const exporting::ExportResult result = exporting::exportMap(renderer, request);
    if (!result.ok) {
        err << "flankatlas export: " << result.error << '\n';
        return 1;
    }
    return 0;
}

} // namespace flank::cli
