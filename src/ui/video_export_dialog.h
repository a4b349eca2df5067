#pragma once

#include "map_session.h"

#include "export/video_export.h"

#include <QDialog>
#include <QFutureWatcher>

#include <atomic>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QMainWindow;
class QMenu;
class QProgressBar;
class QSpinBox;

namespace flank::ui {

class MapCanvas;

// File > Export Video…: the window's view, theme and treaty played from one day to another
// into an MP4, WebM or GIF, as `flankatlas export --animate` writes it. The clip is written on
// a worker thread with a progress bar; Cancel stops it and leaves no file.
class VideoExportDialog : public QDialog
{
    Q_OBJECT

public:
    VideoExportDialog(MapSession* session, MapCanvas* canvas, QWidget* parent = nullptr);
    ~VideoExportDialog() override;

    exporting::TimelineVideoRequest request() const;
    bool isExporting() const { return m_running.isRunning(); }

public slots:
    void accept() override;
    void reject() override;

signals:
    void exportFinished(bool ok); // after the file is in place, or the export failed or stopped

private:
    void buildForm();
    void browse();
    void showProblem();
    void showProgress(const exporting::VideoProgress& progress);
    void finished();
    void setExporting(bool exporting);

    MapSession* m_session;
    MapCanvas* m_canvas;
    QLineEdit* m_file;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_pace;
    QDoubleSpinBox* m_seconds;
    QSpinBox* m_fps;
    QDoubleSpinBox* m_hold;
    QSpinBox* m_width;
    QSpinBox* m_height;
    QLabel* m_problem;
    QProgressBar* m_progress;
    QLabel* m_timeLeft;
    QDialogButtonBox* m_buttons;
    std::atomic<bool> m_cancel{false};
    QFutureWatcher<exporting::ExportResult> m_running;
};

// Adds File > Export Video… after File > Export….
void installVideoExportAction(QMainWindow* window, QMenu* fileMenu, MapSession* session,
                              MapCanvas* canvas);

} // namespace flank::ui
