#include "name_shapes.h"

#include <QFontMetricsF>

namespace flank::render {

namespace {

// Names of a few views in two fonts; past it the cache starts again rather than grow.
constexpr qsizetype kMaxShapes = 1024;

} // namespace

const NameShapes::Shape& NameShapes::shape(const QString& text, const QFont& font)
{
    const Key key{text, font.family(), font.pixelSize(), font.bold()};
    auto found = m_shapes.constFind(key);
    if (found != m_shapes.constEnd())
        return *found;
    if (m_shapes.size() >= kMaxShapes)
        m_shapes.clear();
    const QFontMetricsF metrics(font);
    Shape shape{metrics.boundingRect(text), metrics.ascent(), QStaticText(text)};
    shape.text.setTextFormat(Qt::PlainText);
    shape.text.setPerformanceHint(QStaticText::AggressiveCaching);
    shape.text.prepare(QTransform(), font);
    return *m_shapes.insert(key, std::move(shape));
}

} // namespace flank::render
