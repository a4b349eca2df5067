#pragma once

#include "map_exporter.h"
#include "video_format.h"

#include <QImage>
#include <QList>
#include <QSize>
#include <QString>

#include <atomic>
#include <functional>

namespace flank::exporting {

// How far a video has come, for a progress bar.
struct VideoProgress
{
    qsizetype framesDone = 0;
    qsizetype frameCount = 0;
    double secondsLeft = 0; // estimated from the pace so far
};
using VideoProgressCallback = std::function<void(const VideoProgress&)>;

// A clip to write, frame by frame: the timeline's and the story's videos both go through it.
struct VideoClip
{
    QString file; // its extension gives the format
    QSize size;
    int fps = 30;
    qsizetype frameCount = 0;
    std::function<QImage(qsizetype index)> frame; // frames are asked for in order
    // For a GIF, frames that together hold every color of the clip (its palette is made of
    // them): one of each distinct picture.
    QList<qsizetype> paletteFrames;
};

// Encodes the clip into its file atomically. `cancel` stops it between frames; then, as on any
// failure, no new file is left and an old one is kept.
ExportResult writeVideo(const VideoClip& clip, const VideoProgressCallback& progress = {},
                        const std::atomic<bool>* cancel = nullptr);

// The message a cancelled export returns.
QString cancelledMessage();

} // namespace flank::exporting
