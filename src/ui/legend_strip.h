#pragma once

#include "render/legend_layout.h"
#include "render/map_frame.h"

#include <QHash>
#include <QList>
#include <QWidget>

#include <cstddef>
#include <functional>
#include <optional>

namespace flank::ui {

class MapSession;

// The legend of the window's comparison, under its maps instead of over one of them: a pane is
// too narrow for a legend that hides none of the flank. One cell per legend, side by side: one
// across the strip for two dates (it lists the statuses of both maps), one under each map for
// two treaties. Its lines explain themselves in tooltips and answer a click, as the legend over
// a single map does; the same painter draws them.
class LegendStrip : public QWidget
{
    Q_OBJECT

public:
    // The frames of the maps the legends explain, left to right, asked for at each paint.
    using FrameSource = std::function<QList<render::MapFrame>()>;

    explicit LegendStrip(MapSession* session, QWidget* parent = nullptr);

    void setFrames(FrameSource source);
    // What the frames show has changed: lay the strip out and paint it again. The strip keeps
    // the tallest height it has had at a width, so the maps above it keep still while the
    // timeline adds and removes the legend's lines; forgetHeight() lets it shrink again.
    void refresh();
    void forgetHeight();

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    // None: a short window squeezes the strip rather than grow for it.
    QSize minimumSizeHint() const override { return {0, 0}; }

    // The legends as laid out now, left to right, in this widget's coordinates.
    QList<render::LegendLayout> legends() const;
    // The legend line under a point of this widget, if any.
    std::optional<render::LegendItem> itemAt(QPointF point) const;

signals:
    void itemClicked(const flank::render::LegendItem& item);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    struct Cell
    {
        render::MapFrame frame; // sized to the cell, with the legend alone
        QRectF area;            // in this widget
    };
    QList<Cell> cells(QSizeF size) const;
    // What the strip shows, hashed: a pan or a date that changes no line paints nothing anew.
    std::size_t contentKey() const;

    MapSession* m_session;
    FrameSource m_frames;
    mutable QHash<int, int> m_tallest; // by width
    std::size_t m_shownKey = 0;
};

} // namespace flank::ui
