#include "decoration_painter.h"

#include "legend_layout.h"
#include "status_brush.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>

namespace flank::render {

QString formatLongDate(const QDate& date)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(date, QStringLiteral("d MMMM yyyy"));
}

DecorationPainter::DecorationPainter(const MapFrame& frame, const MapStyle& style)
    : m_frame(frame), m_style(style)
{
}

void DecorationPainter::paint(QPainter& painter)
{
    if (m_frame.state.decorations.legend)
        paintLegend(painter);
    if (m_frame.state.decorations.dateStamp && m_frame.state.date.isValid())
        paintDateStamp(painter);
}

void DecorationPainter::paintPanel(QPainter& painter, const QRectF& box)
{
    painter.setPen(QPen(m_style.panelBorder, m_frame.points(0.6)));
    painter.setBrush(m_style.panel);
    painter.drawRoundedRect(box, m_frame.points(3), m_frame.points(3));
}

void DecorationPainter::paintLegend(QPainter& painter)
{
    const LegendLayout layout = LegendLayout::compute(m_frame, m_style);
    painter.save();
    paintPanel(painter, layout.box);
    const QPen swatchPen(m_style.focusBorder, m_frame.points(0.5));
    for (const LegendItem& item : layout.items) {
        const bool heading = item.kind == LegendItemKind::Heading;
        if (!heading) {
            QPainterPath swatch;
            swatch.addRect(item.swatch);
            switch (item.kind) {
            case LegendItemKind::Status:
                fillWithStatus(painter, swatch, m_style.statusStyle(item.status), m_frame);
                break;
            case LegendItemKind::OverlayStatus:
                painter.fillPath(swatch, m_style.land);
                painter.strokePath(swatch, QPen(m_style.overlayColor(item.status),
                                                m_frame.points(4.0)));
                break;
            case LegendItemKind::Occupied:
                fillWithStatus(painter, swatch, m_style.statusStyle(posture::Status::Party),
                               m_frame);
                fillWithStatus(painter, swatch, m_style.occupiedStyle(), m_frame);
                break;
            case LegendItemKind::NoData:
            case LegendItemKind::Heading:
                painter.fillPath(swatch, m_style.land);
                break;
            }
            painter.strokePath(swatch, swatchPen);
        }
        painter.setFont(heading ? layout.headingFont : layout.itemFont);
        painter.setPen(m_style.text);
        QRectF textRect = item.row;
        if (!heading)
            textRect.setLeft(item.swatch.right() + m_frame.points(6));
        painter.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter, item.text);
    }
    painter.restore();
}

void DecorationPainter::paintDateStamp(QPainter& painter)
{
    const QString text = QCoreApplication::translate("flank::render::Legend", "Status as of %1")
                             .arg(formatLongDate(m_frame.state.date));
    QFont font(m_style.fontFamily);
    font.setPixelSize(std::max(1, int(m_frame.points(m_style.baseFontPt * 1.35))));
    font.setBold(true);
    const QFontMetricsF metrics(font);
    const double padding = m_frame.points(6), margin = m_frame.points(10);
    const QSizeF size(metrics.horizontalAdvance(text) + 2 * padding, metrics.height() + padding);
    const QRectF box(QPointF(m_frame.size.width() - margin - size.width(), margin), size);
    painter.save();
    paintPanel(painter, box);
    painter.setFont(font);
    painter.setPen(m_style.text);
    painter.drawText(box, Qt::AlignCenter, text);
    painter.restore();
}

} // namespace flank::render
