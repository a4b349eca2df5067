#pragma once

#include "map_session.h"

#include "render/frame_builder.h"
#include "render/legend_layout.h"
#include "render/map_renderer.h"

#include "annotate/annotation_set.h"
#include "render/swipe_painter.h"

#include <QImage>
#include <QPoint>
#include <QWidget>

#include <memory>
#include <optional>

namespace flank::ui {

// What one pane of a comparison shows in place of the session's date or treaty; the extent,
// selection, theme and layers stay the session's, so panes pan and zoom together.
struct PaneOverride
{
    std::optional<QDate> date;
    std::optional<core::TreatyChoice> treaty;
    bool legend = true; // off where the other pane's legend serves both
};

// The swipe: the session's view left of a divider and the same view on `secondDate` right of it.
struct SwipeSetup
{
    QDate secondDate;
    double divider = 0.5; // as a fraction of the width
};

// The map on screen: paints the session's view through the one renderer; wheel zooms about
// the cursor, dragging pans, hovering highlights and clicking selects a state. The keyboard
// reaches it through the window's actions (pan, zoom, next state, select, clear).
class MapCanvas : public QWidget
{
    Q_OBJECT

public:
    MapCanvas(MapSession* session, QWidget* parent = nullptr);
    // A second pane that shares `renderer` (and so its paths and names) with the first.
    MapCanvas(MapSession* session, std::shared_ptr<render::MapRenderer> renderer,
              QWidget* parent = nullptr);

    MapSession* session() const { return m_session; }
    render::MapFrame currentFrame() const;
    // The frame drawn under a widget point: the swipe's second frame right of its divider.
    render::MapFrame frameAt(QPointF widgetPoint) const;
    render::MapRenderer& renderer() { return *m_renderer; }
    std::shared_ptr<render::MapRenderer> sharedRenderer() const { return m_renderer; }
    // The session's view with this pane's override applied: what the pane draws.
    core::MapState paneState() const;
    void setPaneOverride(const PaneOverride& pane);
    const PaneOverride& paneOverride() const { return m_pane; }
    void setSwipe(const std::optional<SwipeSetup>& swipe);
    const std::optional<SwipeSetup>& swipe() const { return m_swipe; }
    // The divider's position in widget pixels, when swiping.
    std::optional<double> swipeDividerX() const;
    // A point (map units) hovered in the other pane, marked here; none clears it.
    void setEchoPoint(const std::optional<QPointF>& mapPoint);
    const std::optional<QPointF>& echoPoint() const { return m_echo; }
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
    // What the tooltip says about a state: name and status per shown treaty, plain text; on
    // the pane's date unless another is given (the swipe's right side).
    QString stateSummary(const QString& iso3, std::optional<QDate> date = std::nullopt) const;
    // The dataset's states at least partly in view, by name: the order Tab walks them and a
    // screen reader lists them.
    QStringList statesInTabOrder() const;
    // A state's bounding box in widget pixels, cut to the map; empty when it is out of view.
    QRect stateBounds(const QString& iso3) const;

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
    // The hovered point in map units, for the other pane's echo; none when the mouse left.
    void echoPointChanged(const std::optional<QPointF>& mapPoint);
    void swipeDividerMoved(double fraction);
    void legendItemClicked(const flank::render::LegendItem& item);
    void postureItemClicked(const flank::render::PostureItem& item);
    // Tab or Shift+Tab moved the keyboard focus onto a state; empty when it left the states.
    void stateFocused(const QString& iso3);

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
    QRectF defaultViewExtent() const;
    void setHover(const QString& iso3);
    void stepFocus(int direction);
    void moveStateFocus(const QString& iso3);
    void stepPostureFocus(int direction);
    QList<render::PostureItem> postureItemsInView() const;
    void openPostureItem(const render::PostureItem& item);
    std::optional<render::LegendItem> legendItemAt(QPointF widgetPoint) const;
    void showToolTip(const QPoint& position, const QPoint& globalPosition);
    void paintSwipe(QPainter& painter, QSize pixels, qreal ratio);
    render::MapFrame swipeSecondFrame() const;
    // The pane's frame with its date set to `date`, its statuses kept in `cache`.
    render::MapFrame frameOn(const QDate& date, render::FrameStatusCache& cache) const;
    void repaintMap(); // the view changed: what is drawn must be drawn again
    bool onSwipeGrip(QPointF widgetPoint) const;

    MapSession* m_session;
    std::shared_ptr<render::MapRenderer> m_renderer;
    PaneOverride m_pane;
    std::optional<SwipeSetup> m_swipe;
    std::optional<QPointF> m_echo;
    // The swipe's two pictures, kept while only the divider moves.
    render::SwipePictures m_swipePictures;
    bool m_swipePicturesCurrent = false;
    bool m_draggingDivider = false;
    mutable render::FrameStatusCache m_statusCache;       // frames are built on every mouse move
    mutable render::FrameStatusCache m_secondStatusCache; // the swipe's second date
    // The default view as this canvas shows it (defaultViewExtent), and what it was made for.
    struct DefaultView
    {
        QSize size;
        core::MapState looks; // the session's state less its date, extent and selection
        QRectF extent;
    };
    mutable std::optional<DefaultView> m_defaultView;
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
