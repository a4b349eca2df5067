#include "map_exporter.h"

#include "geotiff_writer.h"
#include "html_writer.h"
#include "jpeg_writer.h"
#include "pdf_writer.h"
#include "png_writer.h"
#include "sheet_geotiff.h"
#include "svg_writer.h"

#include "core/atomic_file.h"
#include "render/sheet_painter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <memory>

namespace flank::exporting {

namespace {

// PNG and JPEG are encoded as their strips are painted, so a large picture never sits in
// memory whole.
ExportResult writeRaster(render::MapRenderer& renderer, const ExportRequest& request,
                         QIODevice& device)
{
    const render::MapFrame& frame = request.frame;
    const QSize size = frame.size.toSize();
    const std::unique_ptr<StripSink> encoder =
        request.format == ExportFormat::Png
            ? pngStream(device, size, dotsPerMetre(frame.dpi))
            : jpegStream(device, size, dotsPerMetre(frame.dpi), request.jpegQuality);
    const QString error = paintInStrips(
        size, [&](QPainter& painter) { paintPicture(renderer, painter, request); }, *encoder);
    return error.isEmpty() ? ExportResult{true, {}} : exportFailure(request.file, error);
}

// Says plainly why a target cannot be written, before QSaveFile's terser message.
QString targetProblem(const QString& file)
{
    const QFileInfo info(file);
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists())
        return QStringLiteral("the folder '%1' does not exist").arg(folder.filePath());
    if (!folder.isDir())
        return QStringLiteral("'%1' is not a folder").arg(folder.filePath());
    if (info.isDir())
        return QStringLiteral("is a folder");
    return {};
}

} // namespace

ExportResult exportFailure(const QString& file, const QString& message)
{
    return ExportResult{false, QStringLiteral("%1: %2").arg(file, message)};
}

void paintPicture(render::MapRenderer& renderer, QPainter& painter, const ExportRequest& request)
{
    if (request.sheet)
        render::paintSheet(renderer, painter, *request.sheet);
    else
        renderer.paint(painter, request.frame);
}

QImage renderImage(render::MapRenderer& renderer, const render::MapFrame& frame)
{
    QImage image(frame.size.toSize(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    image.setDotsPerMeterX(dotsPerMetre(frame.dpi));
    image.setDotsPerMeterY(dotsPerMetre(frame.dpi));
    QPainter painter(&image);
    renderer.paint(painter, frame);
    painter.end();
    return image;
}

ExportResult exportToDevice(render::MapRenderer& renderer, const ExportRequest& request,
                            QIODevice& device)
{
    ExportResult result;
    switch (request.format) {
    case ExportFormat::Png:
    case ExportFormat::Jpeg:
        result = writeRaster(renderer, request, device);
        break;
    case ExportFormat::Svg:
        result = writeSvg(renderer, request, device);
        break;
    case ExportFormat::Pdf:
        result = writePdf(renderer, request, device);
        break;
    case ExportFormat::GeoTiff:
        result = writeGeoTiff(renderer, request, device);
        break;
    case ExportFormat::Html:
        result = writeHtml(renderer, request, device);
        break;
    }
    return result;
}

ExportResult exportMap(render::MapRenderer& renderer, const ExportRequest& request)
{
    if (const QString problem = validateRequest(request); !problem.isEmpty())
        return exportFailure(request.file, problem);
    if (const QString problem = targetProblem(request.file); !problem.isEmpty())
        return exportFailure(request.file, problem);
    if (!request.maps.isEmpty())
        return writeSheetGeoTiffs(renderer, request);
    QSaveFile file(request.file);
    if (!file.open(QIODevice::WriteOnly))
        return exportFailure(request.file, file.errorString());
    const ExportResult result = exportToDevice(renderer, request, file);
    if (!result.ok) {
        file.cancelWriting();
        return result;
    }
    if (const QString reason = core::commitAtomically(file); !reason.isEmpty())
        return exportFailure(request.file, reason);
    return {true, {}, {request.file}};
}

} // namespace flank::exporting
