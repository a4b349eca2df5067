#pragma once

#include "map_session.h"

#include "render/frame_builder.h"
#include "render/legend_layout.h"
#include "render/map_renderer.h"

#include "annotate/annotation_set.h"

#include <QImage>
#include <QPoint>
#include <QWidget>

#include <optional>

namespace flank::ui {

// The map on screen: paints the session's view through the one renderer; wheel zooms about
// the cursor, dragging pans, hovering highlights and clicking selects a state. The keyboard
// reaches it through the window's actions (pan, zoom, next state, select, clear).
class MapCanvas : public QWidget
{
    Q_OBJECT

public:
    MapCanvas(MapSession* session, QWidget* parent = nullptr);

    render::MapFrame currentFrame() const;
    render::MapRenderer& renderer() { return m_renderer; }
    // Drawn with the map, in exports and copies too; not owned, must outlive the canvas.
    void setAnnotations(const annotate::AnnotationSet* annotations) { m_annotations = annotations; }
    const annotate::AnnotationSet* annotations() const { return m_annotations; }
    QRectF visibleExtent() const;
    // Device position (widget pixels) of a map point in the current view.
    QPointF mapToWidget(QPointF mapPoint) const;
    QPointF widgetToMap(QPointF widgetPoint) const;
    // The state under the mouse, or the one Tab moved to.
    QString hoveredState() const { return m_hover; }
    render::LegendLayout legendLayout() const;
    // What the tooltip says about a state: name and status per shown treaty, plain text.
    QString stateSummary(const QString& iso3) const;

public slots:
    void zoomBy(double factor, QPointF aboutWidgetPoint);
    void zoomIn();
    void zoomOut();
    void panBy(QPointF widgetDelta);
    void panLeft();
    void panRight();
    void panUp();
    void panDown();
    void resetView();
    void zoomToState(const QString& iso3);
    // Tab and Shift+Tab: move the highlight through the dataset's states by name; past the
    // last (or before the first) the focus leaves the map.
    void focusNextState();
    void focusPreviousState();
    void selectFocusedState();
    // Opens the next (or previous) border line, programme band or troop disc in view, in the
    // order a reader meets them: lines, then programmes, then discs, west to east.
    void focusNextPostureItem();
    void focusPreviousPostureItem();
    void clearSelection();

signals:
    void stateClicked(const QString& iso3);
    void hoveredStateChanged(const QString& iso3);
    void mapPointHovered(QPointF lonLat);
    void legendItemClicked(const flank::render::LegendItem& item);
    void postureItemClicked(const flank::render::PostureItem& item);

protected:
    void paintEvent(QPaintEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    bool event(QEvent* event) override;

private:
    QRectF currentExtent() const;
    void setHover(const QString& iso3);
    void stepFocus(int direction);
    void stepPostureFocus(int direction);
    QList<render::PostureItem> postureItemsInView() const;
    void openPostureItem(const render::PostureItem& item);
    std::optional<render::LegendItem> legendItemAt(QPointF widgetPoint) const;
    void showToolTip(const QPoint& position, const QPoint& globalPosition);

    MapSession* m_session;
    render::MapRenderer m_renderer;
    mutable render::FrameStatusCache m_statusCache; // frames are built on every mouse move
    // The map is drawn on an image of its own and then copied: on an image the renderer can
    // share the drawing among threads, which it cannot on the window's own surface.
    QImage m_picture;
    const annotate::AnnotationSet* m_annotations = nullptr;
    QString m_hover;
    QPoint m_pressPosition;
    QPoint m_lastDragPosition;
    bool m_dragging = false;
    bool m_enteredByKeyboard = false;
};

} // namespace flank::ui
