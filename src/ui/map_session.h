#pragma once

#include "core/map_state.h"
#include "render/atlas_data.h"
#include "render/posture_scene.h"

#include <QObject>

#include <optional>

namespace flank::ui {

// The window's current view (a MapState) and the data it is drawn from. Every widget reads
// and changes the view through here, so they never disagree.
class MapSession : public QObject
{
    Q_OBJECT

public:
    explicit MapSession(render::AtlasData data, QObject* parent = nullptr);

    const core::MapState& state() const { return m_state; }
    const render::AtlasData& data() const { return m_data; }
    const posture::Dataset& dataset() const { return m_data.dataset; }
    QRectF defaultExtent() const;
    // Whether the loaded data has every treaty the choice draws.
    bool hasTreaties(core::TreatyChoice choice) const;

    void setState(const core::MapState& state);
    void setDate(const QDate& date);
    void setTreatyChoice(core::TreatyChoice choice);
    void setExtent(const QRectF& extent);
    void setSelection(const QString& iso3);
    void setTheme(core::Theme theme);
    // Shows another dataset (another edition, or a user's copy) everywhere; a treaty choice
    // it cannot draw gives way to the first one it can.
    void setDataset(const posture::Dataset& dataset);
    void setLayers(const core::MapLayers& layers);

    // The programme, deployment or frontier the panel shows above the selected state's
    // briefing; none when the user last picked a state.
    const std::optional<render::PostureItem>& postureFocus() const { return m_postureFocus; }
    void setPostureFocus(const std::optional<render::PostureItem>& item);

signals:
    void stateChanged(const flank::core::MapState& state);
    void selectionChanged(const QString& iso3);
    void dateChanged(const QDate& date);
    void datasetChanged();
    void postureFocusChanged();

private:
    void apply(const core::MapState& next);

    render::AtlasData m_data;
    core::MapState m_state;
    std::optional<render::PostureItem> m_postureFocus;
};

} // namespace flank::ui
