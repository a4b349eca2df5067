#pragma once

#include "render/posture_scene.h"

#include <QDate>
#include <QScrollArea>

#include <memory>

class QVBoxLayout;

namespace flank::geo {
class BorderLengths;
}

namespace flank::posture {
struct StateBriefing;
}

namespace flank::ui {

class MapSession;
class PanelBuilder;

// The side panel: the selected state's briefing on the date shown (posture::StateBriefing),
// each item with its sources: status per treaty (the treaty on the map first) with its dated
// steps, quotes with their original wording, the spending series, troop notes, and borders
// with Russia and Belarus as computed and as published.
class StatePanel : public QScrollArea
{
    Q_OBJECT

public:
    explicit StatePanel(MapSession* session, QWidget* parent = nullptr);
    ~StatePanel() override;

    // Border lengths still being measured in the background.
    int pendingComputations() const { return m_pending; }

signals:
    void glossaryRequested(const QString& anchor);

public slots:
    void rebuild();

protected:
    void changeEvent(QEvent* event) override;

private:
    void addTreaties(PanelBuilder& builder, const posture::StateBriefing& briefing);
    void addQuotes(PanelBuilder& builder, const posture::StateBriefing& briefing);
    void addPledges(PanelBuilder& builder, const posture::StateBriefing& briefing);
    void addTroopNotes(PanelBuilder& builder, const posture::StateBriefing& briefing);
    void addBorders(PanelBuilder& builder, const posture::StateBriefing& briefing);
    void addFortifications(PanelBuilder& builder, const posture::StateBriefing& briefing,
                           QDate day);
    void addGlossaryLink(const QString& text, const QString& anchor);
    // The clicked programme, deployment or frontier, above the state's briefing.
    bool addPostureCard(PanelBuilder& builder, const render::PostureItem& item, QDate day);

    MapSession* m_session;
    std::shared_ptr<geo::BorderLengths> m_borders;
    QWidget* m_content = nullptr;
    QVBoxLayout* m_layout = nullptr;
    int m_pending = 0;
    quint64 m_generation = 0; // a background result for an older panel is dropped
};

} // namespace flank::ui
