#pragma once

#include "map_frame.h"

#include "geo/projection_cache.h"
#include "posture/dataset.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

namespace flank::render {

// The statuses of every state and the outlets to credit, kept for one dataset, date and pair
// of treaties: the window builds a frame on every mouse move, and these change only with the
// date, the treaty or the data.
class FrameStatusCache
{
public:
    // Fills the frame's statuses, overlay statuses and source outlets, computing them only when
    // the dataset, date or treaties differ from the last call.
    void fill(MapFrame& frame, const posture::Dataset& dataset);

    // Forgets the kept statuses: a new dataset may sit where the old one was freed, so the
    // window calls this whenever its data is replaced.
    void invalidate() { m_valid = false; }

    int computations() const { return m_computations; } // how often it had to compute

private:
    struct Key
    {
        const void* steps = nullptr; // the dataset's identity: its step list's shared data
        const void* sources = nullptr;
        QDate date;
        core::TreatyChoice treaty = core::TreatyChoice::Ottawa;
        friend bool operator==(const Key&, const Key&) = default;
    };

    Key m_key;
    bool m_valid = false;
    QHash<QString, posture::Status> m_statuses;
    QHash<QString, posture::Status> m_overlayStatuses;
    QStringList m_outlets;
    int m_computations = 0;
};

// Turns a view into a frame: where it looks (extent, level of detail, projector and projected
// countries), the statuses of every state in the dataset on the view's date, from
// Dataset::statusOn, and the names and sources the decorations print. With a cache, statuses
// are computed once per date and treaty.
MapFrame buildFrame(const core::MapState& state, const posture::Dataset& dataset,
                    geo::ProjectionCache& projections, const QSizeF& size, double dpi = 96.0,
                    FrameStatusCache* cache = nullptr);

// What buildFrame() gives less the view, size and dpi: the statuses, names, sources and
// records of the state's date and treaty, for a frame sized later (the maps of a sheet).
MapFrame frameFacts(const core::MapState& state, const posture::Dataset& dataset,
                    FrameStatusCache* cache = nullptr);

// Resolves the frame's view again after its state's extent, CRS or detail, its size or its
// dpi have changed.
void resolveView(MapFrame& frame, geo::ProjectionCache& projections);

} // namespace flank::render
