#pragma once

#include "annotation.h"

#include <QUndoCommand>

namespace flank::annotate {

class AnnotationDocument;

// A move or an edit of text or style: the annotation before and after.
class ChangeAnnotationCommand : public QUndoCommand
{
public:
    ChangeAnnotationCommand(AnnotationDocument* document, qsizetype index, const Annotation& before,
                            const Annotation& after, const QString& what);
    void redo() override;
    void undo() override;

private:
    AnnotationDocument* m_document;
    qsizetype m_index;
    Annotation m_before;
    Annotation m_after;
};

} // namespace flank::annotate
