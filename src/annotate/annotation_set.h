#pragma once

#include "annotation.h"

#include <QList>

namespace flank::annotate {

// The annotations of one map, in drawing order (later ones on top). A value: the renderer
// reads it, the file format writes it, the document edits it through undo commands.
class AnnotationSet
{
public:
    AnnotationSet() = default;
    explicit AnnotationSet(QList<Annotation> items) : m_items(std::move(items)) {}

    const QList<Annotation>& items() const { return m_items; }
    qsizetype size() const { return m_items.size(); }
    bool isEmpty() const { return m_items.isEmpty(); }
    const Annotation& at(qsizetype index) const { return m_items.at(index); }

    void insert(qsizetype index, const Annotation& annotation);
    void append(const Annotation& annotation) { m_items.append(annotation); }
    void replace(qsizetype index, const Annotation& annotation);
    void removeAt(qsizetype index);
    void clear() { m_items.clear(); }

    friend bool operator==(const AnnotationSet&, const AnnotationSet&) = default;

private:
    QList<Annotation> m_items;
};

} // namespace flank::annotate
