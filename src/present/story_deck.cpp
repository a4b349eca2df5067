#include "story_deck.h"

#include "annotate/annotation_file.h"

namespace flank::present {

StoryDeck::StoryDeck(story::Story story, const QString& storyFile, posture::Dataset dataset,
                     std::shared_ptr<geo::ProjectionCache> projections)
    : m_story(std::move(story)), m_dataset(std::move(dataset)), m_renderer(std::move(projections))
{
    QStringList names;
    for (const story::StoryStep& step : std::as_const(m_story.steps))
        names << step.annotationsFile;
    annotate::AnnotationFiles files = annotate::readAnnotationFiles(names, storyFile);
    m_annotations = std::move(files.byName);
    m_issues = std::move(files.issues);
}

core::MapState StoryDeck::stateOf(int index) const
{
    core::MapState state = m_story.steps.at(index).state;
    if (m_themeOverride)
        state.theme = *m_themeOverride;
    return state;
}

void StoryDeck::attachAnnotations(render::MapFrame& frame, int index) const
{
    const story::StoryStep& step = m_story.steps.at(index);
    const auto found = m_annotations.constFind(step.annotationsFile);
    if (step.showAnnotations && found != m_annotations.constEnd())
        frame.annotations = &*found;
}

SlideText StoryDeck::textOf(int index) const
{
    const story::StoryStep& step = m_story.steps.at(index);
    return {step.title, step.caption, index + 1, count()};
}

render::MapFrame StoryDeck::stepFrame(int index, const QSizeF& slideSize) const
{
    render::MapFrame frame = StorySlidePainter::stepMapFrame(stateOf(index), m_dataset,
                                                             *m_renderer.projections(), slideSize);
    attachAnnotations(frame, index);
    return frame;
}

bool StoryDeck::isComparison(int index) const
{
    return m_story.steps.at(index).comparison.kind != core::Comparison::None;
}

render::MapSheet StoryDeck::stepSheet(int index, const QSizeF& slideSize) const
{
    render::MapSheet sheet =
        StorySlidePainter::mapSheet(stateOf(index), m_story.steps.at(index).comparison, m_dataset,
                                    *m_renderer.projections(), slideSize);
    for (render::SheetPane& pane : sheet.panes)
        attachAnnotations(pane.frame, index);
    return sheet;
}

void StoryDeck::paintStep(QPainter& painter, int index, const QSizeF& slideSize)
{
    StorySlidePainter slides(m_renderer);
    if (isComparison(index))
        slides.paint(painter, slideSize, stepSheet(index, slideSize), textOf(index));
    else
        slides.paint(painter, slideSize, stepFrame(index, slideSize), textOf(index));
}

const story::StoryTransition& StoryDeck::transition(int from, int to, const QSizeF& slideSize)
{
    const FlightKey key{from, to, slideSize, m_themeOverride};
    if (!m_flight || key != m_flightKey) {
        const render::MapFrame start = stepFrame(from, slideSize);
        const render::MapFrame end = stepFrame(to, slideSize);
        m_flight.emplace(start.state, end.state, start.view.extent, end.view.extent, start.size);
        m_flightKey = key;
    }
    return *m_flight;
}

core::MapState StoryDeck::transitionState(int from, int to, double t, const QSizeF& slideSize)
{
    return transition(from, to, slideSize).at(t);
}

double StoryDeck::transitionSeconds(int from, int to, const QSizeF& slideSize)
{
    if (!m_story.transitions || isComparison(from) || isComparison(to))
        return 0;
    return transition(from, to, slideSize).seconds(m_story.transitionSeconds);
}

void StoryDeck::paintTransition(QPainter& painter, int from, int to, double t,
                                const QSizeF& slideSize)
{
    const int shown = t < 0.5 ? from : to;
    if (isComparison(from) || isComparison(to)) {
        paintStep(painter, shown, slideSize);
        return;
    }
    render::MapFrame frame = StorySlidePainter::mapFrame(
        transitionState(from, to, t, slideSize), m_dataset, *m_renderer.projections(), slideSize);
    attachAnnotations(frame, shown);
    StorySlidePainter(m_renderer)
        .paint(painter, slideSize, frame, textOf(shown), SlideMotion::Moving);
}

} // namespace flank::present
