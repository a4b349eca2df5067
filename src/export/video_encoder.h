#pragma once

#include "video_backend.h"

#include <memory>

namespace flank::exporting {

// Writes frames into a video through FFmpeg's libraries, in the video module. The file is
// encoded under a temporary name in the target's folder and renamed over the target by
// finish(), so a failure or abort() leaves any old file as it was. Frames are converted on the
// caller's thread and encoded on a thread of the encoder's own, so the caller draws the next
// frame while the last is encoded.
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
    // Keeps the backend only while it has not failed.
    QString checked(QString error);

    std::unique_ptr<VideoBackend> m_backend;
};

} // namespace flank::exporting
