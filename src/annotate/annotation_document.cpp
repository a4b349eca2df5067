#include "annotation_document.h"

#include "change_annotation_command.h"
#include "presence_annotation_command.h"

namespace flank::annotate {

AnnotationDocument::AnnotationDocument(QObject* parent) : QObject(parent) {}

void AnnotationDocument::add(const Annotation& annotation)
{
    m_undo.push(new PresenceAnnotationCommand(PresenceAnnotationCommand::Direction::Add, this,
                                              m_set.size(), annotation));
}

void AnnotationDocument::remove(qsizetype index)
{
    if (index >= 0 && index < m_set.size())
        m_undo.push(new PresenceAnnotationCommand(PresenceAnnotationCommand::Direction::Delete,
                                                  this, index, m_set.at(index)));
}

void AnnotationDocument::change(qsizetype index, const Annotation& annotation, const QString& what)
{
    if (index >= 0 && index < m_set.size() && m_set.at(index) != annotation)
        m_undo.push(new ChangeAnnotationCommand(this, index, m_set.at(index), annotation, what));
}

void AnnotationDocument::reset(const AnnotationSet& annotations)
{
    m_undo.clear();
    m_set = annotations;
    touch();
}

void AnnotationDocument::insertItem(qsizetype index, const Annotation& annotation)
{
    m_set.insert(index, annotation);
    touch();
}

void AnnotationDocument::replaceItem(qsizetype index, const Annotation& annotation)
{
    m_set.replace(index, annotation);
    touch();
}

void AnnotationDocument::removeItem(qsizetype index)
{
    m_set.removeAt(index);
    touch();
}

void AnnotationDocument::touch()
{
    ++m_revision;
    emit changed();
}

} // namespace flank::annotate
