#include "annotation_set.h"

#include <algorithm>

namespace flank::annotate {

void AnnotationSet::insert(qsizetype index, const Annotation& annotation)
{
    m_items.insert(std::clamp<qsizetype>(index, 0, m_items.size()), annotation);
}

void AnnotationSet::replace(qsizetype index, const Annotation& annotation)
{
    if (index >= 0 && index < m_items.size())
        m_items[index] = annotation;
}

void AnnotationSet::removeAt(qsizetype index)
{
    if (index >= 0 && index < m_items.size())
        m_items.removeAt(index);
}

} // namespace flank::annotate
