#include "annotation_overlay.h"

#include "annotation_controller.h"

#include <QEvent>
#include <QPainter>

namespace flank::ui {

AnnotationOverlay::AnnotationOverlay(const AnnotationController* controller, QWidget* canvas)
    : QWidget(canvas), m_controller(controller)
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setGeometry(canvas->rect());
    canvas->installEventFilter(this);
}

bool AnnotationOverlay::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == parent() && event->type() == QEvent::Resize)
        setGeometry(parentWidget()->rect());
    return false;
}

void AnnotationOverlay::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPainterPath outline = m_controller->selectionOutline();
    if (!outline.isEmpty()) {
        // White under a dashed dark line reads on every fill and theme.
        painter.strokePath(outline, QPen(Qt::white, 3));
        painter.strokePath(outline, QPen(QColor(0x1A, 0x1A, 0x1A), 1.5, Qt::DashLine));
    }
    const QPolygonF draft = m_controller->draftPolygon();
    if (draft.size() > 1) {
        painter.setPen(QPen(m_controller->style().color, 2, Qt::DashLine));
        painter.drawPolyline(draft);
    }
    painter.setPen(QPen(Qt::white, 1));
    painter.setBrush(m_controller->style().color);
    for (QPointF point : draft)
        painter.drawEllipse(point, 3.5, 3.5);
}

} // namespace flank::ui
