#pragma once

#include "render/map_renderer.h"
#include "render/map_sheet.h"
#include "story/story_step.h"

#include "posture/dataset.h"

#include <QPainter>
#include <QSizeF>

namespace flank::present {

enum class SlideMotion
{
    Still,
    // A frame of a flight, drawn for speed (50 frames per second on two cores): the map at
    // half resolution without antialiasing, enlarged smoothly; zoom rounded to a few levels
    // per octave and made up with the painter's scale, so outlines are simplified a dozen
    // times per flight instead of every frame; place labels left out while they would
    // shimmer. Legend and date stay sharp.
    Moving,
};

// The words on a slide, beside the map.
struct SlideText
{
    QString title;
    QString caption;
    int number = 0; // 1-based; 0 hides the counter
    int count = 0;
};

// One story step as a picture: the map with its decorations ("as of" date, legend) above a
// caption band with the step's title, caption and number. The presentation window, the PDF
// deck and the PNG frames all draw slides with this, so they look the same.
class StorySlidePainter
{
public:
    // Type on a slide scales with its height, as if every screen were 10 inches tall.
    static double dpiFor(const QSizeF& slideSize)
    {
        return std::max(48.0, slideSize.height() / 10);
    }
    // The map part of a slide of `size` for `state`, with statuses from `dataset`.
    static render::MapFrame mapFrame(const core::MapState& state, const posture::Dataset& dataset,
                                     geo::ProjectionCache& projections, const QSizeF& slideSize);
    // A step's map: mapFrame() with the view moved east, as far as the slide has room beside
    // the step's extent, so that the legend lies over what is west of that extent instead of
    // over the states the step is about. The extent stays whole on the slide. Only a step's own
    // view moves: a flight between two steps goes from one such view to the other.
    static render::MapFrame stepMapFrame(const core::MapState& state,
                                         const posture::Dataset& dataset,
                                         geo::ProjectionCache& projections,
                                         const QSizeF& slideSize);
    // The maps of a comparison step on the map part of a slide: one sheet of `state`'s view,
    // with one map per date (or treaty) of `comparison`.
    static render::MapSheet mapSheet(const core::MapState& state,
                                     const core::ComparisonRequest& comparison,
                                     const posture::Dataset& dataset,
                                     geo::ProjectionCache& projections, const QSizeF& slideSize);
    static SlideText textOf(const story::StoryStep& step, int number, int count);

    explicit StorySlidePainter(render::MapRenderer& renderer) : m_renderer(renderer) {}

    // `map` must come from mapFrame() for the same `slideSize`.
    void paint(QPainter& painter, const QSizeF& slideSize, const render::MapFrame& map,
               const SlideText& text, SlideMotion motion = SlideMotion::Still);
    // A comparison step; `sheet` must come from mapSheet() for the same `slideSize`.
    void paint(QPainter& painter, const QSizeF& slideSize, const render::MapSheet& sheet,
               const SlideText& text);

    // The band's height on a slide of this size and theme, in device pixels.
    static double captionBandHeight(const QSizeF& slideSize, core::Theme theme);

private:
    void paintMovingMap(QPainter& painter, const render::MapFrame& map);
    // The band under the map (or the sheet's `page`) with the step's title, caption and number.
    static void paintCaptionBand(QPainter& painter, const QSizeF& slideSize,
                                 const render::MapFrame& map, const SlideText& text);

    render::MapRenderer& m_renderer;
};

} // namespace flank::present
