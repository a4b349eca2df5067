#pragma once

#include "map_session.h"

#include "render/map_renderer.h"

#include <QPoint>
#include <QWidget>

namespace flank::ui {

// The map on screen: paints the session's view through the one renderer; wheel zooms about
// the cursor, dragging pans, hovering highlights and clicking selects a state.
class MapCanvas : public QWidget
{
    Q_OBJECT

public:
    MapCanvas(MapSession* session, QWidget* parent = nullptr);

    render::MapFrame currentFrame() const;
    render::MapRenderer& renderer() { return m_renderer; }
    QRectF visibleExtent() const;
    // Device position (widget pixels) of a map point in the current view.
    QPointF mapToWidget(QPointF mapPoint) const;
    QPointF widgetToMap(QPointF widgetPoint) const;
    QString hoveredState() const { return m_hover; }

public slots:
    void zoomBy(double factor, QPointF aboutWidgetPoint);
    void zoomIn();
    void zoomOut();
    void panBy(QPointF widgetDelta);
    void resetView();
    void zoomToState(const QString& iso3);

signals:
    void stateClicked(const QString& iso3);
    void hoveredStateChanged(const QString& iso3);
    void mapPointHovered(QPointF lonLat);

protected:
    void paintEvent(QPaintEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRectF currentExtent() const;
    void setHover(const QString& iso3);

    MapSession* m_session;
    render::MapRenderer m_renderer;
    QString m_hover;
    QPoint m_pressPosition;
    QPoint m_lastDragPosition;
    bool m_dragging = false;
};

} // namespace flank::ui
