#include "add_annotation_command.h"

#include "annotation_document.h"

#include <QCoreApplication>

namespace flank::annotate {

AddAnnotationCommand::AddAnnotationCommand(AnnotationDocument* document, qsizetype index,
                                           const Annotation& annotation)
    : QUndoCommand(
          QCoreApplication::translate("flank::annotate", "Add %1").arg(kindId(annotation.kind))),
      m_document(document), m_index(index), m_annotation(annotation)
{
}

void AddAnnotationCommand::redo()
{
    m_document->insertItem(m_index, m_annotation);
}

void AddAnnotationCommand::undo()
{
    m_document->removeItem(m_index);
}

} // namespace flank::annotate
