#include "story_slide_painter.h"

#include "render/decoration_painter.h"
#include "render/frame_builder.h"
#include "render/legend_clearance.h"
#include "render/map_style.h"
#include "render/sheet_builder.h"
#include "render/sheet_painter.h"

#include <QFontMetricsF>
#include <QImage>

#include <cmath>

namespace flank::present {

namespace {

constexpr double kTitleScale = 1.9, kCaptionScale = 1.35, kCounterScale = 1.2;
constexpr int kCaptionLines = 2;
constexpr double kZoomLevelsPerOctave = 4;
constexpr double kMovingResolution = 0.5; // a flight's map is drawn at half size, enlarged

struct BandFonts
{
    QFont title;
    QFont caption;
    QFont counter;
    double padding = 0;
};

BandFonts bandFonts(const QSizeF& slideSize, const render::MapStyle& style)
{
    const double dpi = StorySlidePainter::dpiFor(slideSize);
    const auto font = [&](double scale, bool bold) {
        QFont font(style.fontFamily);
        font.setPixelSize(std::max(1, int(style.baseFontPt * scale * dpi / 72)));
        font.setBold(bold);
        return font;
    };
    return {font(kTitleScale, true), font(kCaptionScale, false), font(kCounterScale, false),
            style.baseFontPt * dpi / 72};
}

// The part of a slide above the caption band.
QSizeF mapArea(const QSizeF& slideSize, core::Theme theme)
{
    const double band = StorySlidePainter::captionBandHeight(slideSize, theme);
    return {slideSize.width(), std::max(1.0, slideSize.height() - band)};
}

} // namespace

render::MapFrame StorySlidePainter::mapFrame(const core::MapState& state,
                                             const posture::Dataset& dataset,
                                             geo::ProjectionCache& projections,
                                             const QSizeF& slideSize)
{
    return render::buildFrame(state, dataset, projections, mapArea(slideSize, state.theme),
                              dpiFor(slideSize));
}

render::MapFrame StorySlidePainter::stepMapFrame(const core::MapState& state,
                                                 const posture::Dataset& dataset,
                                                 geo::ProjectionCache& projections,
                                                 const QSizeF& slideSize)
{
    render::MapFrame frame = mapFrame(state, dataset, projections, slideSize);
    const QRectF clear = render::extentClearOfLegend(frame);
    if (clear != frame.view.extent) {
        frame.state.extent = clear;
        render::resolveView(frame, projections);
    }
    return frame;
}

render::MapSheet StorySlidePainter::mapSheet(const core::MapState& state,
                                             const core::ComparisonRequest& comparison,
                                             const posture::Dataset& dataset,
                                             geo::ProjectionCache& projections,
                                             const QSizeF& slideSize)
{
    return render::buildSheet(state, render::paneChoices(comparison, state), comparison.columns,
                              dataset, projections, mapArea(slideSize, state.theme),
                              dpiFor(slideSize));
}

SlideText StorySlidePainter::textOf(const story::StoryStep& step, int number, int count)
{
    return {step.title, step.caption, number, count};
}

double StorySlidePainter::captionBandHeight(const QSizeF& slideSize, core::Theme theme)
{
    const BandFonts fonts = bandFonts(slideSize, render::MapStyle::forTheme(theme));
    return 2 * fonts.padding + QFontMetricsF(fonts.title).height() +
           kCaptionLines * QFontMetricsF(fonts.caption).lineSpacing() + fonts.padding / 2;
}

void StorySlidePainter::paintMovingMap(QPainter& painter, const render::MapFrame& map)
{
    const render::ViewTransform& view = map.view.transform;
    const double scale = view.pixelsPerMapUnit() * kMovingResolution;
    const double rounded =
        std::exp2(std::floor(std::log2(scale) * kZoomLevelsPerOctave) / kZoomLevelsPerOctave);
    const double factor = scale / rounded; // from 1 to 2^(1/levels)
    render::MapFrame coarse = map;
    coarse.state.extent = view.visibleExtent();
    coarse.state.decorations = core::Decorations::none();
    coarse.size = map.size * kMovingResolution / factor;
    coarse.dpi = map.dpi * kMovingResolution / factor; // line widths and detail as in `map`
    // The smooth enlargement below softens the edges; antialiasing them too would cost
    // more than half the frame.
    coarse.antialias = false;
    render::resolveView(coarse, *m_renderer.projections());
    QImage image((map.size * kMovingResolution).toSize(), QImage::Format_RGB32);
    {
        QPainter imagePainter(&image);
        imagePainter.scale(factor, factor);
        m_renderer.paint(imagePainter, coarse);
    }
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform);
    painter.drawImage(QRectF(QPointF(0, 0), map.size), image);
    painter.restore();
    render::MapFrame decorations = map;
    decorations.state.decorations.labels = false;
    render::DecorationPainter(decorations, render::MapStyle::forTheme(map.state.theme),
                              *m_renderer.projections())
        .paint(painter);
}

void StorySlidePainter::paint(QPainter& painter, const QSizeF& slideSize,
                              const render::MapFrame& map, const SlideText& text,
                              SlideMotion motion)
{
    if (motion == SlideMotion::Moving)
        paintMovingMap(painter, map);
    else
        m_renderer.paint(painter, map);
    paintCaptionBand(painter, slideSize, map, text);
}

void StorySlidePainter::paint(QPainter& painter, const QSizeF& slideSize,
                              const render::MapSheet& sheet, const SlideText& text)
{
    render::paintSheet(m_renderer, painter, sheet);
    paintCaptionBand(painter, slideSize, sheet.page, text);
}

void StorySlidePainter::paintCaptionBand(QPainter& painter, const QSizeF& slideSize,
                                         const render::MapFrame& map, const SlideText& text)
{
    const render::MapStyle style = render::MapStyle::forTheme(map.state.theme);
    const BandFonts fonts = bandFonts(slideSize, style);
    const QRectF band(0, map.size.height(), slideSize.width(),
                      slideSize.height() - map.size.height());
    painter.save();
    painter.setClipRect(band); // a caption too long for its lines is cut, not spilled
    painter.fillRect(band, style.sea);
    painter.setPen(QPen(style.panelBorder, map.points(0.8)));
    painter.drawLine(band.topLeft(), band.topRight());
    painter.setPen(style.text);
    const QRectF inner = band.adjusted(fonts.padding * 2, fonts.padding, -fonts.padding * 2, 0);
    const QFontMetricsF titleMetrics(fonts.title);
    QRectF titleRow(inner.left(), inner.top(), inner.width(), titleMetrics.height());
    if (text.number > 0) {
        const QString counter = QStringLiteral("%1 / %2").arg(text.number).arg(text.count);
        painter.setFont(fonts.counter);
        painter.drawText(titleRow, Qt::AlignRight | Qt::AlignVCenter, counter);
        titleRow.setRight(titleRow.right() -
                          QFontMetricsF(fonts.counter).horizontalAdvance(counter) - fonts.padding);
    }
    // Dataset and story text is drawn as plain text, never interpreted as markup.
    painter.setFont(fonts.title);
    painter.drawText(titleRow, Qt::AlignLeft | Qt::AlignVCenter,
                     titleMetrics.elidedText(text.title, Qt::ElideRight, titleRow.width()));
    painter.setFont(fonts.caption);
    const QFontMetricsF captionMetrics(fonts.caption);
    const QRectF captionBox(inner.left(), titleRow.bottom(), inner.width(),
                            kCaptionLines * captionMetrics.lineSpacing());
    painter.drawText(captionBox, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, text.caption);
    painter.restore();
}

} // namespace flank::present
