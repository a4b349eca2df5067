#include "sheet_painter.h"

#include "decoration_painter.h"
#include "map_style.h"

#include <QPainterPath>

namespace flank::render {

void paintSheet(MapRenderer& renderer, QPainter& painter, const MapSheet& sheet)
{
    const MapFrame& page = sheet.page;
    const MapStyle style = MapStyle::forTheme(page.state.theme);
    const QRectF whole(QPointF(0, 0), page.size);
    // A strip of an export draws only the maps that reach it.
    const QRectF shown = painter.hasClipping() ? painter.clipBoundingRect() : whole;
    for (const SheetPane& pane : sheet.panes) {
        if (!shown.intersects(pane.rect))
            continue;
        painter.save();
        painter.setClipRect(pane.rect, Qt::IntersectClip);
        painter.translate(pane.rect.topLeft());
        renderer.paint(painter, pane.frame);
        painter.restore();
    }
    painter.save();
    // The page around the maps is painted after them: SVG keeps no clip, and a map's outlines
    // run a little past its rectangle.
    QPainterPath around;
    around.setFillRule(Qt::OddEvenFill);
    around.addRect(whole);
    for (const SheetPane& pane : sheet.panes)
        around.addRect(pane.rect);
    QColor background = style.panel;
    background.setAlpha(255);
    painter.fillPath(around, background);
    painter.setRenderHint(QPainter::Antialiasing, page.antialias);
    const double line = page.points(0.6);
    painter.setPen(QPen(style.panelBorder, line));
    painter.setBrush(Qt::NoBrush);
    for (const SheetPane& pane : sheet.panes)
        painter.drawRect(pane.rect.adjusted(-line / 2, -line / 2, line / 2, line / 2));
    painter.restore();
    DecorationPainter(page, style, *renderer.projections()).paint(painter);
}

} // namespace flank::render
