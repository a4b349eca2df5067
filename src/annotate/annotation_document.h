#pragma once

#include "annotation_set.h"

#include <QObject>
#include <QUndoStack>

namespace flank::annotate {

// The annotations being edited: every user edit is an undo command on the stack, and each
// change, done or undone, is announced once so the map and the autosave follow.
class AnnotationDocument : public QObject
{
    Q_OBJECT

public:
    explicit AnnotationDocument(QObject* parent = nullptr);

    const AnnotationSet& annotations() const { return m_set; }
    QUndoStack* undoStack() { return &m_undo; }
    // Bumped by every change; the autosave compares it with what it last wrote.
    quint64 revision() const { return m_revision; }

    // Undoable edits.
    void add(const Annotation& annotation);
    void remove(qsizetype index);
    void change(qsizetype index, const Annotation& annotation, const QString& what);

    // Replaces everything (a loaded or recovered file) and forgets the undo history.
    void reset(const AnnotationSet& annotations);

    // For the undo commands only.
    void insertItem(qsizetype index, const Annotation& annotation);
    void replaceItem(qsizetype index, const Annotation& annotation);
    void removeItem(qsizetype index);

signals:
    void changed();

private:
    void touch();

    AnnotationSet m_set;
    QUndoStack m_undo;
    quint64 m_revision = 0;
};

} // namespace flank::annotate
