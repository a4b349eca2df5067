#pragma once

#include <QSize>
#include <QString>

#include <optional>

namespace flank::exporting {

// The containers and codecs a video is written in: H.264 in MP4 (plays in presentation
// software and browsers), VP9 in WebM, and GIF.
enum class VideoFormat
{
    Mp4,
    WebM,
    Gif,
};

// From the file's extension (.mp4, .webm, .gif, in any case); nullopt for any other.
std::optional<VideoFormat> videoFormatFromFileName(const QString& fileName);
bool isVideoFileName(const QString& fileName);

// Video sizes: from 640x360 to 3840x2160, each side even (the encoders' 4:2:0 chroma halves
// them).
inline constexpr QSize kMinVideoSize{640, 360};
inline constexpr QSize kMaxVideoSize{3840, 2160};
// Why a video cannot have this size, naming --size; empty when it can.
QString checkVideoSize(const QSize& size);

} // namespace flank::exporting
