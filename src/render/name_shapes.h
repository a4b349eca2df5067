#pragma once

#include <QFont>
#include <QHash>
#include <QRectF>
#include <QStaticText>
#include <QString>

namespace flank::render {

// Country names shaped once per font: placing names again on the next frame (every pan and
// zoom) then measures nothing, where shaping each name twice was a tenth of a frame.
class NameShapes
{
public:
    struct Shape
    {
        QRectF bounds; // ink box, from QFontMetricsF::boundingRect, baseline at y = 0
        double ascent = 0;
        QStaticText text; // prepared for drawing without a transform
    };

    const Shape& shape(const QString& text, const QFont& font);

private:
    struct Key
    {
        QString text;
        QString family;
        int pixelSize = 0;
        bool bold = false;
        friend bool operator==(const Key&, const Key&) = default;
        friend size_t qHash(const Key& key, size_t seed = 0)
        {
            return qHashMulti(seed, key.text, key.family, key.pixelSize, key.bold);
        }
    };

    QHash<Key, Shape> m_shapes;
};

} // namespace flank::render
