#include "story_video_writer.h"

#include <QPainter>

#include <cmath>

namespace flank::present {

namespace {

// Which picture a frame of the story's video shows.
struct StoryMoment
{
    int step = 0;
    int nextStep = -1; // in flight to this step; -1 while the step is held
    double t = 0;      // how far along the flight
};

QList<StoryMoment> storyMoments(StoryDeck& deck, const QSizeF& size, int fps)
{
    QList<StoryMoment> moments;
    for (int i = 0; i < deck.count(); ++i) {
        const double seconds =
            deck.story().steps[i].seconds.value_or(story::StoryStep::kDefaultSeconds);
        const qsizetype held = std::max<qsizetype>(1, std::llround(seconds * fps));
        for (qsizetype f = 0; f < held; ++f)
            moments << StoryMoment{i, -1, 0};
        if (i + 1 == deck.count())
            break;
        const qsizetype flight = std::llround(deck.transitionSeconds(i, i + 1, size) * fps);
        for (qsizetype f = 1; f <= flight; ++f)
            moments << StoryMoment{i, i + 1, double(f) / double(flight + 1)};
    }
    return moments;
}

} // namespace

exporting::ExportResult writeStoryVideo(StoryDeck& deck, const QString& file, const QSize& size,
                                        int fps, const exporting::VideoProgressCallback& progress,
                                        const std::atomic<bool>* cancel)
{
    if (deck.count() == 0)
        return exporting::exportFailure(file, QStringLiteral("the story has no steps"));
    const QSizeF slide(size);
    const QList<StoryMoment> moments = storyMoments(deck, slide, fps);
    // A held step is drawn once: the frames of its hold are the same picture.
    int shownStep = -1;
    QImage held;
    const auto frame = [&](qsizetype index) {
        const StoryMoment& moment = moments[index];
        if (moment.nextStep < 0 && moment.step == shownStep)
            return held;
        QImage image(size, QImage::Format_RGB32);
        QPainter painter(&image);
        if (moment.nextStep < 0)
            deck.paintStep(painter, moment.step, slide);
        else
            deck.paintTransition(painter, moment.step, moment.nextStep, moment.t, slide);
        painter.end();
        if (moment.nextStep < 0) {
            shownStep = moment.step;
            held = image;
        } else {
            shownStep = -1;
        }
        return image;
    };
    exporting::VideoClip clip;
    clip.file = file;
    clip.size = size;
    clip.fps = fps;
    clip.frameCount = moments.size();
    clip.frame = frame;
    // A GIF's colors: every step, and a few moments of each flight.
    for (qsizetype i = 0; i < moments.size(); ++i)
        if ((moments[i].nextStep < 0 && (i == 0 || moments[i - 1].nextStep >= 0)) ||
            (moments[i].nextStep >= 0 && i % 8 == 0))
            clip.paletteFrames << i;
    return exporting::writeVideo(clip, progress, cancel);
}

} // namespace flank::present
