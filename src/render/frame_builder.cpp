#include "frame_builder.h"

#include "posture/treaty_names.h"

namespace flank::render {

void FrameStatusCache::fill(MapFrame& frame, const posture::Dataset& dataset)
{
    const core::MapState& state = frame.state;
    const QString fillTreaty = core::fillTreatyId(state.treaty);
    const QString overlayTreaty = core::overlayTreatyId(state.treaty);
    const Key key{dataset.steps().constData(), dataset.sources().constData(), state.date,
                  state.treaty};
    if (!m_valid || !(key == m_key)) {
        ++m_computations;
        m_statuses.clear();
        m_overlayStatuses.clear();
        m_outlets.clear();
        QStringList shown;
        for (const posture::StateInfo& info : dataset.states()) {
            m_statuses.insert(info.iso3,
                              dataset.statusOn(info.iso3, fillTreaty, state.date).status);
            if (!overlayTreaty.isEmpty())
                m_overlayStatuses.insert(
                    info.iso3, dataset.statusOn(info.iso3, overlayTreaty, state.date).status);
            shown << info.iso3;
        }
        const QStringList treaties = core::treatyIds(state.treaty);
        for (const posture::Source& source : dataset.outletsBehind(shown, state.date, treaties))
            // A copy is credited to its original publisher, never to the site that copied it.
            if (const QString outlet = posture::creditedOutlet(source); !m_outlets.contains(outlet))
                m_outlets << outlet;
        m_key = key;
        m_valid = true;
    }
    frame.statuses = m_statuses;
    frame.overlayStatuses = m_overlayStatuses;
    frame.sourceOutlets = m_outlets;
}

MapFrame frameFacts(const core::MapState& state, const posture::Dataset& dataset,
                    FrameStatusCache* cache)
{
    MapFrame frame;
    frame.state = state;
    if (!frame.state.date.isValid())
        frame.state.date = QDate::currentDate();
    FrameStatusCache once;
    (cache ? cache : &once)->fill(frame, dataset);
    if (const posture::Treaty* treaty = dataset.findTreaty(core::fillTreatyId(state.treaty)))
        frame.treatyName = posture::treatyShortName(*treaty);
    if (const posture::Treaty* overlay = dataset.findTreaty(core::overlayTreatyId(state.treaty)))
        frame.overlayTreatyName = posture::treatyShortName(*overlay);
    frame.dataAsOf = dataset.asOf().toString();
    frame.dataFormatVersion = dataset.formatVersion();
    frame.fortifications = dataset.fortificationsExistingOn(frame.state.date);
    for (const posture::TroopNote& note : dataset.troopNotesPresentOn(frame.state.date))
        if (note.location)
            frame.troopMarkers << note;
    return frame;
}

MapFrame buildFrame(const core::MapState& state, const posture::Dataset& dataset,
                    geo::ProjectionCache& projections, const QSizeF& size, double dpi,
                    FrameStatusCache* cache)
{
    MapFrame frame = frameFacts(state, dataset, cache);
    frame.size = size;
    frame.dpi = dpi;
    resolveView(frame, projections);
    return frame;
}

void resolveView(MapFrame& frame, geo::ProjectionCache& projections)
{
    frame.view = FrameView::resolve(frame.state, frame.size, frame.dpi, projections);
}

} // namespace flank::render
