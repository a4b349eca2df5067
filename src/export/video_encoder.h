#pragma once

#include "video_format.h"

#include <QImage>
#include <QList>
#include <QRgb>
#include <QSize>
#include <QString>

#include <memory>

namespace flank::exporting {

struct VideoSettings
{
    VideoFormat format = VideoFormat::Mp4;
    QSize size{1920, 1080};
    int fps = 30;
    QList<QRgb> gifPalette; // GIF only: the colors of every frame (GifPalette)
};

// Writes frames into a video through FFmpeg's libraries. The file is encoded under a temporary
// name in the target's folder and renamed over the target by finish(), so a failure or abort()
// leaves any old file as it was. Frames are converted on the caller's thread and encoded on a
// thread of the encoder's own, so the caller draws the next frame while the last is encoded.
class VideoEncoder
{
public:
    VideoEncoder();
    ~VideoEncoder(); // aborts what was not finished
    VideoEncoder(const VideoEncoder&) = delete;
    VideoEncoder& operator=(const VideoEncoder&) = delete;

    // Each returns an empty string when all went well, else "file: reason"; after an error
    // the encoder is closed and the temporary file gone.
    QString open(const QString& file, const VideoSettings& settings);
    QString addFrame(const QImage& image); // of the settings' size
    QString finish();
    void abort();

private:
    // Closes the video after an error and removes its temporary file; "file: reason".
    QString failed(const QString& reason);

    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace flank::exporting
