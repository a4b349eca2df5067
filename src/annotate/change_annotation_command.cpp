#include "change_annotation_command.h"

#include "annotation_document.h"

namespace flank::annotate {

ChangeAnnotationCommand::ChangeAnnotationCommand(AnnotationDocument* document, qsizetype index,
                                                 const Annotation& before, const Annotation& after,
                                                 const QString& what)
    : QUndoCommand(what), m_document(document), m_index(index), m_before(before), m_after(after)
{
}

void ChangeAnnotationCommand::redo()
{
    m_document->replaceItem(m_index, m_after);
}

void ChangeAnnotationCommand::undo()
{
    m_document->replaceItem(m_index, m_before);
}

} // namespace flank::annotate
