#include "map_exporter.h"

#include <QImage>
#include <QImageWriter>
#include <QSaveFile>

namespace flank::exporting {

namespace {

ExportResult failure(const QString& file, const QString& message)
{
    return ExportResult{false, QStringLiteral("%1: %2").arg(file, message)};
}

ExportResult writeRaster(render::MapRenderer& renderer, const ExportRequest& request)
{
    const QImage image = renderImage(renderer, request.frame);
    if (image.isNull())
        return failure(request.file, QStringLiteral("not enough memory for the image"));
    QSaveFile file(request.file);
    if (!file.open(QIODevice::WriteOnly))
        return failure(request.file, file.errorString());
    const bool jpeg = request.format == ExportFormat::Jpeg;
    QImageWriter writer(&file, jpeg ? "jpeg" : "png");
    if (jpeg)
        writer.setQuality(request.jpegQuality);
    // Fast zlib level: the map is flat color and compresses well either way.
    else
        writer.setCompression(1);
    if (!writer.write(jpeg ? image.convertToFormat(QImage::Format_RGB32) : image)) {
        file.cancelWriting();
        return failure(request.file, writer.errorString());
    }
    if (!file.commit())
        return failure(request.file, file.errorString());
    return {true, {}};
}

} // namespace

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

ExportResult exportMap(render::MapRenderer& renderer, const ExportRequest& request)
{
    switch (request.format) {
    case ExportFormat::Png:
    case ExportFormat::Jpeg:
        return writeRaster(renderer, request);
    case ExportFormat::Svg:
    case ExportFormat::Pdf:
    case ExportFormat::GeoTiff:
        break;
    }
    return failure(request.file, QStringLiteral("format '%1' is not supported yet")
                                     .arg(formatId(request.format)));
}

} // namespace flank::exporting
