#include "commands.h"
#include "timeline_video_command.h"
#include "video_options.h"

#include "command_output.h"

#include "annotate/annotation_file.h"
#include "core/command_line.h"
#include "core/comparison_options.h"
#include "core/interface_language.h"
#include "core/view_options.h"
#include "export/export_options.h"
#include "export/map_exporter.h"
#include "render/atlas_data.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace flank::cli {

namespace {

// Sizes are checked against the export's limits later, with the page and dpi known.
const core::ViewOptionReader& viewReader()
{
    static const core::ViewOptionReader reader(
        core::ViewOption::Date | core::ViewOption::Treaty | core::ViewOption::Select |
        core::ViewOption::Theme | core::ViewOption::Size | core::ViewOption::Extent |
        core::ViewOption::Crs | core::ViewOption::Scale | core::ViewOption::Fit |
        core::ViewOption::Layers | core::ViewOption::Paper | core::ViewOption::Language);
    return reader;
}

void addExportOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {{QStringLiteral("o"), QStringLiteral("output")},
         QStringLiteral("File to write; the format follows its extension."),
         QStringLiteral("file")},
        {QStringLiteral("format"), QStringLiteral("png, jpeg, svg, pdf, geotiff or html."),
         QStringLiteral("format")},
        {QStringLiteral("landscape"), QStringLiteral("Turn the paper sideways.")},
        {QStringLiteral("dpi"), QStringLiteral("Resolution (default 96, or 300 with --paper)."),
         QStringLiteral("dpi")},
        {QStringLiteral("annotations"),
         QStringLiteral("Draw the annotations of this GeoJSON file."), QStringLiteral("file")},
        {QStringLiteral("author"), QStringLiteral("Author for the PDF's metadata."),
         QStringLiteral("name")},
    });
}

// Reads the export-only options; an error message naming the option, or "".
QString applyExportOptions(const QCommandLineParser& parser, exporting::ExportOptions& options)
{
    const auto value = [&](const char* name) { return parser.value(QLatin1String(name)); };
    const auto isSet = [&](const char* name) { return parser.isSet(QLatin1String(name)); };
    options.file = value("output");
    if (options.file.isEmpty())
        return QStringLiteral("-o FILE is required");
    if (isSet("format")) {
        options.format = exporting::formatFromId(value("format"));
        if (!options.format)
            return QStringLiteral("--format: '%1' is not one of png, jpeg, svg, pdf, geotiff, html")
                .arg(value("format"));
    }
    options.landscape = isSet("landscape");
    if (isSet("dpi")) {
        bool ok = false;
        options.dpi = value("dpi").toDouble(&ok);
        if (!ok || options.dpi == 0)
            return QStringLiteral("--dpi: '%1' is not a resolution from %2 to %3")
                .arg(value("dpi"))
                .arg(exporting::kMinExportDpi)
                .arg(exporting::kMaxExportDpi);
    }
    options.author = value("author");
    return {};
}

// The view and the picture's size, page and fit, read as every command reads them; --lang
// becomes the language of every word drawn from here on.
QString applyViewOptions(const QCommandLineParser& parser, exporting::ExportOptions& options)
{
    core::ViewRequest request{options.state, std::nullopt, std::nullopt, {}};
    if (QString error = viewReader().read(parser, request); !error.isEmpty())
        return error;
    if (!request.language.isEmpty())
        core::installInterfaceLanguage(request.language);
    options.state = request.state;
    options.size = request.size.value_or(options.size);
    options.paper = request.paper.value_or(options.paper);
    options.fit = request.fit;
    return {};
}

} // namespace

int runExport(const QStringList& arguments)
{
    if (wantsStoryExport(arguments))
        return runStoryExport(arguments);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Writes the map through the same renderer as the window."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("export"), QStringLiteral("The command."));
    addExportOptions(parser);
    viewReader().addTo(parser);
    const core::ComparisonOptionReader comparisonReader;
    comparisonReader.addTo(
        parser, QStringLiteral("As GeoTIFF, one file per map, each of the whole --size or "
                               "--paper, named FILE-DATE.tif or FILE-TREATY.tif."));
    addTimelineVideoOptions(parser);
    if (const auto exitCode =
            core::parseCommandLine(parser, arguments, QStringLiteral("flankatlas export")))
        return *exitCode;

    exporting::ExportOptions options;
    options.state.date = QDate::currentDate();
    QString error = applyExportOptions(parser, options);
    if (error.isEmpty())
        error = applyViewOptions(parser, options);
    if (error.isEmpty())
        error = comparisonReader.read(parser, options.comparison);
    if (error.isEmpty() && wantsTimelineVideo(parser))
        return runTimelineVideo(parser, options);
    if (error.isEmpty())
        error = exporting::checkOptions(options); // refuse absurd requests before any work
    if (!error.isEmpty()) {
        err << "flankatlas export: " << error << '\n';
        return 2;
    }

    annotate::AnnotationSet annotations;
    if (parser.isSet(QStringLiteral("annotations"))) {
        const annotate::AnnotationFileContents contents =
            annotate::readAnnotationFile(parser.value(QStringLiteral("annotations")));
        for (const core::Issue& issue : contents.issues)
            err << issue.toString() << '\n';
        if (core::hasErrors(contents.issues))
            return 1;
        annotations = contents.annotations;
    }

    render::AtlasData data = render::AtlasData::load();
    if (!data.countries->isUsable()) {
        for (const core::Issue& issue : data.countries->issues())
            err << issue.toString() << '\n';
        return 1;
    }
    const exporting::PreparedExport prepared =
        exporting::prepareExport(options, data, &annotations);
    if (!prepared.error.isEmpty()) {
        err << "flankatlas export: " << prepared.error << '\n';
        return 2;
    }
    render::MapRenderer renderer(data.projections);
    const exporting::ExportResult result = exporting::exportMap(renderer, prepared.request);
    if (!result.ok) {
        err << "flankatlas export: " << result.error << '\n';
        return 1;
    }
    // A sheet as GeoTIFF is written as files of other names: say which.
    if (result.files != QStringList{prepared.request.file})
        for (const QString& file : result.files)
            print(stdout, QStringLiteral("wrote %1\n").arg(file));
    return 0;
}

} // namespace flank::cli
