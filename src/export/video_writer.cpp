#include "video_writer.h"

#include "gif_palette.h"
#include "video_encoder.h"

#include <QElapsedTimer>

namespace flank::exporting {

QString cancelledMessage()
{
    return QStringLiteral("cancelled");
}

ExportResult writeVideo(const VideoClip& clip, const VideoProgressCallback& progress,
                        const std::atomic<bool>* cancel)
{
    const auto cancelled = [&] { return cancel && cancel->load(); };
    const std::optional<VideoFormat> format = videoFormatFromFileName(clip.file);
    if (!format)
        return exportFailure(clip.file, QStringLiteral("not a .mp4, .webm or .gif file"));
    if (clip.frameCount <= 0)
        return exportFailure(clip.file, QStringLiteral("the clip has no frames"));
    VideoSettings settings{*format, clip.size, clip.fps, {}};
    if (*format == VideoFormat::Gif) {
        GifPalette palette;
        for (const qsizetype index : clip.paletteFrames) {
            if (cancelled())
                return exportFailure(clip.file, cancelledMessage());
            palette.addColorsOf(clip.frame(index));
        }
        if (clip.paletteFrames.isEmpty())
            palette.addColorsOf(clip.frame(0));
        settings.gifPalette = palette.colors();
    }
    VideoEncoder encoder;
    if (QString error = encoder.open(clip.file, settings); !error.isEmpty())
        return ExportResult{false, error};
    QElapsedTimer timer;
    timer.start();
    for (qsizetype i = 0; i < clip.frameCount; ++i) {
        if (cancelled()) {
            encoder.abort();
            return exportFailure(clip.file, cancelledMessage());
        }
        if (QString error = encoder.addFrame(clip.frame(i)); !error.isEmpty())
            return ExportResult{false, error};
        if (progress) {
            const double perFrame = double(timer.elapsed()) / 1000.0 / double(i + 1);
            progress({i + 1, clip.frameCount, perFrame * double(clip.frameCount - i - 1)});
        }
    }
    if (QString error = encoder.finish(); !error.isEmpty())
        return ExportResult{false, error};
    return ExportResult{true, {}};
}

} // namespace flank::exporting
