#pragma once

#include "video_format.h"

#include <QImage>
#include <QList>
#include <QRgb>
#include <QSize>
#include <QString>

namespace flank::exporting {

struct VideoSettings
{
    VideoFormat format = VideoFormat::Mp4;
    QSize size{1920, 1080};
    int fps = 30;
    QList<QRgb> gifPalette; // GIF only: the colors of every frame (GifPalette)
};

// What the video module (flankatlas_ffmpeg) implements. The module is loaded when the first
// video is written, so that a process which never writes one does not map FFmpeg and its codec
// libraries (some 80 of them, about 14 MiB of memory).
//
// Each call returns an empty string when all went well, else "file: reason"; after an error
// the backend is closed and its temporary file gone. Deleting it aborts what was not finished.
class VideoBackend
{
public:
    virtual ~VideoBackend() = default;
    virtual QString open(const QString& file, const VideoSettings& settings) = 0;
    virtual QString addFrame(const QImage& image) = 0; // of the settings' size
    virtual QString finish() = 0;
};

// The module's one exported function; its name carries the interface's version, so a module
// from another build of Flank Atlas is refused instead of called.
using CreateVideoBackend = VideoBackend* (*)();
inline constexpr char kCreateVideoBackendSymbol[] = "flankatlas_create_video_backend_1";
inline constexpr char kVideoModuleName[] = "flankatlas_ffmpeg";

} // namespace flank::exporting
