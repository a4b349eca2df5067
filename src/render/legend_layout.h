#pragma once

#include "map_frame.h"
#include "map_style.h"

#include <QFont>
#include <QList>
#include <QRectF>

#include <optional>

namespace flank::render {

enum class LegendItemKind
{
    Heading,
    Status,
    OverlayStatus,
    Occupied,
    NoData,
    Frontier,   // the land borders with Russia and Belarus
    Programme,  // one fortification programme; key: its id
    PartBorder, // how a programme along part of a border is drawn
    Troops,     // a kind of deployment; key: the troop note kind's id
};

struct LegendItem
{
    LegendItemKind kind = LegendItemKind::Status;
    posture::Status status = posture::Status::NoData;
    QString text;
    QRectF swatch; // device pixels
    QRectF row;    // the whole line, for hover and click
    QString key;   // what a Programme or Troops line stands for
};

// Where the legend and its lines go in a frame; the painter draws it and the window uses it to
// answer "which status is under the mouse".
struct LegendLayout
{
    QRectF box;
    double textGap = 0; // from a swatch to its text
    QFont headingFont;
    QFont itemFont;
    QList<LegendItem> items;

    static LegendLayout compute(const MapFrame& frame, const MapStyle& style);
    // Where `frame`'s legend, as a strip `width` wide from `left`, stands with its foot at
    // `bottom`: its height is measured with the strip at the top first.
    static QRectF stripArea(MapFrame frame, const MapStyle& style, double left, double width,
                            double bottom);
    std::optional<LegendItem> itemAt(QPointF devicePoint) const;
};

// Adds the statuses of another map to a frame's, for its legend only: the legend reads which
// statuses occur (and Ukraine's, for its occupied swatch), so those new to `frame` go in under
// keys no state has, and no fill changes. `index` tells the other maps' keys apart.
void addLegendStatuses(QHash<QString, posture::Status>& frame,
                       const QHash<QString, posture::Status>& other, qsizetype index);

} // namespace flank::render
