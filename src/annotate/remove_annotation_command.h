#pragma once

#include "annotation.h"

#include <QUndoCommand>

namespace flank::annotate {

class AnnotationDocument;

class RemoveAnnotationCommand : public QUndoCommand
{
public:
    RemoveAnnotationCommand(AnnotationDocument* document, qsizetype index,
                            const Annotation& annotation);
    void redo() override;
    void undo() override;

private:
    AnnotationDocument* m_document;
    qsizetype m_index;
    Annotation m_annotation;
};

} // namespace flank::annotate
