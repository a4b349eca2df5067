#include "export_request.h"

#include <QFileInfo>

namespace flank::exporting {

namespace {

struct FormatName
{
    ExportFormat format;
    const char* id;
    const char* extensions[3];
};
constexpr FormatName kFormats[] = {
    {ExportFormat::Png, "png", {"png", nullptr, nullptr}},
    {ExportFormat::Jpeg, "jpeg", {"jpg", "jpeg", nullptr}},
    {ExportFormat::Svg, "svg", {"svg", nullptr, nullptr}},
    {ExportFormat::Pdf, "pdf", {"pdf", nullptr, nullptr}},
    {ExportFormat::GeoTiff, "geotiff", {"tif", "tiff", nullptr}},
    {ExportFormat::Html, "html", {"html", "htm", nullptr}},
};

} // namespace

QSize paperPixels(Paper paper, bool landscape, double dpi)
{
    const QSizeF mm = paperSizeMm(paper, landscape);
    return QSize(qRound(mm.width() / 25.4 * dpi), qRound(mm.height() / 25.4 * dpi));
}

QString validateRequest(const ExportRequest& request)
{
    const double dpi = request.frame.dpi;
    if (!(dpi >= kMinExportDpi && dpi <= kMaxExportDpi))
        return QStringLiteral("the resolution must be from %1 to %2 dpi, not %3")
            .arg(kMinExportDpi)
            .arg(kMaxExportDpi)
            .arg(dpi);
    const QSizeF size = request.frame.size;
    if (!(size.width() >= 1 && size.height() >= 1 && size.width() <= kMaxExportSide &&
          size.height() <= kMaxExportSide))
        return QStringLiteral("%1x%2 pixels is out of range: each side must be from 1 to %3")
            .arg(size.width())
            .arg(size.height())
            .arg(kMaxExportSide);
    if (size.width() * size.height() / 1e6 > kMaxExportMegapixels)
        return QStringLiteral("%1x%2 pixels is more than %3 megapixels")
            .arg(size.width())
            .arg(size.height())
            .arg(kMaxExportMegapixels);
    if (!request.frame.state.extent.isNull() && request.frame.state.extent.isEmpty())
        return QStringLiteral("the map extent has zero size");
    if (request.file.isEmpty())
        return QStringLiteral("no file to write");
    if (request.sheet && request.format == ExportFormat::Html)
        return QStringLiteral("an HTML map holds one map with its own timeline, not a sheet of "
                              "maps: write PNG, JPEG, SVG, PDF or GeoTIFF");
    return {};
}

QString formatId(ExportFormat format)
{
    for (const auto& name : kFormats)
        if (name.format == format)
            return QString::fromLatin1(name.id);
    return QStringLiteral("png");
}

std::optional<ExportFormat> formatFromId(const QString& id)
{
    const QString lower = id.toLower();
    for (const auto& name : kFormats) {
        if (lower == QLatin1String(name.id))
            return name.format;
        for (const char* extension : name.extensions)
            if (extension && lower == QLatin1String(extension))
                return name.format;
    }
    return std::nullopt;
}

std::optional<ExportFormat> formatFromFileName(const QString& fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    for (const auto& name : kFormats)
        for (const char* extension : name.extensions)
            if (extension && suffix == QLatin1String(extension))
                return name.format;
    return std::nullopt;
}

} // namespace flank::exporting
