#include "remove_annotation_command.h"

#include "annotation_document.h"

#include <QCoreApplication>

namespace flank::annotate {

RemoveAnnotationCommand::RemoveAnnotationCommand(AnnotationDocument* document, qsizetype index,
                                                 const Annotation& annotation)
    : QUndoCommand(
          QCoreApplication::translate("flank::annotate", "Delete %1").arg(kindId(annotation.kind))),
      m_document(document), m_index(index), m_annotation(annotation)
{
}

void RemoveAnnotationCommand::redo()
{
    m_document->removeItem(m_index);
}

void RemoveAnnotationCommand::undo()
{
    m_document->insertItem(m_index, m_annotation);
}

} // namespace flank::annotate
