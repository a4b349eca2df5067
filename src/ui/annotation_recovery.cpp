#include "annotation_recovery.h"

#include "annotation_autosave.h"
#include "main_window.h"

#include "annotate/annotation_document.h"
#include "annotate/annotation_file.h"

#include <QFile>
#include <QMessageBox>
#include <QTextStream>

namespace flank::ui {

namespace {

bool userWantsRecovery(MainWindow& window, qsizetype count)
{
    const QByteArray answer = qgetenv("FLANK_RECOVER");
    if (!answer.isEmpty())
        return answer == "yes";
    QMessageBox box(QMessageBox::Question, MainWindow::tr("Recover Annotations"),
                    MainWindow::tr("Flank Atlas did not close properly last time. Recover the "
                                   "%n unsaved annotation(s)?",
                                   nullptr, int(count)),
                    QMessageBox::Yes | QMessageBox::No, &window);
    box.setDefaultButton(QMessageBox::Yes);
    return box.exec() == QMessageBox::Yes;
}

} // namespace

std::optional<int> recoverAnnotations(MainWindow& window)
{
    annotate::AnnotationDocument* document = window.annotationDocument();
    qsizetype recovered = 0;
    const QString path = AnnotationAutosave::filePath();
    if (QFile::exists(path)) {
        annotate::AnnotationFileContents contents = annotate::readAnnotationFile(path);
        for (const core::Issue& issue : contents.issues)
            qWarning("%s", qPrintable(issue.toString()));
        if (!contents.annotations.isEmpty() &&
            userWantsRecovery(window, contents.annotations.size())) {
            document->reset(contents.annotations);
            // Recovered work is not saved anywhere yet: keep it unsaved and autosaved.
            document->undoStack()->resetClean();
            recovered = contents.annotations.size();
        } else {
            QFile::remove(path);
        }
    }
    if (qEnvironmentVariable("FLANK_TEST_EXIT_AFTER_RECOVERY") == QLatin1String("1")) {
        QTextStream(stdout) << "recovered " << recovered << " annotations\n";
        return 0;
    }
    return std::nullopt;
}

} // namespace flank::ui
