#pragma once

#include "annotate/annotation.h"

#include <QObject>
#include <QPainterPath>
#include <QPolygonF>

#include <optional>

class QKeyEvent;

namespace flank::annotate {
class AnnotationDocument;
}

namespace flank::ui {

class MapCanvas;
class MapSession;
class AnnotationOverlay;

enum class AnnotationTool
{
    Select,
    Text,
    Arrow,
    Marker,
    Line,
    Area
};

// Turns clicks on the canvas into annotation edits: places new marks in lon/lat, selects,
// moves and restyles existing ones. Every edit goes through the document's undo stack.
class AnnotationController : public QObject
{
    Q_OBJECT

public:
    AnnotationController(annotate::AnnotationDocument* document, MapSession* session,
                         MapCanvas* canvas, QObject* parent = nullptr);

    AnnotationTool tool() const { return m_tool; }
    void setTool(AnnotationTool tool);
    qsizetype selected() const { return m_selected; }
    void setSelected(qsizetype index);
    // The style new annotations get; changing it restyles the selected one too.
    const annotate::Annotation& style() const { return m_style; }
    void setColor(const QColor& color);
    void setSize(double size);
    void setSymbol(annotate::MarkerSymbol symbol);

    // For the overlay, in widget pixels.
    QPainterPath selectionOutline() const;
    QPolygonF draftPolygon() const;

public slots:
    void deleteSelected();
    void editSelected();
    void finishDraft();
    void cancelDraft();

signals:
    void selectionChanged(qsizetype index);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool handlePress(QPointF position);
    bool handleRelease(QPointF position);
    bool handleMove(QPointF position, bool leftDown);
    bool handleDraftKey(QKeyEvent* event);
    std::optional<QPointF> lonLatAt(QPointF widgetPoint) const;
    std::optional<QPointF> widgetPointOf(QPointF lonLat) const;
    qsizetype annotationAt(QPointF widgetPoint) const;
    void place(QPointF lonLat);
    void restyleSelected(const QString& what);

    annotate::AnnotationDocument* m_document;
    MapSession* m_session;
    MapCanvas* m_canvas;
    AnnotationOverlay* m_overlay;
    AnnotationTool m_tool = AnnotationTool::Select;
    annotate::Annotation m_style;
    qsizetype m_selected = -1;
    QList<QPointF> m_draft;           // lon/lat of the shape being drawn
    std::optional<QPointF> m_pointer; // lon/lat under the mouse, for the rubber band
    // A move in progress: the annotation as it was and where the drag began.
    std::optional<annotate::Annotation> m_moveOriginal;
    QPointF m_moveStart;
    bool m_ignoreRelease = false;
};

} // namespace flank::ui
