#include "story_bench.h"

#include "core/data_paths.h"
#include "present/story_deck.h"
#include "story/story_reader.h"

#include <QElapsedTimer>
#include <QImage>

namespace flank::cli {

double storyTransitionFps(const render::AtlasData& data, int framesPerFlight)
{
    story::StoryLoadResult loaded = story::loadStory(core::DataPaths::exampleStory());
    if (core::hasErrors(loaded.issues) || loaded.story.steps.size() < 2)
        return 0;
    for (story::StoryStep& step : loaded.story.steps)
        step.state.detail = core::DetailLevel::Fine10m;
    present::StoryDeck deck(loaded.story, core::DataPaths::exampleStory(), data.dataset,
                            data.projections);
    deck.setThemeOverride(core::Theme::Projector);
    const QSizeF size(1920, 1080);
    QImage image(size.toSize(), QImage::Format_ARGB32_Premultiplied);
    qint64 frames = 0;
    QElapsedTimer timer;
    timer.start();
    for (int step = 0; step + 1 < deck.count(); ++step) {
        if (deck.isComparison(step) || deck.isComparison(step + 1))
            continue; // a sheet does not fly: the slides cut
        for (int f = 1; f <= framesPerFlight; ++f) {
            QPainter painter(&image);
            deck.paintTransition(painter, step, step + 1, double(f) / (framesPerFlight + 1), size);
            ++frames;
        }
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    return seconds > 0 ? double(frames) / seconds : 0;
}

} // namespace flank::cli
