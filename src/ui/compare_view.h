#pragma once

#include "core/comparison_options.h"
#include "core/map_state.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QFrame;
class QLabel;

namespace flank::ui {

class LegendStrip;
class MapCanvas;
class MapSession;

// How the map area shows the flank: one map, two maps side by side (two dates, or the two
// treaties on one date), or one map swiped between two dates.
enum class CompareMode
{
    Off,
    Dates,
    Treaties,
    Swipe
};

// The map area: the window's canvas and, when comparing, a second pane that shares its
// session (so the panes pan and zoom together) and its renderer (so paths are made once).
// The timeline drives the pane that has the focus: the session's date is always that pane's.
class CompareView : public QWidget
{
    Q_OBJECT

public:
    CompareView(MapSession* session, MapCanvas* primary, QWidget* parent = nullptr);

    MapCanvas* primary() const { return m_primary; }
    MapCanvas* secondary() const { return m_secondary; }
    // The pane the timeline drives.
    MapCanvas* activePane() const { return m_active; }
    // The legend under the two maps side by side; hidden otherwise.
    LegendStrip* legendStrip() const { return m_legendStrip; }
    CompareMode mode() const { return m_mode; }
    QDate firstDate() const { return m_first; }
    QDate secondDate() const { return m_second; }

public slots:
    void setMode(flank::ui::CompareMode mode);
    void setDates(const QDate& first, const QDate& second);

signals:
    void modeChanged(flank::ui::CompareMode mode);
    void datesChanged(const QDate& first, const QDate& second);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* createBar();
    void applyToPanes();
    void showDatesInBar();
    void followSessionDate(const QDate& date);
    void setActivePane(MapCanvas* pane);
    void showLegendStrip();

    MapSession* m_session;
    MapCanvas* m_primary;
    MapCanvas* m_secondary;
    MapCanvas* m_active;
    QFrame* m_primaryFrame = nullptr;
    QFrame* m_secondaryFrame = nullptr;
    LegendStrip* m_legendStrip = nullptr;
    QWidget* m_bar = nullptr;
    QComboBox* m_modeBox = nullptr;
    QLabel* m_firstLabel = nullptr;
    QLabel* m_secondLabel = nullptr;
    QDateEdit* m_firstEdit = nullptr;
    QDateEdit* m_secondEdit = nullptr;
    CompareMode m_mode = CompareMode::Off;
    QDate m_first;
    QDate m_second;
    // What sizes the legend strip's lines, as it last was: when it changes, the strip may
    // shrink; while only dates change, it keeps its height (LegendStrip::refresh).
    struct StripLooks
    {
        CompareMode mode = CompareMode::Off;
        core::Theme theme = core::Theme::Light;
        core::MapLayers layers;
        QSize size;
        friend bool operator==(const StripLooks&, const StripLooks&) = default;
    };
    StripLooks m_stripLooks;
};

// What an export of the map area shows: the comparison on screen (a swipe exports as its two
// dates side by side), or none.
core::ComparisonRequest comparisonShown(const CompareView& view);
// Puts the map area in the comparison asked for: two dates or the treaties side by side, or
// one map for none (a grid of dates has no place in the window's map area: one map too).
void showComparison(CompareView& view, const core::ComparisonRequest& comparison);

} // namespace flank::ui
