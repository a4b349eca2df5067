#pragma once

#include "story_slide_painter.h"

#include "annotate/annotation_set.h"
#include "core/issue.h"
#include "render/map_renderer.h"
#include "story/story.h"
#include "story/story_transition.h"

#include <QHash>
#include <QSizeF>

#include <optional>

namespace flank::present {

// A story ready to draw: each step as a slide and every moment of the flight between two
// steps, through one renderer. The presentation window, the PDF deck, the PNG frames and the
// benchmark all draw through this, never through a widget.
class StoryDeck
{
public:
    // `storyFile` locates annotation files named relative to it.
    StoryDeck(story::Story story, const QString& storyFile, posture::Dataset dataset,
              std::shared_ptr<geo::ProjectionCache> projections);

    const story::Story& story() const { return m_story; }
    int count() const { return int(m_story.steps.size()); }
    // Problems reading the steps' annotation files; the steps show without them.
    const core::Issues& issues() const { return m_issues; }
    render::MapRenderer& renderer() { return m_renderer; }

    // Draw every step in this theme instead of its own (the presentation's projector theme).
    void setThemeOverride(std::optional<core::Theme> theme) { m_themeOverride = theme; }

    // The view of step `index` as drawn (theme override applied).
    core::MapState stateOf(int index) const;
    render::MapFrame stepFrame(int index, const QSizeF& slideSize) const;
    // Whether step `index` shows several maps (a sheet) instead of one.
    bool isComparison(int index) const;
    render::MapSheet stepSheet(int index, const QSizeF& slideSize) const;
    void paintStep(QPainter& painter, int index, const QSizeF& slideSize);

    // The flight from step `from` to step `to` at progress t in [0, 1]. A sheet does not fly:
    // from or to a comparison step the slides cut halfway.
    core::MapState transitionState(int from, int to, double t, const QSizeF& slideSize);
    void paintTransition(QPainter& painter, int from, int to, double t, const QSizeF& slideSize);
    // How long that flight lasts; 0 when the story has transitions off.
    double transitionSeconds(int from, int to, const QSizeF& slideSize);

private:
    // The flight between two steps; kept while the same flight is asked for frame by frame.
    const story::StoryTransition& transition(int from, int to, const QSizeF& slideSize);
    void attachAnnotations(render::MapFrame& frame, int index) const;
    SlideText textOf(int index) const;

    story::Story m_story;
    posture::Dataset m_dataset;
    render::MapRenderer m_renderer;
    QHash<QString, annotate::AnnotationSet> m_annotations; // by file, as named in the story
    core::Issues m_issues;
    std::optional<core::Theme> m_themeOverride;
    struct FlightKey
    {
        int from = -1;
        int to = -1;
        QSizeF size;
        std::optional<core::Theme> theme;
        friend bool operator==(const FlightKey&, const FlightKey&) = default;
    };
    FlightKey m_flightKey;
    std::optional<story::StoryTransition> m_flight;
};

} // namespace flank::present
