#pragma once

#include <QImage>
#include <QJsonObject>
#include <QString>
#include <QStringList>

// What ffprobe and ffmpeg, the tools any player's authors test against, read in a video.
namespace flank::test {

struct VideoProbe
{
    QString error;      // why the file could not be read; empty when it could
    QJsonObject stream; // the first video stream
    QJsonObject format;
    int frames = -1; // decoded frames
    double duration = 0;
};

VideoProbe probeVideo(const QString& file);

// Frame `index` (from 0) decoded to an RGB image; null on failure.
QImage decodeFrame(const QString& file, int index);

// The MP4's top-level boxes in order ("ftyp", "moov", "mdat", ...).
QStringList topLevelBoxes(const QString& file);

} // namespace flank::test
