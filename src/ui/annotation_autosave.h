#pragma once

#include <QObject>
#include <QTimer>

namespace flank::annotate {
class AnnotationDocument;
}

namespace flank::ui {

// Keeps a copy of unsaved annotations in the user's data folder, written a few seconds after
// each edit, so a crash loses no more than that. A clean document has no copy.
class AnnotationAutosave : public QObject
{
    Q_OBJECT

public:
    static constexpr int kIntervalMs = 5000;

    explicit AnnotationAutosave(annotate::AnnotationDocument* document, QObject* parent = nullptr);

    static QString filePath();
    // Writes now if anything changed since the last write; the copy goes when all is saved.
    void saveNow();
    void discard();

private:
    annotate::AnnotationDocument* m_document;
    QTimer m_timer;
    quint64 m_written = 0;
};

} // namespace flank::ui
