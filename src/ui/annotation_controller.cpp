#include "annotation_controller.h"

#include "annotation_edit_dialog.h"
#include "annotation_overlay.h"
#include "map_canvas.h"

#include "annotate/annotation_document.h"
#include "render/annotation_painter.h"
#include "render/map_style.h"

#include <QMouseEvent>

namespace flank::ui {

using annotate::Annotation;
using annotate::AnnotationKind;

namespace {

constexpr double kHitSlop = 6; // pixels around a thin mark that still hit it

// The canvas's current picture, kept alive while an AnnotationPainter refers to it.
struct CanvasView
{
    render::MapFrame frame;
    render::MapStyle style;

    explicit CanvasView(const MapCanvas* canvas)
        : frame(canvas->currentFrame()), style(render::MapStyle::forTheme(frame.state.theme))
    {
    }
    render::AnnotationPainter painter() const { return {frame, style}; }
};

std::optional<AnnotationKind> kindOf(AnnotationTool tool)
{
    switch (tool) {
    case AnnotationTool::Text:
        return AnnotationKind::Text;
    case AnnotationTool::Arrow:
        return AnnotationKind::Arrow;
    case AnnotationTool::Marker:
        return AnnotationKind::Marker;
    case AnnotationTool::Line:
        return AnnotationKind::Line;
    case AnnotationTool::Area:
        return AnnotationKind::Area;
    case AnnotationTool::Select:
        break;
    }
    return std::nullopt;
}

} // namespace

AnnotationController::AnnotationController(annotate::AnnotationDocument* document,
                                           MapSession* session, MapCanvas* canvas, QObject* parent)
    : QObject(parent), m_document(document), m_session(session), m_canvas(canvas),
      m_overlay(new AnnotationOverlay(this, canvas))
{
    m_canvas->installEventFilter(this);
    connect(m_document, &annotate::AnnotationDocument::changed, this, [this] {
        if (m_selected >= m_document->annotations().size())
            setSelected(-1);
        m_canvas->update();
        m_overlay->update();
    });
    connect(m_session, &MapSession::stateChanged, m_overlay, qOverload<>(&QWidget::update));
}

void AnnotationController::setTool(AnnotationTool tool)
{
    cancelDraft();
    m_tool = tool;
    if (tool != AnnotationTool::Select)
        setSelected(-1);
    m_canvas->setCursor(tool == AnnotationTool::Select ? Qt::ArrowCursor : Qt::CrossCursor);
}

void AnnotationController::setSelected(qsizetype index)
{
    if (index == m_selected)
        return;
    m_selected = index;
    m_overlay->update();
    emit selectionChanged(index);
}

void AnnotationController::setColor(const QColor& color)
{
    m_style.color = color;
    restyleSelected(tr("Change Color"));
}

void AnnotationController::setSize(double size)
{
    m_style.size = size;
    restyleSelected(tr("Change Size"));
}

void AnnotationController::setSymbol(annotate::MarkerSymbol symbol)
{
    m_style.symbol = symbol;
    restyleSelected(tr("Change Symbol"));
}

void AnnotationController::restyleSelected(const QString& what)
{
    if (m_selected < 0)
        return;
    Annotation changed = m_document->annotations().at(m_selected);
    changed.color = m_style.color;
    changed.size = m_style.size;
    if (changed.kind == AnnotationKind::Marker)
        changed.symbol = m_style.symbol;
    m_document->change(m_selected, changed, what);
}

void AnnotationController::deleteSelected()
{
    if (m_selected >= 0)
        m_document->remove(m_selected);
    setSelected(-1);
}

void AnnotationController::editSelected()
{
    if (m_selected < 0)
        return;
    const qsizetype index = m_selected;
    AnnotationEditDialog dialog(m_document->annotations().at(index), m_canvas);
    if (dialog.exec() == QDialog::Accepted)
        m_document->change(index, dialog.annotation(), tr("Edit Annotation"));
}

void AnnotationController::finishDraft()
{
    const auto kind = kindOf(m_tool);
    if (kind && m_draft.size() >= Annotation::minimumPoints(*kind)) {
        Annotation annotation = m_style;
        annotation.kind = *kind;
        annotation.text.clear();
        annotation.points = m_draft;
        m_document->add(annotation);
    }
    cancelDraft();
}

void AnnotationController::cancelDraft()
{
    m_draft.clear();
    m_pointer.reset();
    m_overlay->update();
}

QPainterPath AnnotationController::selectionOutline() const
{
    if (m_selected < 0 || m_selected >= m_document->annotations().size())
        return {};
    const CanvasView view(m_canvas);
    if (!view.frame.view.projector)
        return {};
    return view.painter().outline(m_document->annotations().at(m_selected));
}

QPolygonF AnnotationController::draftPolygon() const
{
    QPolygonF polygon;
    QList<QPointF> points = m_draft;
    if (!points.isEmpty() && m_pointer)
        points << *m_pointer;
    for (QPointF lonLat : points)
        if (const auto point = widgetPointOf(lonLat))
            polygon << *point;
    return polygon;
}

std::optional<QPointF> AnnotationController::lonLatAt(QPointF widgetPoint) const
{
    const auto projector = m_session->data().projections->projectorFor(m_session->state().crs);
    if (!projector)
        return std::nullopt;
    return projector->inverse(m_canvas->widgetToMap(widgetPoint));
}

std::optional<QPointF> AnnotationController::widgetPointOf(QPointF lonLat) const
{
    const auto projector = m_session->data().projections->projectorFor(m_session->state().crs);
    if (!projector)
        return std::nullopt;
    const auto mapPoint = projector->forward(lonLat);
    if (!mapPoint)
        return std::nullopt;
    return m_canvas->mapToWidget(*mapPoint);
}

qsizetype AnnotationController::annotationAt(QPointF widgetPoint) const
{
    const CanvasView view(m_canvas);
    if (!view.frame.view.projector)
        return -1;
    return view.painter().annotationAt(m_document->annotations(), widgetPoint, kHitSlop);
}

void AnnotationController::place(QPointF lonLat)
{
    const auto kind = kindOf(m_tool);
    if (!kind)
        return;
    if (*kind == AnnotationKind::Marker || *kind == AnnotationKind::Text) {
        Annotation annotation = m_style;
        annotation.kind = *kind;
        annotation.text.clear();
        annotation.points = {lonLat};
        if (*kind == AnnotationKind::Text) {
            AnnotationEditDialog dialog(annotation, m_canvas);
            if (dialog.exec() != QDialog::Accepted || dialog.annotation().text.trimmed().isEmpty())
                return;
            annotation = dialog.annotation();
        }
        m_document->add(annotation);
        return;
    }
    m_draft << lonLat;
    if (*kind == AnnotationKind::Arrow && m_draft.size() == 2)
        finishDraft();
    m_overlay->update();
}

bool AnnotationController::handlePress(QPointF position)
{
    if (m_tool != AnnotationTool::Select)
        return true; // placed on release, so the canvas never starts a pan or a selection
    const qsizetype hit = annotationAt(position);
    setSelected(hit);
    if (hit < 0)
        return false;
    if (const auto lonLat = lonLatAt(position)) {
        m_moveOriginal = m_document->annotations().at(hit);
        m_moveStart = *lonLat;
    }
    return true;
}

bool AnnotationController::handleMove(QPointF position, bool leftDown)
{
    const auto lonLat = lonLatAt(position);
    if (m_moveOriginal && leftDown && lonLat && m_selected >= 0) {
        // Shown live without undo entries; the release records one move.
        Annotation moved = *m_moveOriginal;
        for (QPointF& point : moved.points)
            point += *lonLat - m_moveStart;
        m_document->replaceItem(m_selected, moved);
        return true;
    }
    if (!m_draft.isEmpty()) {
        m_pointer = lonLat;
        m_overlay->update();
    }
    return leftDown && m_tool != AnnotationTool::Select;
}

bool AnnotationController::handleRelease(QPointF position)
{
    if (m_moveOriginal) {
        const Annotation moved = m_document->annotations().items().value(m_selected);
        const Annotation original = *m_moveOriginal;
        m_moveOriginal.reset();
        if (m_selected >= 0 && moved != original) {
            m_document->replaceItem(m_selected, original);
            m_document->change(m_selected, moved, tr("Move Annotation"));
        }
        return true;
    }
    if (m_ignoreRelease) {
        m_ignoreRelease = false;
        return true;
    }
    if (m_tool == AnnotationTool::Select)
        return false;
    if (const auto lonLat = lonLatAt(position))
        place(*lonLat);
    return true;
}

// Return ends the line or area being drawn and Escape drops it. While a shape is drawn these
// keys win over the window's shortcuts (Escape also leaves full screen).
bool AnnotationController::handleDraftKey(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    const bool escape = event->key() == Qt::Key_Escape;
    const bool plain = (event->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (m_draft.isEmpty() || !plain || (!enter && !escape))
        return false;
    event->accept();
    if (event->type() == QEvent::KeyPress) {
        if (enter)
            finishDraft();
        else
            cancelDraft();
    }
    return true;
}

bool AnnotationController::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_canvas)
        return false;
    switch (event->type()) {
    case QEvent::ShortcutOverride:
    case QEvent::KeyPress:
        return handleDraftKey(static_cast<QKeyEvent*>(event));
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
        break;
    default:
        return false;
    }
    const auto* mouse = static_cast<QMouseEvent*>(event);
    const QPointF position = mouse->position();
    if (event->type() == QEvent::MouseMove)
        return handleMove(position, mouse->buttons().testFlag(Qt::LeftButton));
    if (mouse->button() != Qt::LeftButton)
        return false;
    if (event->type() == QEvent::MouseButtonPress)
        return handlePress(position);
    if (event->type() == QEvent::MouseButtonRelease)
        return handleRelease(position);
    // A double click ends a line or an area (its first click already added the point) and
    // opens the selected annotation's editor.
    if (m_tool == AnnotationTool::Line || m_tool == AnnotationTool::Area) {
        finishDraft();
        m_ignoreRelease = true;
        return true;
    }
    if (m_tool == AnnotationTool::Select && annotationAt(position) >= 0) {
        m_moveOriginal.reset();
        m_ignoreRelease = true;
        setSelected(annotationAt(position));
        editSelected();
        return true;
    }
    m_ignoreRelease = m_tool != AnnotationTool::Select;
    return m_ignoreRelease;
}

} // namespace flank::ui
