#include "story_frames_writer.h"

#include "core/atomic_file.h"

#include <QDir>
#include <QImageWriter>
#include <QSaveFile>

#include <functional>

namespace flank::present {

namespace {

exporting::ExportResult writeImage(const QString& path, const QSizeF& size,
                                   const std::function<void(QPainter&)>& paint)
{
    QImage image(size.toSize(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return exporting::exportFailure(path, QStringLiteral("not enough memory for the image"));
    {
        QPainter painter(&image);
        paint(painter);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return exporting::exportFailure(path, file.errorString());
    QImageWriter writer(&file, "png");
    writer.setCompression(1); // flat colors compress well even at zlib's fastest level
    if (!writer.write(image)) {
        file.cancelWriting();
        return exporting::exportFailure(path, writer.errorString());
    }
    if (const QString reason = core::commitAtomically(file); !reason.isEmpty())
        return exporting::exportFailure(path, reason);
    return {true, {}};
}

} // namespace

exporting::ExportResult writeStoryFrames(StoryDeck& deck, const QString& directory,
                                         const QSizeF& slideSize, int transitionFrames)
{
    if (deck.count() == 0)
        return exporting::exportFailure(directory, QStringLiteral("the story has no steps"));
    const QDir dir(directory);
    if (!dir.mkpath(QStringLiteral(".")))
        return exporting::exportFailure(directory, QStringLiteral("cannot create the folder"));
    int sequence = 0;
    const auto nextName = [&](int step) {
        if (transitionFrames <= 0)
            return dir.filePath(
                QStringLiteral("step-%1.png").arg(step + 1, 2, 10, QLatin1Char('0')));
        return dir.filePath(
            QStringLiteral("frame-%1.png").arg(++sequence, 4, 10, QLatin1Char('0')));
    };
    for (int i = 0; i < deck.count(); ++i) {
        exporting::ExportResult result = writeImage(nextName(i), slideSize, [&](QPainter& painter) {
            deck.paintStep(painter, i, slideSize);
        });
        if (!result.ok)
            return result;
        if (i + 1 == deck.count())
            break;
        for (int f = 1; f <= transitionFrames; ++f) {
            const double t = double(f) / (transitionFrames + 1);
            result = writeImage(nextName(i), slideSize, [&](QPainter& painter) {
                deck.paintTransition(painter, i, i + 1, t, slideSize);
            });
            if (!result.ok)
                return result;
        }
    }
    return {true, {}};
}

} // namespace flank::present
