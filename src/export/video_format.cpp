#include "video_format.h"

#include <QFileInfo>

namespace flank::exporting {

std::optional<VideoFormat> videoFormatFromFileName(const QString& fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == QLatin1String("mp4"))
        return VideoFormat::Mp4;
    if (suffix == QLatin1String("webm"))
        return VideoFormat::WebM;
    if (suffix == QLatin1String("gif"))
        return VideoFormat::Gif;
    return std::nullopt;
}

bool isVideoFileName(const QString& fileName)
{
    return videoFormatFromFileName(fileName).has_value();
}

QString checkVideoSize(const QSize& size)
{
    if (size.width() < kMinVideoSize.width() || size.height() < kMinVideoSize.height() ||
        size.width() > kMaxVideoSize.width() || size.height() > kMaxVideoSize.height())
        return QStringLiteral("--size: %1x%2 is not from %3x%4 to %5x%6 for a video")
            .arg(size.width())
            .arg(size.height())
            .arg(kMinVideoSize.width())
            .arg(kMinVideoSize.height())
            .arg(kMaxVideoSize.width())
            .arg(kMaxVideoSize.height());
    if (size.width() % 2 != 0 || size.height() % 2 != 0)
        return QStringLiteral("--size: %1x%2 has an odd side; a video needs even ones")
            .arg(size.width())
            .arg(size.height());
    return {};
}

} // namespace flank::exporting
