#include "map_canvas.h"

#include "legend_text.h"
#include "locale_format.h"
#include "map_accessible.h"
#include "posture_summary.h"

#include "posture/treaty_names.h"
#include "render/decoration_painter.h"
#include "render/frame_builder.h"
#include "render/legend_clearance.h"
#include "render/posture_scene.h"
#include "render/view_transform.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QTextDocument>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <utility>

namespace flank::ui {

namespace {

constexpr double kWheelStep = 1.25; // zoom per wheel notch
constexpr double kKeyPanFraction = 0.15;

// An arrow key's step in whole pixels, so the pan moves the picture's pixels (as a drag does).
double keyPanStep(const QWidget& widget)
{
    return std::round(kKeyPanFraction * std::min(widget.width(), widget.height()));
}

constexpr int kClickSlop = 4; // pixels a press may move and still be a click

} // namespace

MapCanvas::MapCanvas(MapSession* session, QWidget* parent)
    : MapCanvas(session, std::make_shared<render::MapRenderer>(session->data().projections), parent)
{
}

MapCanvas::MapCanvas(MapSession* session, std::shared_ptr<render::MapRenderer> renderer,
                     QWidget* parent)
    : QWidget(parent), m_session(session), m_renderer(std::move(renderer))
{
    m_renderer->setKeepsBaseForPans(true); // a drag then moves the map's pixels
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 240);
    setAttribute(Qt::WA_OpaquePaintEvent);
    // Before the name: naming the widget already asks Qt for its accessible interface.
    makeMapAccessible(this, m_session);
    setAccessibleName(tr("Map"));
    connect(m_session, &MapSession::stateChanged, this, &MapCanvas::repaintMap);
    connect(m_session, &MapSession::postureFocusChanged, this, &MapCanvas::repaintMap);
    connect(m_session, &MapSession::datasetChanged, this, [this] {
        m_statusCache.invalidate();
        m_secondStatusCache.invalidate();
        m_defaultView.reset();
        repaintMap();
    });
}

void MapCanvas::repaintMap()
{
    m_swipePicturesCurrent = false;
    update();
}

core::MapState MapCanvas::paneState() const
{
    core::MapState state = m_session->state();
    if (m_pane.date)
        state.date = *m_pane.date;
    if (m_pane.treaty)
        state.treaty = *m_pane.treaty;
    state.decorations.legend = state.decorations.legend && m_pane.legend;
    return state;
}

void MapCanvas::setPaneOverride(const PaneOverride& pane)
{
    if (pane.date == m_pane.date && pane.treaty == m_pane.treaty && pane.legend == m_pane.legend)
        return;
    m_pane = pane;
    repaintMap();
}

void MapCanvas::setEchoPoint(const std::optional<QPointF>& mapPoint)
{
    if (mapPoint == m_echo)
        return;
    m_echo = mapPoint;
    update(); // the marker is drawn over the picture; the map itself is unchanged
}

QRectF MapCanvas::currentExtent() const
{
    return m_session->state().extent.isEmpty() ? defaultViewExtent() : m_session->state().extent;
}

// The flank, moved clear of the legend where the canvas is wider than the flank needs: a
// laptop's window would otherwise open with Poland and Lithuania under the legend. Made for
// the session's looks rather than the pane's date or treaty, so both panes of a comparison
// show one view, and kept while they and the canvas's size stay: a timeline step that changes
// the legend's lines does not move the map.
QRectF MapCanvas::defaultViewExtent() const
{
    core::MapState state = m_session->state();
    // Maps side by side have their legend under them, not over either (CompareView).
    state.decorations.legend = state.decorations.legend && m_pane.legend;
    core::MapState looks = state;
    looks.date = QDate();
    looks.extent = QRectF();
    looks.selection.clear();
    if (m_defaultView && m_defaultView->size == size() && m_defaultView->looks == looks)
        return m_defaultView->extent;
    state.extent = m_session->defaultExtent();
    const render::MapFrame frame = render::buildFrame(
        state, m_session->dataset(), *m_session->data().projections, size(), 96.0, &m_statusCache);
    m_defaultView = DefaultView{size(), looks, render::extentClearOfLegend(frame)};
    return m_defaultView->extent;
}

render::MapFrame MapCanvas::frameOn(const QDate& date, render::FrameStatusCache& cache) const
{
    core::MapState state = paneState();
    state.extent = currentExtent();
    state.date = date;
    render::MapFrame frame = render::buildFrame(
        state, m_session->dataset(), *m_session->data().projections, size(), 96.0, &cache);
    frame.hover = m_hover;
    frame.answersPointer = true;
    frame.postureHighlight = m_session->postureFocus();
    frame.annotations = m_annotations;
    return frame;
}

render::MapFrame MapCanvas::currentFrame() const
{
    return frameOn(paneState().date, m_statusCache);
}

QRectF MapCanvas::visibleExtent() const
{
    return render::ViewTransform(currentExtent(), size()).visibleExtent();
}

QPointF MapCanvas::mapToWidget(QPointF mapPoint) const
{
    return render::ViewTransform(currentExtent(), size()).mapToDevice().map(mapPoint);
}

QPointF MapCanvas::widgetToMap(QPointF widgetPoint) const
{
    return render::ViewTransform(currentExtent(), size()).deviceToMap().map(widgetPoint);
}

void MapCanvas::paintEvent(QPaintEvent*)
{
    const qreal ratio = devicePixelRatioF();
    const QSize pixels = (QSizeF(size()) * ratio).toSize();
    if (pixels.isEmpty())
        return;
    QPainter painter(this);
    if (m_swipe) {
        paintSwipe(painter, pixels, ratio);
    } else {
        if (m_picture.size() != pixels || m_picture.devicePixelRatio() != ratio) {
            // Opaque, so copying it to the window is a plain copy of rows.
            m_picture = QImage(pixels, QImage::Format_RGB32);
            m_picture.setDevicePixelRatio(ratio);
        }
        QPainter picturePainter(&m_picture);
        m_renderer->paint(picturePainter, currentFrame());
        picturePainter.end();
        painter.drawImage(QPointF(0, 0), m_picture);
    }
    if (m_echo) {
        // The point the mouse is on in the other pane: a small cross in the selection color.
        const QPointF at = mapToWidget(*m_echo);
        const render::MapStyle style = render::MapStyle::forTheme(m_session->state().theme);
        painter.setRenderHint(QPainter::Antialiasing, true);
        for (const auto& [color, width] :
             {std::pair{style.textHalo, 4.0}, {style.selection, 2.0}}) {
            painter.setPen(QPen(color, width, Qt::SolidLine, Qt::RoundCap));
            painter.drawLine(at + QPointF(-9, 0), at + QPointF(9, 0));
            painter.drawLine(at + QPointF(0, -9), at + QPointF(0, 9));
        }
    }
}

void MapCanvas::zoomBy(double factor, QPointF about)
{
    if (factor <= 0)
        return;
    const QRectF visible = visibleExtent();
    const QPointF anchor = widgetToMap(about);
    // Keep the map point under the cursor where it is.
    const double limit = 2e7; // no closer than ~20 m across, no further than the world
    const double width = visible.width() / factor;
    if (width < 20 || width > limit * 4)
        return;
    const QRectF next(anchor.x() - (anchor.x() - visible.left()) / factor,
                      anchor.y() - (anchor.y() - visible.top()) / factor, width,
                      visible.height() / factor);
    m_session->setExtent(next);
}

void MapCanvas::zoomIn()
{
    zoomBy(kWheelStep, rect().center());
}
void MapCanvas::zoomOut()
{
    zoomBy(1.0 / kWheelStep, rect().center());
}

void MapCanvas::panBy(QPointF widgetDelta)
{
    const QRectF visible = visibleExtent();
    const double unitsPerPixel = visible.width() / std::max(1, width());
    m_session->setExtent(
        visible.translated(-widgetDelta.x() * unitsPerPixel, widgetDelta.y() * unitsPerPixel));
}

void MapCanvas::resetView()
{
    m_session->setExtent(QRectF());
}

void MapCanvas::zoomToState(const QString& iso3)
{
    const auto layer =
        m_session->data().projections->layer(m_session->state().crs, geo::Scale::Coarse110m);
    if (!layer)
        return;
    QRectF bounds = layer->boundsOfKey(iso3);
    if (bounds.isEmpty())
        return;
    // Russia reaches round the globe; keep the flank in view rather than Chukotka.
    if (bounds.width() > currentExtent().width() * 3)
        bounds = m_session->defaultExtent();
    const double margin = 0.25;
    m_session->setExtent(bounds.adjusted(-bounds.width() * margin, -bounds.height() * margin,
                                         bounds.width() * margin, bounds.height() * margin));
}

void MapCanvas::wheelEvent(QWheelEvent* event)
{
    const double notches = event->angleDelta().y() / 120.0;
    if (notches != 0)
        zoomBy(std::pow(kWheelStep, notches), event->position());
    event->accept();
}

void MapCanvas::mousePressEvent(QMouseEvent* event)
{
    m_enteredByKeyboard = false; // Tab goes on from what the mouse picks
    if (event->button() == Qt::LeftButton) {
        m_pressPosition = event->position().toPoint();
        m_lastDragPosition = m_pressPosition;
        m_dragging = false;
        m_draggingDivider = onSwipeGrip(event->position());
    }
    QWidget::mousePressEvent(event);
}

void MapCanvas::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint position = event->position().toPoint();
    if (m_draggingDivider && (event->buttons() & Qt::LeftButton)) {
        m_swipe->divider = std::clamp(event->position().x() / std::max(1, width()), 0.0, 1.0);
        emit swipeDividerMoved(m_swipe->divider);
        update(); // the two pictures stay; only where they meet moves
        return;
    }
    if (event->buttons() & Qt::LeftButton) {
        if (!m_dragging && (position - m_pressPosition).manhattanLength() > kClickSlop)
            m_dragging = true;
        if (m_dragging) {
            panBy(position - m_lastDragPosition);
            m_lastDragPosition = position;
            setCursor(Qt::ClosedHandCursor);
        }
        return;
    }
    if (onSwipeGrip(event->position())) {
        setCursor(Qt::SplitHCursor);
    } else if (legendItemAt(event->position())) {
        setHover(QString());
        setCursor(Qt::WhatsThisCursor);
    } else if (m_renderer->postureItemAt(frameAt(event->position()), event->position())) {
        setHover(QString());
        setCursor(Qt::PointingHandCursor);
    } else {
        unsetCursor();
        setHover(m_renderer->countryAt(currentFrame(), event->position()));
    }
    const QPointF mapPoint = widgetToMap(event->position());
    emit echoPointChanged(mapPoint);
    const auto projector = m_session->data().projections->projectorFor(m_session->state().crs);
    if (const auto lonLat = projector->inverse(mapPoint))
        emit mapPointHovered(*lonLat);
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && std::exchange(m_draggingDivider, false)) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    if (event->button() == Qt::LeftButton) {
        unsetCursor();
        if (!m_dragging) {
            if (const auto item = legendItemAt(event->position())) {
                emit legendItemClicked(*item);
                return;
            }
            if (const auto item =
                    m_renderer->postureItemAt(frameAt(event->position()), event->position())) {
                // The item's state is selected too, so its briefing follows the card.
                m_session->setSelection(postureItemState(*item, *m_session));
                m_session->setPostureFocus(item);
                emit postureItemClicked(*item);
                return;
            }
            const QString iso3 = m_renderer->countryAt(currentFrame(), event->position());
            m_session->setPostureFocus(std::nullopt);
            m_session->setSelection(iso3);
            emit stateClicked(iso3);
        }
        m_dragging = false;
    }
    QWidget::mouseReleaseEvent(event);
}

void MapCanvas::leaveEvent(QEvent* event)
{
    setHover(QString());
    emit echoPointChanged(std::nullopt);
    QWidget::leaveEvent(event);
}

void MapCanvas::setHover(const QString& iso3)
{
    if (iso3 == m_hover)
        return;
    m_hover = iso3;
    emit hoveredStateChanged(iso3);
    repaintMap();
}

QString MapCanvas::stateSummary(const QString& iso3, std::optional<QDate> onDate) const
{
    const posture::Dataset& dataset = m_session->dataset();
    core::MapState state = paneState();
    if (onDate)
        state.date = *onDate;
    QString name = m_session->data().countries->nameOf(iso3);
    if (name.isEmpty())
        name = iso3;
    QStringList lines{name};
    const QStringList treaties = core::treatyIds(state.treaty);
    const QDate date = state.date.isValid() ? state.date : QDate::currentDate();
    for (const QString& treatyId : treaties) {
        const posture::StatusOnDate status = dataset.statusOn(iso3, treatyId, date);
        const posture::Treaty* treaty = dataset.findTreaty(treatyId);
        lines << tr("%1: %2").arg(posture::treatyShortName(treaty, treatyId),
                                  posture::statusLabel(status.status));
        if (status.effective)
            lines << tr("Withdrawal takes effect %1").arg(localDate(*status.effective));
        else if (status.status == posture::Status::WithdrawalNotified)
            lines << tr("Date the withdrawal takes effect not yet known");
        if (status.isUncertain())
            lines << tr("(date known only to the month or year)");
    }
    return lines.join(QLatin1Char('\n'));
}

render::LegendLayout MapCanvas::legendLayout() const
{
    const render::MapFrame frame = currentFrame();
    return render::LegendLayout::compute(frame, render::MapStyle::forTheme(frame.state.theme));
}

std::optional<render::LegendItem> MapCanvas::legendItemAt(QPointF widgetPoint) const
{
    if (!paneState().decorations.legend)
        return std::nullopt;
    return legendLayout().itemAt(widgetPoint);
}

void MapCanvas::showToolTip(const QPoint& position, const QPoint& globalPosition)
{
    QString text;
    if (const auto item = legendItemAt(position)) {
        text = legendExplanation(*item);
    } else if (const auto posture = m_renderer->postureItemAt(frameAt(position), position)) {
        text = postureItemSummary(*posture, *m_session, frameAt(position).state.date);
    } else {
        const QString iso3 = m_renderer->countryAt(currentFrame(), position);
        if (!iso3.isEmpty())
            text = stateSummary(iso3, frameAt(position).state.date);
    }
    if (text.isEmpty()) {
        QToolTip::hideText();
        return;
    }
    // Escaped into rich text, so a name or note holding markup shows as the characters it is.
    QToolTip::showText(globalPosition, Qt::convertFromPlainText(text, Qt::WhiteSpaceNormal), this);
}

bool MapCanvas::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        showToolTip(help->pos(), help->globalPos());
        return true;
    }
    return QWidget::event(event);
}

void MapCanvas::panLeft()
{
    panBy(QPointF(keyPanStep(*this), 0));
}
void MapCanvas::panRight()
{
    panBy(QPointF(-keyPanStep(*this), 0));
}
void MapCanvas::panUp()
{
    panBy(QPointF(0, keyPanStep(*this)));
}
void MapCanvas::panDown()
{
    panBy(QPointF(0, -keyPanStep(*this)));
}

} // namespace flank::ui
