#pragma once

#include <QList>
#include <QString>

#include <functional>

class QMainWindow;
class QWidget;

namespace flank::ui {

// One format a file can be saved in: the save dialog's filter ("CSV (*.csv)", translated) and
// the suffix that goes with it.
struct SaveFormatChoice
{
    QString filter;
    QString suffix;
};

// A window-modal save dialog (named `objectName`, for tests) offering `formats`, the first
// chosen. The file's suffix follows the format chosen, and a typed suffix chooses the format:
// `chosen` gets the path and the index of the format to write.
void askForSaveFile(QWidget* parent, const QString& objectName, const QString& title,
                    const QString& suggestedName, const QList<SaveFormatChoice>& formats,
                    std::function<void(const QString& path, qsizetype format)> chosen);

// Reports a write: "written to" in the status bar, or a warning box (named `objectName`) with
// `problem` under `summary`, and the problem in the status bar.
void reportFileWritten(QMainWindow* window, const QString& objectName, const QString& title,
                       const QString& writtenMessage, const QString& summary,
                       const QString& problem);

} // namespace flank::ui
