#include "commands.h"
#include "view_options.h"

#include "annotate/annotation_file.h"
#include "export/export_options.h"
#include "export/map_exporter.h"
#include "render/atlas_data.h"

#include <QCommandLineParser>
#include <QTextStream>

namespace flank::cli {

namespace {

void addExportOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {{QStringLiteral("o"), QStringLiteral("output")},
         QStringLiteral("File to write; the format follows its extension."),
         QStringLiteral("file")},
        {QStringLiteral("format"), QStringLiteral("png, jpeg, svg, pdf or geotiff."),
         QStringLiteral("format")},
        {QStringLiteral("size"), QStringLiteral("Size in pixels WxH (default 1920x1080)."),
         QStringLiteral("size")},
        {QStringLiteral("paper"), QStringLiteral("Page size instead of pixels: A4, A3 or Letter."),
         QStringLiteral("paper")},
        {QStringLiteral("landscape"), QStringLiteral("Turn the paper sideways.")},
        {QStringLiteral("dpi"), QStringLiteral("Resolution (default 96, or 300 with --paper)."),
         QStringLiteral("dpi")},
        {QStringLiteral("fit"), QStringLiteral("Fit the map to these states, e.g. EST,LVA,LTU."),
         QStringLiteral("iso3,...")},
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
            return QStringLiteral("--format: '%1' is not one of png, jpeg, svg, pdf, geotiff")
                .arg(value("format"));
    }
    if (isSet("size") && isSet("paper"))
        return QStringLiteral("--size and --paper cannot be used together");
    if (isSet("size")) {
        options.size = parseSize(value("size"));
        if (!options.size.isValid())
            return QStringLiteral("--size: '%1' is not WxH in pixels").arg(value("size"));
    }
    if (isSet("paper")) {
        const auto paper = exporting::paperFromId(value("paper"));
        if (!paper)
            return QStringLiteral("--paper: '%1' is not one of A4, A3, Letter").arg(value("paper"));
        options.paper = *paper;
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
    if (isSet("fit"))
        options.fit = value("fit").split(QLatin1Char(','), Qt::SkipEmptyParts);
    options.author = value("author");
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
    addViewOptions(parser);
    parser.process(arguments);

    exporting::ExportOptions options;
    options.state.date = QDate::currentDate();
    QString error = applyExportOptions(parser, options);
    if (error.isEmpty())
        error = applyViewOptions(parser, options.state);
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
    return 0;
}

} // namespace flank::cli
