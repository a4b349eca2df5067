#include "annotation.h"

namespace flank::annotate {

namespace {

constexpr struct
{
    AnnotationKind kind;
    const char* id;
} kKindNames[] = {{AnnotationKind::Text, "text"},
                  {AnnotationKind::Arrow, "arrow"},
                  {AnnotationKind::Marker, "marker"},
                  {AnnotationKind::Line, "line"},
                  {AnnotationKind::Area, "area"}};

constexpr struct
{
    MarkerSymbol symbol;
    const char* id;
} kSymbolNames[] = {{MarkerSymbol::Circle, "circle"},
                    {MarkerSymbol::Square, "square"},
                    {MarkerSymbol::Triangle, "triangle"},
                    {MarkerSymbol::Star, "star"},
                    {MarkerSymbol::Cross, "cross"}};

// No annotation needs more; a longer one is a damaged or hostile file.
constexpr int kMaxVertices = 10000;

} // namespace

int Annotation::minimumPoints(AnnotationKind kind)
{
    switch (kind) {
    case AnnotationKind::Text:
    case AnnotationKind::Marker:
        return 1;
    case AnnotationKind::Arrow:
    case AnnotationKind::Line:
        return 2;
    case AnnotationKind::Area:
        return 3;
    }
    return 1;
}

int Annotation::maximumPoints(AnnotationKind kind)
{
    switch (kind) {
    case AnnotationKind::Text:
    case AnnotationKind::Marker:
        return 1;
    case AnnotationKind::Arrow:
        return 2;
    case AnnotationKind::Line:
    case AnnotationKind::Area:
        return kMaxVertices;
    }
    return 1;
}

QList<QColor> annotationPalette()
{
    // Okabe and Ito's dark tones plus black and white: distinct from the status fills.
    return {QColor(0xC0, 0x1C, 0x28), QColor(0x1A, 0x1A, 0x1A), QColor(0xFF, 0xFF, 0xFF),
            QColor(0x00, 0x4D, 0x80), QColor(0x00, 0x6B, 0x4F), QColor(0x7A, 0x2E, 0x8E),
            QColor(0xB3, 0x5C, 0x00)};
}

QString kindId(AnnotationKind kind)
{
    for (const auto& name : kKindNames)
        if (name.kind == kind)
            return QString::fromLatin1(name.id);
    return QStringLiteral("text");
}

std::optional<AnnotationKind> kindFromId(const QString& id)
{
    for (const auto& name : kKindNames)
        if (id == QLatin1String(name.id))
            return name.kind;
    return std::nullopt;
}

QString symbolId(MarkerSymbol symbol)
{
    for (const auto& name : kSymbolNames)
        if (name.symbol == symbol)
            return QString::fromLatin1(name.id);
    return QStringLiteral("circle");
}

std::optional<MarkerSymbol> symbolFromId(const QString& id)
{
    for (const auto& name : kSymbolNames)
        if (id == QLatin1String(name.id))
            return name.symbol;
    return std::nullopt;
}

} // namespace flank::annotate
