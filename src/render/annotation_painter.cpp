#include "annotation_painter.h"

#include <QFontMetricsF>
#include <QPainterPathStroker>

#include <cmath>
#include <numbers>

namespace flank::render {

using annotate::Annotation;
using annotate::AnnotationKind;

QPainterPath markerSymbolPath(annotate::MarkerSymbol symbol, QPointF c, double size)
{
    const double r = size / 2;
    QPainterPath path;
    switch (symbol) {
    case annotate::MarkerSymbol::Circle:
        path.addEllipse(c, r, r);
        break;
    case annotate::MarkerSymbol::Square:
        path.addRect(QRectF(c.x() - r * 0.85, c.y() - r * 0.85, r * 1.7, r * 1.7));
        break;
    case annotate::MarkerSymbol::Triangle:
        path.addPolygon(QPolygonF{c + QPointF(0, -r), c + QPointF(r * 0.95, r * 0.7),
                                  c + QPointF(-r * 0.95, r * 0.7), c + QPointF(0, -r)});
        break;
    case annotate::MarkerSymbol::Star: {
        QPolygonF star;
        for (int i = 0; i <= 10; ++i) {
            const double angle = std::numbers::pi * (i / 5.0 - 0.5);
            const double radius = i % 2 ? r * 0.45 : r;
            star << c + QPointF(std::cos(angle) * radius, std::sin(angle) * radius);
        }
        path.addPolygon(star);
        break;
    }
    case annotate::MarkerSymbol::Cross: {
        const double t = r * 0.32;
        path.addRect(QRectF(c.x() - r, c.y() - t, 2 * r, 2 * t));
        path.addRect(QRectF(c.x() - t, c.y() - r, 2 * t, 2 * r));
        path = path.simplified();
        break;
    }
    }
    return path;
}

AnnotationPainter::AnnotationPainter(const MapFrame& frame, const MapStyle& style)
    : m_frame(frame), m_style(style), m_projector(*frame.view.projector),
      m_view(frame.view.transform)
{
}

QPolygonF AnnotationPainter::devicePoints(const Annotation& annotation) const
{
    QPolygonF points;
    for (QPointF lonLat : annotation.points) {
        const auto mapPoint = m_projector.forward(lonLat);
        if (!mapPoint)
            return {};
        points << m_view.mapToDevice().map(*mapPoint);
    }
    return points;
}

QFont AnnotationPainter::textFont(const Annotation& annotation) const
{
    QFont font(m_style.fontFamily);
    const double size =
        annotation.kind == AnnotationKind::Text ? annotation.size : m_style.baseFontPt * 1.1;
    font.setPixelSize(std::max(1, int(m_frame.points(size))));
    font.setBold(true);
    return font;
}

double AnnotationPainter::lineWidth(const Annotation& annotation) const
{
    return m_frame.points(std::max(0.5, annotation.size / 6));
}

QRectF AnnotationPainter::textBox(const Annotation& annotation, QPointF anchor) const
{
    const QFontMetricsF metrics(textFont(annotation));
    const double pad = m_frame.points(3);
    const double width = metrics.horizontalAdvance(annotation.text) + 2 * pad;
    const double height = metrics.height() + pad;
    if (annotation.kind == AnnotationKind::Text) // centred on its point
        return QRectF(anchor.x() - width / 2, anchor.y() - height / 2, width, height);
    return QRectF(anchor.x(), anchor.y() - height / 2, width, height);
}

void AnnotationPainter::paintCaption(QPainter& painter, const QString& text, QPointF anchor,
                                     const Annotation& annotation) const
{
    if (text.isEmpty())
        return;
    const QRectF box = textBox(annotation, anchor);
    // A soft panel rather than a halo, so the text stays text in SVG and PDF.
    QColor panel = m_style.panel;
    panel.setAlpha(215);
    painter.setPen(Qt::NoPen);
    painter.setBrush(panel);
    painter.drawRoundedRect(box, m_frame.points(2), m_frame.points(2));
    painter.setFont(textFont(annotation));
    painter.setPen(annotation.kind == AnnotationKind::Text ? annotation.color : m_style.text);
    painter.drawText(box, Qt::AlignCenter, text);
}

void AnnotationPainter::paintOne(QPainter& painter, const Annotation& annotation) const
{
    const QPolygonF points = devicePoints(annotation);
    if (points.isEmpty())
        return;
    painter.save();
    const QPen pen(annotation.color, lineWidth(annotation), Qt::SolidLine, Qt::RoundCap,
                   Qt::RoundJoin);
    const QPen halo(m_style.textHalo, lineWidth(annotation) + m_frame.points(1.6), Qt::SolidLine,
                    Qt::RoundCap, Qt::RoundJoin);
    const double offset = m_frame.points(annotation.size * 0.5 + 3);
    switch (annotation.kind) {
    case AnnotationKind::Text:
        paintCaption(painter, annotation.text, points.first(), annotation);
        break;
    case AnnotationKind::Marker: {
        const QPainterPath symbol =
            markerSymbolPath(annotation.symbol, points.first(), m_frame.points(annotation.size));
        painter.setPen(QPen(m_style.textHalo, m_frame.points(1.2)));
        painter.setBrush(annotation.color);
        painter.drawPath(symbol);
        paintCaption(painter, annotation.text, points.first() + QPointF(offset, 0), annotation);
        break;
    }
    case AnnotationKind::Arrow: {
        const QPointF tail = points.first(), head = points.last();
        const QLineF line(tail, head);
        const double headLength = std::min(line.length(), lineWidth(annotation) * 4 + 4);
        QLineF back(head, tail);
        back.setLength(headLength);
        const QPointF base = back.p2();
        const QPointF normal(-(head - base).y() * 0.55, (head - base).x() * 0.55);
        const QPolygonF arrowHead{head, base + normal, base - normal};
        painter.setBrush(Qt::NoBrush);
        for (const QPen& stroke : {halo, pen}) {
            painter.setPen(stroke);
            painter.drawLine(tail, base);
        }
        painter.setPen(QPen(m_style.textHalo, m_frame.points(0.8)));
        painter.setBrush(annotation.color);
        painter.drawPolygon(arrowHead);
        paintCaption(painter, annotation.text, tail + QPointF(m_frame.points(4), 0), annotation);
        break;
    }
    case AnnotationKind::Line:
        painter.setBrush(Qt::NoBrush);
        for (const QPen& stroke : {halo, pen}) {
            painter.setPen(stroke);
            painter.drawPolyline(points);
        }
        paintCaption(painter, annotation.text, points.last() + QPointF(m_frame.points(4), 0),
                     annotation);
        break;
    case AnnotationKind::Area: {
        QColor fill = annotation.color;
        fill.setAlphaF(0.2f);
        painter.setPen(pen);
        painter.setBrush(fill);
        painter.drawPolygon(points);
        paintCaption(painter, annotation.text, points.boundingRect().center(), annotation);
        break;
    }
    }
    painter.restore();
}

void AnnotationPainter::paint(QPainter& painter, const annotate::AnnotationSet& annotations) const
{
    for (const Annotation& annotation : annotations.items())
        paintOne(painter, annotation);
}

QPainterPath AnnotationPainter::outline(const Annotation& annotation) const
{
    const QPolygonF points = devicePoints(annotation);
    QPainterPath path;
    if (points.isEmpty())
        return path;
    switch (annotation.kind) {
    case AnnotationKind::Text:
        path.addRect(textBox(annotation, points.first()));
        return path;
    case AnnotationKind::Marker:
        path.addEllipse(points.first(), m_frame.points(annotation.size) / 2,
                        m_frame.points(annotation.size) / 2);
        return path;
    case AnnotationKind::Area:
        path.addPolygon(points);
        path.closeSubpath();
        return path;
    case AnnotationKind::Arrow:
    case AnnotationKind::Line:
        break;
    }
    path.addPolygon(points);
    QPainterPathStroker stroker;
    stroker.setWidth(lineWidth(annotation));
    return stroker.createStroke(path);
}

qsizetype AnnotationPainter::annotationAt(const annotate::AnnotationSet& annotations, QPointF point,
                                          double slop) const
{
    QPainterPath probe;
    probe.addEllipse(point, slop, slop);
    for (qsizetype i = annotations.size() - 1; i >= 0; --i)
        if (outline(annotations.at(i)).intersects(probe))
            return i;
    return -1;
}

} // namespace flank::render
