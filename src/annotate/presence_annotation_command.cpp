#include "presence_annotation_command.h"

#include "annotation_document.h"

#include <QCoreApplication>

namespace flank::annotate {

namespace {

QString commandText(PresenceAnnotationCommand::Direction direction, AnnotationKind kind)
{
    return direction == PresenceAnnotationCommand::Direction::Add
               ? QCoreApplication::translate("flank::annotate", "Add %1").arg(kindId(kind))
               : QCoreApplication::translate("flank::annotate", "Delete %1").arg(kindId(kind));
}

} // namespace

PresenceAnnotationCommand::PresenceAnnotationCommand(Direction direction,
                                                     AnnotationDocument* document, qsizetype index,
                                                     const Annotation& annotation)
    : QUndoCommand(commandText(direction, annotation.kind)), m_direction(direction),
      m_document(document), m_index(index), m_annotation(annotation)
{
}

void PresenceAnnotationCommand::redo()
{
    m_direction == Direction::Add ? insert() : remove();
}

void PresenceAnnotationCommand::undo()
{
    m_direction == Direction::Add ? remove() : insert();
}

void PresenceAnnotationCommand::insert()
{
    m_document->insertItem(m_index, m_annotation);
}

void PresenceAnnotationCommand::remove()
{
    m_document->removeItem(m_index);
}

} // namespace flank::annotate
