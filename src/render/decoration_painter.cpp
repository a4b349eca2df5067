#include "decoration_painter.h"

#include "inset_map_painter.h"
#include "legend_layout.h"
#include "north_arrow_painter.h"
#include "occupied_marking.h"
#include "posture_scene.h"
#include "posture_style.h"
#include "scale_bar_painter.h"
#include "status_brush.h"
#include "text_measure.h"
#include "title_block_painter.h"

#include "core/local_date.h"

#include <QCoreApplication>
#include <QFontMetricsF>

namespace flank::render {

namespace {

// A panel's border and the radius of its corners (paintPanel); its ink and its opaque inside
// follow from them.
constexpr double kPanelBorderPt = 0.6;
constexpr double kPanelCornerPt = 3;

} // namespace

QString formatLongDate(const QDate& date)
{
    return core::localDate(date);
}

DecorationPainter::DecorationPainter(const MapFrame& frame, const MapStyle& style,
                                     geo::ProjectionCache& projections, PanelSprites* sprites)
    : m_frame(frame), m_style(style), m_projections(projections), m_sprites(sprites)
{
}

QRectF DecorationPainter::panelInk(const QRectF& box) const
{
    const double reach = m_frame.points(kPanelBorderPt) / 2 + 1;
    return box.adjusted(-reach, -reach, reach, reach);
}

void DecorationPainter::paint(QPainter& painter)
{
    const core::Decorations& on = m_frame.state.decorations;
    const TitleBlockPainter titleBlock(m_frame, m_style);
    titleBlock.paint(painter);
    const double margin = m_frame.points(10);
    const double right = m_frame.size.width() - margin;
    // The right-hand column: stamp and inset from the top, scale bar and north arrow from
    // the bottom, all inside the title and footer bands.
    const TopColumn column = topColumn(titleBlock.topBand());
    if (!column.stamp.isNull() && !m_frame.deferDateStamp)
        paintDateStamp(painter, column.stamp);
    if (!column.inset.isNull())
        InsetMapPainter(m_frame, m_style, m_projections).paint(painter, column.inset);
    const geo::Projector* projector = m_frame.view.projector.get();
    if (!projector || !projector->isValid()) {
        if (on.legend)
            paintLegend(painter);
        return;
    }
    double bottom = rightColumnFoot();
    if (on.scaleBar) {
        const QRectF box = ScaleBarPainter(m_frame, m_style).paint(painter, QPointF(right, bottom));
        if (!box.isEmpty())
            bottom = box.top() - margin / 2;
    }
    if (on.northArrow)
        NorthArrowPainter(m_frame, m_style).paint(painter, northArrowBox(bottom));
    if (on.legend)
        paintLegend(painter);
}

void DecorationPainter::paintDateStampOnly(QPainter& painter)
{
    const TopColumn column = topColumn(TitleBlockPainter(m_frame, m_style).topBand());
    if (!column.stamp.isNull())
        paintDateStamp(painter, column.stamp);
}

void DecorationPainter::paintCaption(QPainter& painter, const QString& text)
{
    if (text.isEmpty())
        return;
    QFont font(m_style.fontFamily);
    font.setPixelSize(std::max(1, int(m_frame.points(m_style.baseFontPt * 1.2))));
    const QFontMetricsF metrics(font);
    const double padding = m_frame.points(6), margin = m_frame.points(10);
    const double room = m_frame.size.width() * 0.8 - 2 * padding;
    const QRectF textBox = metrics.boundingRect(QRectF(0, 0, room, m_frame.size.height()),
                                                Qt::AlignCenter | Qt::TextWordWrap, text);
    const double bottom =
        m_frame.size.height() - TitleBlockPainter(m_frame, m_style).bottomBand() - margin * 3;
    QRectF box(0, 0, textBox.width() + 2 * padding, textBox.height() + padding);
    box.moveBottom(bottom);
    box.moveLeft((m_frame.size.width() - box.width()) / 2);
    painter.save();
    paintPanel(painter, box);
    painter.setFont(font);
    painter.setPen(m_style.text);
    painter.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, text);
    painter.restore();
}

void DecorationPainter::paintPanel(QPainter& painter, const QRectF& box)
{
    painter.setPen(QPen(m_style.panelBorder, m_frame.points(kPanelBorderPt)));
    painter.setBrush(m_style.panel);
    painter.drawRoundedRect(box, m_frame.points(kPanelCornerPt), m_frame.points(kPanelCornerPt));
}

void DecorationPainter::paintLegend(QPainter& painter)
{
    const LegendLayout& layout = legendLayout();
    if (!m_sprites) {
        drawLegendPanel(painter, layout);
        drawLegendSwatches(painter, layout);
        return;
    }
    // The swatches go into the sprite too: their hatching lies still under the painter's
    // origin (fillWithStatus), and a sprite starts on a whole pixel, so the copy has it where
    // drawing in place would.
    const QString key =
        QStringLiteral("legend|%1").arg(quint64(legendKey()), 16, 16, QLatin1Char('0'));
    m_sprites->paint(painter, panelInk(layout.box), key, [&](QPainter& target) {
        drawLegendPanel(target, layout);
        drawLegendSwatches(target, layout);
    });
}

std::size_t DecorationPainter::legendKey() const
{
    // The lines' texts and places are hashed rather than written out: a key of every text
    // costs more to build, hash and compare on each frame than copying the panel. Sixty-four
    // bits make two different legends sharing a key as likely as never.
    const LegendLayout& layout = legendLayout();
    std::size_t contents = qHashMulti(0, int(m_style.theme), m_frame.dpi, layout.headingFont.key(),
                                      layout.itemFont.key());
    const auto hashRect = [](std::size_t seed, const QRectF& rect) {
        return qHashMulti(seed, rect.x(), rect.y(), rect.width(), rect.height());
    };
    for (const LegendItem& item : layout.items) {
        contents = qHashMulti(contents, int(item.kind), int(item.status), item.text, item.key);
        contents = hashRect(hashRect(contents, item.swatch), item.row);
        if (item.kind == LegendItemKind::Programme)
            contents = qHashMulti(contents, programmeColorIndex(m_frame, item.key),
                                  programmeCoversWholeBorders(item.key));
    }
    return contents;
}

bool DecorationPainter::programmeCoversWholeBorders(const QString& programmeId) const
{
    const auto programme =
        std::find_if(m_frame.fortifications.begin(), m_frame.fortifications.end(),
                     [&](const auto& p) { return p.id == programmeId; });
    return programme != m_frame.fortifications.end() &&
           std::all_of(programme->frontiers.begin(), programme->frontiers.end(), [](const auto& f) {
               return f.coverage == posture::FrontierCoverage::Whole;
           });
}

void DecorationPainter::drawLegendPanel(QPainter& painter, const LegendLayout& layout)
{
    painter.save();
    paintPanel(painter, layout.box);
    painter.setPen(m_style.text);
    for (const LegendItem& item : layout.items) {
        const bool heading = item.kind == LegendItemKind::Heading;
        painter.setFont(heading ? layout.headingFont : layout.itemFont);
        QRectF textRect = item.row;
        if (!heading)
            textRect.setLeft(item.swatch.right() + layout.textGap);
        // A long translation wraps in its row (LegendLayout made the row tall enough).
        painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, item.text);
    }
    painter.restore();
}

void DecorationPainter::drawLegendSwatches(QPainter& painter, const LegendLayout& layout)
{
    painter.save();
    const QPen swatchPen(m_style.focusBorder, m_frame.points(0.5));
    for (const LegendItem& item : layout.items) {
        if (item.kind == LegendItemKind::Heading)
            continue;
        QPainterPath swatch;
        swatch.addRect(item.swatch);
        switch (item.kind) {
        case LegendItemKind::Status:
            fillWithStatus(painter, swatch, m_style.statusStyle(item.status), m_frame);
            break;
        case LegendItemKind::OverlayStatus:
            painter.fillPath(swatch, m_style.land);
            painter.strokePath(swatch,
                               QPen(m_style.overlayColor(item.status), m_frame.points(4.0)));
            break;
        case LegendItemKind::Occupied: {
            CountryPaintList marking(m_frame, QTransform());
            addOccupiedTerritory(marking, CountryPaintList::Path{swatch, {}},
                                 m_style.statusStyle(item.status), m_style, m_frame);
            marking.replay(painter, nullptr, {}, false);
            break;
        }
        case LegendItemKind::NoData:
        case LegendItemKind::Heading:
            painter.fillPath(swatch, m_style.land);
            break;
        case LegendItemKind::Frontier:
        case LegendItemKind::Programme:
        case LegendItemKind::PartBorder:
        case LegendItemKind::Troops:
            drawPostureSwatch(painter, item);
            continue; // a line or a disc, not a box
        }
        painter.strokePath(swatch, swatchPen);
    }
    painter.restore();
}

void DecorationPainter::drawPostureSwatch(QPainter& painter, const LegendItem& item)
{
    const QRectF box = item.swatch;
    const QList<QPolygonF> line{QPolygonF{QPointF(box.left() + 1, box.center().y()),
                                          QPointF(box.right() - 1, box.center().y())}};
    // The legend is drawn smaller on small frames: its swatches shrink with it.
    const double shrink = std::clamp(box.height() / m_frame.points(9), 0.3, 1.0);
    switch (item.kind) {
    case LegendItemKind::Frontier:
        paintFrontierLine(painter, line, m_style, m_frame);
        break;
    case LegendItemKind::Programme:
        paintProgrammeBand(painter, {{line.first(), 0.0}}, programmeColorIndex(m_frame, item.key),
                           programmeCoversWholeBorders(item.key), 6.0 * shrink, m_frame);
        break;
    case LegendItemKind::PartBorder: {
        QColor gray = m_style.text;
        gray.setAlpha(160);
        QPen ticks(gray, m_frame.points(6.0 * shrink), Qt::CustomDashLine, Qt::FlatCap);
        ticks.setDashPattern({0.18, 0.32});
        painter.setPen(ticks);
        painter.drawPolyline(line.first());
        break;
    }
    case LegendItemKind::Troops: {
        const auto kind = posture::troopNoteKindFromId(item.key);
        paintTroopMarker(painter, box.center(), box.height() / 2,
                         kind.value_or(posture::TroopNoteKind::NationalForces), m_style, m_frame);
        break;
    }
    default:
        break;
    }
}

DecorationPainter::TopColumn DecorationPainter::topColumn(double titleBand) const
{
    const core::Decorations& on = m_frame.state.decorations;
    const double margin = m_frame.points(10);
    TopColumn column;
    double top = titleBand + margin;
    if (on.dateStamp && m_frame.state.date.isValid()) {
        column.stamp = dateStampBox(top);
        top = column.stamp.bottom() + margin;
    }
    if (on.inset) {
        const QSizeF size = InsetMapPainter(m_frame, m_style, m_projections).size();
        column.inset = QRectF(QPointF(m_frame.size.width() - margin - size.width(), top), size);
    }
    return column;
}

double DecorationPainter::rightColumnFoot() const
{
    const double margin = m_frame.points(10);
    const double bottom =
        m_frame.size.height() - TitleBlockPainter(m_frame, m_style).bottomBand() - margin;
    // A legend in a strip across the foot of the map: scale bar and north arrow stand on it.
    if (m_frame.state.decorations.legend && m_frame.legendPlace == LegendPlace::Strip &&
        !m_frame.legendStripArea.isEmpty())
        return std::min(bottom, panelInk(legendLayout().box).top() - margin / 2);
    return bottom;
}

QRectF DecorationPainter::northArrowBox(double bottom) const
{
    const QSizeF size = NorthArrowPainter(m_frame, m_style).size();
    const double right = m_frame.size.width() - m_frame.points(10);
    return QRectF(QPointF(right - size.width(), bottom - size.height()), size);
}

QList<QRectF> DecorationPainter::reservedAreas() const
{
    const core::Decorations& on = m_frame.state.decorations;
    const TitleBlockPainter titleBlock(m_frame, m_style);
    const double width = m_frame.size.width();
    QList<QRectF> areas;
    if (const double top = titleBlock.topBand(); top > 0)
        areas << QRectF(0, 0, width, top);
    if (const double bottom = titleBlock.bottomBand(); bottom > 0)
        areas << QRectF(0, m_frame.size.height() - bottom, width, bottom);
    const TopColumn column = topColumn(titleBlock.topBand());
    for (const QRectF& box : {column.stamp, column.inset})
        if (!box.isNull())
            areas << box;
    if (on.legend)
        areas << legendLayout().box;
    const geo::Projector* projector = m_frame.view.projector.get();
    if (!projector || !projector->isValid())
        return areas;
    const double margin = m_frame.points(10);
    const double right = m_frame.size.width() - margin;
    double bottom = rightColumnFoot();
    if (on.scaleBar) {
        const QRectF box = ScaleBarPainter(m_frame, m_style).largestBox(QPointF(right, bottom));
        areas << box;
        bottom = box.top() - margin / 2;
    }
    if (on.northArrow)
        areas << northArrowBox(bottom);
    return areas;
}

const LegendLayout& DecorationPainter::legendLayout() const
{
    if (!m_legend)
        m_legend = LegendLayout::compute(m_frame, m_style);
    return *m_legend;
}

QRectF DecorationPainter::opaqueArea() const
{
    if (!m_frame.state.decorations.legend || m_style.panel.alpha() != 255)
        return {};
    // Inside the rounded corners and the border (paintPanel), the panel's own fill.
    const double inset = m_frame.points(kPanelCornerPt) + m_frame.points(kPanelBorderPt);
    const QRectF inside = legendLayout().box.adjusted(inset, inset, -inset, -inset);
    return inside.isValid() ? inside : QRectF();
}

DecorationPainter::DateStamp DecorationPainter::dateStamp() const
{
    const QString date = formatLongDate(m_frame.state.date);
    const QString full =
        m_frame.caption.isEmpty()
            ? QCoreApplication::translate("flank::render::Legend", "Status as of %1").arg(date)
            : QCoreApplication::translate("flank::render::Legend", "%1: status as of %2")
                  .arg(m_frame.caption, date);
    QFont font(m_style.fontFamily);
    font.setPixelSize(std::max(1, int(m_frame.points(m_style.baseFontPt * 1.35))));
    font.setBold(true);
    // The box stands a margin from the right edge and may reach the left one.
    const double room = m_frame.size.width() - m_frame.points(10) - 2 * m_frame.points(6);
    const double width = textAdvance(font, full);
    if (width <= room)
        return {full, font};
    const QString shorter =
        m_frame.caption.isEmpty() ? date : QStringLiteral("%1: %2").arg(m_frame.caption, date);
    const double shorterWidth = textAdvance(font, shorter);
    if (shorterWidth > room && room > 0)
        font.setPixelSize(std::max(6, int(font.pixelSize() * room / shorterWidth)));
    return {shorter, font};
}

QRectF DecorationPainter::dateStampBox(double top) const
{
    const DateStamp stamp = dateStamp();
    const QFontMetricsF metrics(stamp.font);
    const double padding = m_frame.points(6), margin = m_frame.points(10);
    const QSizeF size(textAdvance(stamp.font, stamp.text) + 2 * padding,
                      metrics.height() + padding);
    return QRectF(QPointF(m_frame.size.width() - margin - size.width(), top), size);
}

void DecorationPainter::paintDateStamp(QPainter& painter, const QRectF& box)
{
    const DateStamp stamp = dateStamp();
    const QString& text = stamp.text;
    const auto draw = [&](QPainter& target) {
        target.save();
        paintPanel(target, box);
        target.setFont(stamp.font);
        target.setPen(m_style.text);
        target.drawText(box, Qt::AlignCenter, text);
        target.restore();
    };
    if (m_sprites)
        m_sprites->paint(painter, panelInk(box),
                         QStringLiteral("stamp|%1|%2|%3|%4")
                             .arg(int(m_style.theme))
                             .arg(m_frame.dpi, 0, 'g', 17)
                             .arg(stamp.font.pixelSize())
                             .arg(text),
                         draw);
    else
        draw(painter);
}

} // namespace flank::render
