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
};

} // namespace

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
