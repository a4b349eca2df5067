#include "map_exporter.h"

#include "geotiff_writer.h"
#include "pdf_writer.h"
#include "png_writer.h"
#include "svg_writer.h"

#include "core/atomic_file.h"

#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QSaveFile>

namespace flank::exporting {

namespace {

ExportResult writeRaster(render::MapRenderer& renderer, const ExportRequest& request,
                         QIODevice& device)
{
    const QImage image = renderImage(renderer, request.frame);
    if (image.isNull())
        return exportFailure(request.file, QStringLiteral("not enough memory for the image"));
    if (request.format == ExportFormat::Png) {
        const QString error = writeMapPng(image, device);
        return error.isEmpty() ? ExportResult{true, {}} : exportFailure(request.file, error);
    }
    QImageWriter writer(&device, "jpeg");
    writer.setQuality(request.jpegQuality);
    if (!writer.write(image.convertToFormat(QImage::Format_RGB32)))
        return exportFailure(request.file, writer.errorString());
    return {true, {}};
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

QImage renderImage(render::MapRenderer& renderer, const render::MapFrame& frame)
{
    QImage image(frame.size.toSize(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return image;
    const int dotsPerMetre = int(frame.dpi / 0.0254 + 0.5);
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
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
    }
    return result;
}

ExportResult exportMap(render::MapRenderer& renderer, const ExportRequest& request)
{
    if (const QString problem = validateRequest(request); !problem.isEmpty())
        return exportFailure(request.file, problem);
    if (const QString problem = targetProblem(request.file); !problem.isEmpty())
        return exportFailure(request.file, problem);
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
    return result;
}

} // namespace flank::exporting
