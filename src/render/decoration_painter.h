#pragma once

#include "legend_layout.h"
#include "map_frame.h"
#include "map_style.h"
#include "panel_sprites.h"

#include "geo/projection_cache.h"

#include <QPainter>

#include <cstddef>
#include <optional>

namespace flank::render {

// Draws the layout decorations a frame asks for on top of the map: title band, legend,
// "Status as of" stamp, sources footer, scale bar, north arrow and inset. The window, its
// export preview and every file get them from here, so they cannot differ.
class DecorationPainter
{
public:
    // With `sprites`, the legend and stamp are copied from images drawn on an earlier frame.
    // `projections` gives the inset its map of Europe; the main map's come from the frame.
    DecorationPainter(const MapFrame& frame, const MapStyle& style,
                      geo::ProjectionCache& projections, PanelSprites* sprites = nullptr);
    void paint(QPainter& painter);
    // The date stamp alone, where paint() puts it: over a map painted with deferDateStamp.
    void paintDateStampOnly(QPainter& painter);
    // A caption in a panel at the foot of the map, above the footer; lines break at '\n'.
    void paintCaption(QPainter& painter, const QString& text);
    // Device rectangles the title band, footer, date stamp, inset, legend, scale bar and north
    // arrow take, without painting: map labels keep clear of them.
    QList<QRectF> reservedAreas() const;
    // Where paint() covers the map with opaque pixels whatever lies beneath (the inside of
    // the legend's panel), in the frame's units; null when it covers none. A picture need not
    // be finished there before paint().
    QRectF opaqueArea() const;
    // A 64-bit hash of everything the legend draws (lines, places, type, colors): equal keys,
    // the same picture.
    std::size_t legendKey() const;

private:
    // The top of the right-hand column: the date stamp, and the inset below it; a null
    // rectangle for each one that is off. paint() and reservedAreas() both place them here.
    struct TopColumn
    {
        QRectF stamp;
        QRectF inset;
    };
    TopColumn topColumn(double titleBand) const;
    // Where the foot of the right-hand column stands: the scale bar, and the north arrow on
    // it, rise from there.
    double rightColumnFoot() const;
    // The north arrow's box, standing at `bottom` in the right-hand column.
    QRectF northArrowBox(double bottom) const;
    // Laid out once per painter: the names keep clear of it and paint() draws it.
    const LegendLayout& legendLayout() const;
    void paintLegend(QPainter& painter);
    void drawLegendPanel(QPainter& painter, const LegendLayout& layout); // panel and text
    void drawLegendSwatches(QPainter& painter, const LegendLayout& layout);
    void drawPostureSwatch(QPainter& painter, const LegendItem& item); // by the map's painters
    // Whether every border a programme covers is covered whole (its band is solid, not ticked).
    bool programmeCoversWholeBorders(const QString& programmeId) const;
    QRectF panelInk(const QRectF& box) const; // the box and its antialiased border
    // The stamp's words and type, fitted to the frame's width: a narrow map of a sheet gives
    // its date alone, and smaller if need be.
    struct DateStamp
    {
        QString text;
        QFont font;
    };
    DateStamp dateStamp() const;
    QRectF dateStampBox(double top) const;
    void paintDateStamp(QPainter& painter, const QRectF& box);
    void paintPanel(QPainter& painter, const QRectF& box);

    const MapFrame& m_frame;
    const MapStyle& m_style;
    geo::ProjectionCache& m_projections;
    PanelSprites* m_sprites;
    mutable std::optional<LegendLayout> m_legend;
};

// "18 March 2025" in the interface language (core::localDate): "18 marca 2025" in Polish;
// English in the British order, the same in every picture whatever the machine's locale.
QString formatLongDate(const QDate& date);

} // namespace flank::render
