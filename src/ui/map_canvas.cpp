#include "map_canvas.h"

#include "render/frame_builder.h"
#include "render/view_transform.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace flank::ui {

namespace {

constexpr double kWheelStep = 1.25; // zoom per wheel notch
constexpr double kKeyPanFraction = 0.15;
constexpr int kClickSlop = 4; // pixels a press may move and still be a click

} // namespace

MapCanvas::MapCanvas(MapSession* session, QWidget* parent)
    : QWidget(parent), m_session(session), m_renderer(session->data().projections)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(320, 240);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Map"));
    connect(m_session, &MapSession::stateChanged, this, qOverload<>(&QWidget::update));
}

QRectF MapCanvas::currentExtent() const
{
    return m_session->state().extent.isEmpty() ? m_session->defaultExtent()
                                               : m_session->state().extent;
}

render::MapFrame MapCanvas::currentFrame() const
{
    core::MapState state = m_session->state();
    state.extent = currentExtent();
    render::MapFrame frame = render::buildFrame(state, m_session->dataset(), size());
    frame.hover = m_hover;
    return frame;
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
    QPainter painter(this);
    m_renderer.paint(painter, currentFrame());
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

void MapCanvas::zoomIn() { zoomBy(kWheelStep, rect().center()); }
void MapCanvas::zoomOut() { zoomBy(1.0 / kWheelStep, rect().center()); }

void MapCanvas::panBy(QPointF widgetDelta)
{
    const QRectF visible = visibleExtent();
    const double unitsPerPixel = visible.width() / std::max(1, width());
    m_session->setExtent(visible.translated(-widgetDelta.x() * unitsPerPixel,
                                            widgetDelta.y() * unitsPerPixel));
}

void MapCanvas::resetView() { m_session->setExtent(QRectF()); }

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
    if (event->button() == Qt::LeftButton) {
        m_pressPosition = event->position().toPoint();
        m_lastDragPosition = m_pressPosition;
        m_dragging = false;
    }
    QWidget::mousePressEvent(event);
}

void MapCanvas::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint position = event->position().toPoint();
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
    setHover(m_renderer.countryAt(currentFrame(), event->position()));
    const auto projector = m_session->data().projections->projectorFor(m_session->state().crs);
    if (const auto lonLat = projector->inverse(widgetToMap(event->position())))
        emit mapPointHovered(*lonLat);
}

void MapCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton) {
        unsetCursor();
        if (!m_dragging) {
            const QString iso3 = m_renderer.countryAt(currentFrame(), event->position());
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
    QWidget::leaveEvent(event);
}

void MapCanvas::setHover(const QString& iso3)
{
    if (iso3 == m_hover)
        return;
    m_hover = iso3;
    emit hoveredStateChanged(iso3);
    update();
}

void MapCanvas::keyPressEvent(QKeyEvent* event)
{
    const double step = kKeyPanFraction * std::min(width(), height());
    switch (event->key()) {
    case Qt::Key_Left:
        panBy(QPointF(step, 0));
        break;
    case Qt::Key_Right:
        panBy(QPointF(-step, 0));
        break;
    case Qt::Key_Up:
        panBy(QPointF(0, step));
        break;
    case Qt::Key_Down:
        panBy(QPointF(0, -step));
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_Home:
        resetView();
        break;
    case Qt::Key_Escape:
        m_session->setSelection(QString());
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

bool MapCanvas::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const QString iso3 = m_renderer.countryAt(currentFrame(), help->pos());
        if (iso3.isEmpty()) {
            QToolTip::hideText();
            return true;
        }
        const posture::Dataset& dataset = m_session->dataset();
        const core::MapState& state = m_session->state();
        const QString name = m_session->data().countries->nameOf(iso3);
        const posture::StatusOnDate status = dataset.statusOn(iso3, state.treaty, state.date);
        QString text = name;
        if (status.status != posture::Status::NoData) {
            const posture::Treaty* treaty = dataset.findTreaty(state.treaty);
            text += QStringLiteral("\n%1: %2").arg(treaty ? treaty->shortName : state.treaty,
                                                    posture::statusLabel(status.status));
            if (status.effective)
                text += tr("\nWithdrawal takes effect %1").arg(status.effective->toString());
        }
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace flank::ui
