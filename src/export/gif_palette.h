#pragma once

#include <QHash>
#include <QImage>
#include <QList>
#include <QRgb>

namespace flank::exporting {

// The colors a GIF may use, gathered from its pictures before it is written. Maps have few
// colors, so most clips fit in 256 exactly; antialiased edges and names beyond that are merged
// by median cut, weighted by how many pixels have each color.
class GifPalette
{
public:
    void addColorsOf(const QImage& image);
    // At most 256 opaque colors.
    QList<QRgb> colors() const;

private:
    QHash<QRgb, qint64> m_counts;
};

} // namespace flank::exporting
