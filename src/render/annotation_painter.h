#pragma once

#include "map_frame.h"
#include "map_style.h"
#include "view_transform.h"

#include "annotate/annotation_set.h"
#include "geo/projector.h"

#include <QPainter>
#include <QPainterPath>

namespace flank::render {

// Draws the analyst's annotations (lon/lat) on the map, above the countries and below the
// layout decorations; answers which annotation is under a device point from the same shapes.
class AnnotationPainter
{
public:
    // Reads the projector and view the frame resolved.
    AnnotationPainter(const MapFrame& frame, const MapStyle& style);

    void paint(QPainter& painter, const annotate::AnnotationSet& annotations) const;
    void paintOne(QPainter& painter, const annotate::Annotation& annotation) const;
    // The annotation's device points; empty when one cannot be projected.
    QPolygonF devicePoints(const annotate::Annotation& annotation) const;
    // Index of the topmost annotation within `slop` device pixels of `point`, or -1.
    qsizetype annotationAt(const annotate::AnnotationSet& annotations, QPointF point,
                           double slop) const;
    // The area an annotation covers on the device, for hit tests and selection handles.
    QPainterPath outline(const annotate::Annotation& annotation) const;

private:
    QFont textFont(const annotate::Annotation& annotation) const;
    double lineWidth(const annotate::Annotation& annotation) const;
    QRectF textBox(const annotate::Annotation& annotation, QPointF anchor) const;
    void paintCaption(QPainter& painter, const QString& text, QPointF anchor,
                      const annotate::Annotation& annotation) const;

    const MapFrame& m_frame;
    const MapStyle& m_style;
    const geo::Projector& m_projector;
    const ViewTransform& m_view;
};

QPainterPath markerSymbolPath(annotate::MarkerSymbol symbol, QPointF centre, double size);

} // namespace flank::render
