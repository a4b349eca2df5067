#pragma once

#include <QWidget>

namespace flank::ui {

class AnnotationController;

// Draws what is not yet part of the map over the canvas: the selection's outline and the
// shape being drawn. Mouse events pass through to the canvas.
class AnnotationOverlay : public QWidget
{
    Q_OBJECT

public:
    AnnotationOverlay(const AnnotationController* controller, QWidget* canvas);

protected:
    void paintEvent(QPaintEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    const AnnotationController* m_controller;
};

} // namespace flank::ui
