#pragma once

#include <QPainter>
#include <QString>

namespace flank::render {

// Told when the renderer starts and finishes drawing one state, so a vector writer can group
// each state's shapes (the SVG export gives every state a <g> with its ISO code as id).
class PaintObserver
{
public:
    virtual ~PaintObserver() = default;
    virtual void featureStarted(QPainter& painter, const QString& key) = 0;
    virtual void featureFinished(QPainter& painter, const QString& key) = 0;
};

} // namespace flank::render
