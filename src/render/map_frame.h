#pragma once

#include "frame_view.h"
#include "posture_item.h"

#include "core/map_state.h"
#include "posture/fortification.h"
#include "posture/status.h"
#include "posture/troop_note.h"

#include <QHash>
#include <QList>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <optional>

namespace flank::annotate {
class AnnotationSet;
}

namespace flank::render {

// One line of the legend: what a fill means.
struct LegendEntry
{
    posture::Status status;
    QString label;
};

// Where the legend stands: over the map's lower left corner, or in a column of its own left of
// the maps of a sheet, from the top, where every pixel of width it takes is the maps'. Or, in
// a strip under the maps of a comparison (a frame of its own in the window, the foot of a
// sheet's map area in a copy): its sections side by side in as few rows as the width allows.
enum class LegendPlace
{
    OverMap,
    Column,
    Strip,
};

// Everything paint() needs to draw one picture: the user's view plus the output's size and
// resolution, the hover, the statuses to color by and the annotations, with where it looks
// resolved once. A value, so the screen, an export and a story frame are built the same way.
struct MapFrame
{
    core::MapState state;
    QSizeF size{800, 600}; // device pixels
    double dpi = 96.0;
    // From the state's extent, CRS and detail, the size and the dpi: buildFrame() resolves it,
    // and whoever changes one of those afterwards calls resolveView() (frame_builder.h).
    FrameView view;
    QString hover; // ISO alpha-3 under the cursor
    // The programme, deployment or border the side panel shows, outlined on the map.
    std::optional<PostureItem> postureHighlight;
    bool antialias = true;

    QHash<QString, posture::Status> statuses;        // state.treaty on state.date
    QHash<QString, posture::Status> overlayStatuses; // state.overlayTreaty, when shown
    QString treatyName;                              // for the legend and title
    QString overlayTreatyName;
    QStringList sourceOutlets; // the sources footer
    // The border-posture layers' records on the frame's date: programmes announced by then,
    // in the dataset's order (which gives their colors), and deployments there then that have
    // a place.
    QList<posture::Fortification> fortifications;
    QList<posture::TroopNote> troopMarkers;
    QString dataAsOf;          // when the dataset was last checked
    int dataFormatVersion = 0; // the dataset's format version, for citing its edition
    // Named in the stamp before its date: what tells one map of a sheet from the others when
    // their dates are the same (the treaty). Empty: the stamp gives the date alone.
    QString caption;
    LegendPlace legendPlace = LegendPlace::OverMap;
    // Where a strip stands (device pixels): under the maps of a sheet. Empty: the frame is the
    // strip's own, and the strip keeps a narrow edge inside it.
    QRectF legendStripArea;
    // The picture answers the pointer (the window's map), so its legend may ask the reader to
    // point at something; a file, a copy, a slide or a video cannot be pointed at.
    bool answersPointer = false;
    // The date stamp's place is kept but left empty: a video draws the map once for many days
    // and each day's stamp over a copy of it (MapRenderer::paintMoment).
    bool deferDateStamp = false;

    const annotate::AnnotationSet* annotations = nullptr;

    // Points to device pixels at this frame's resolution.
    double points(double pt) const { return pt * dpi / 72.0; }
    double millimetres(double mm) const { return mm * dpi / 25.4; }
};

} // namespace flank::render
