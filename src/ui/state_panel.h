#pragma once

#include <QScrollArea>

#include <memory>

class QVBoxLayout;

namespace flank::geo {
class BorderLengths;
}

namespace flank::ui {

class MapSession;
class PanelBuilder;

// The side panel: what the dataset says about the selected state on the date shown, each
// item with its sources: status per treaty with its dated steps, quotes, spending pledges,
// troop notes, and borders with Russia and Belarus as computed and as published.
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
    void addTreaties(PanelBuilder& builder, const QString& iso3, QDate date);
    void addQuotes(PanelBuilder& builder, const QString& iso3, QDate date);
    void addPledges(PanelBuilder& builder, const QString& iso3, QDate date);
    void addTroopNotes(PanelBuilder& builder, const QString& iso3, QDate date);
    void addBorders(PanelBuilder& builder, const QString& iso3);
    void addGlossaryLink(const QString& text, const QString& anchor);

    MapSession* m_session;
    std::shared_ptr<geo::BorderLengths> m_borders;
    QWidget* m_content = nullptr;
    QVBoxLayout* m_layout = nullptr;
    int m_pending = 0;
    quint64 m_generation = 0; // a background result for an older panel is dropped
};

} // namespace flank::ui
