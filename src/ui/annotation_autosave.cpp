#include "annotation_autosave.h"

#include "annotate/annotation_document.h"
#include "annotate/annotation_file.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace flank::ui {

AnnotationAutosave::AnnotationAutosave(annotate::AnnotationDocument* document, QObject* parent)
    : QObject(parent), m_document(document), m_written(document->revision())
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &AnnotationAutosave::saveNow);
    // Started by the first edit and not restarted by later ones, so steady editing still
    // writes every interval.
    connect(m_document, &annotate::AnnotationDocument::changed, this, [this] {
        if (!m_timer.isActive())
            m_timer.start();
    });
}

QString AnnotationAutosave::filePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/autosave/annotations.geojson");
}

void AnnotationAutosave::saveNow()
{
    if (m_document->revision() == m_written)
        return;
    if (m_document->undoStack()->isClean()) {
        discard();
        return;
    }
    const QString path = filePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (const QString error = annotate::writeAnnotationFile(path, m_document->annotations());
        !error.isEmpty()) {
        qWarning("%s", qPrintable(tr("Autosave failed: %1").arg(error)));
        return;
    }
    m_written = m_document->revision();
}

void AnnotationAutosave::discard()
{
    m_timer.stop();
    m_written = m_document->revision();
    QFile::remove(filePath());
}

} // namespace flank::ui
