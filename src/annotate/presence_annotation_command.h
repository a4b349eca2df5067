#pragma once

#include "annotation.h"

#include <QUndoCommand>

namespace flank::annotate {

class AnnotationDocument;

// Adds an annotation at an index, or deletes the one there: the same step taken in opposite
// directions, so one command does both and undoes each by the other.
class PresenceAnnotationCommand : public QUndoCommand
{
public:
    enum class Direction
    {
        Add,
        Delete
    };

    PresenceAnnotationCommand(Direction direction, AnnotationDocument* document, qsizetype index,
                              const Annotation& annotation);
    void redo() override;
    void undo() override;

private:
    void insert();
    void remove();

    Direction m_direction;
    AnnotationDocument* m_document;
    qsizetype m_index;
    Annotation m_annotation;
};

} // namespace flank::annotate
