#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>

#include <optional>

namespace flank::annotate {

enum class AnnotationKind
{
    Text,
    Arrow,
    Marker,
    Line,
    Area
};
enum class MarkerSymbol
{
    Circle,
    Square,
    Triangle,
    Star,
    Cross
};

// One analyst's mark on the map, in lon/lat (WGS 84) so it stays put on zoom, pan,
// reprojection and export. Sizes are in points, so a print keeps the screen's proportions.
struct Annotation
{
    AnnotationKind kind = AnnotationKind::Text;
    QList<QPointF> points; // Text and Marker: one; Arrow: tail then head; Line, Area: two or more
    QString text;          // the label of a Text; an optional caption for the others
    QColor color = QColor(0xC0, 0x1C, 0x28);
    double size = 12.0; // font size (Text), symbol size (Marker), 6 x line width (the others)
    MarkerSymbol symbol = MarkerSymbol::Circle;

    friend bool operator==(const Annotation&, const Annotation&) = default;

    // How many points the kind needs, and at most; a bad count is a file error.
    static int minimumPoints(AnnotationKind kind);
    static int maximumPoints(AnnotationKind kind);
};

// The colors an annotation may take: readable on every theme and in grayscale print.
QList<QColor> annotationPalette();

QString kindId(AnnotationKind kind);
std::optional<AnnotationKind> kindFromId(const QString& id);
QString symbolId(MarkerSymbol symbol);
std::optional<MarkerSymbol> symbolFromId(const QString& id);

} // namespace flank::annotate
