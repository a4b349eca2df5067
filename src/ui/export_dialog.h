#pragma once

#include "map_session.h"

#include "export/export_options.h"
#include "render/map_renderer.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QMainWindow;
class QMenu;
class QSpinBox;

namespace flank::ui {

class CompareView;
class MapCanvas;

// File > Export…: the command line's export options as a form, a live preview of the page
// drawn by the same renderer, and the choices remembered for next time. It only fills
// ExportOptions; the export itself is exporting::exportMap, as on the command line.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // With `compare`, a comparison on screen is exported as one: its maps side by side.
    ExportDialog(MapSession* session, MapCanvas* canvas, QWidget* parent = nullptr,
                 const CompareView* compare = nullptr);

    exporting::ExportOptions options() const;
    // The page as the file will show it, scaled to fit `bounds`.
    QImage preview(const QSize& bounds) const;

public slots:
    void accept() override;

private:
    void buildForm();
    void restoreSettings();
    void saveSettings();
    void updatePreview();
    void browse();

    MapSession* m_session;
    MapCanvas* m_canvas;
    const CompareView* m_compare;
    // The dialog's own: an export never evicts the window's paths, names or sprites.
    mutable render::MapRenderer m_renderer; // the preview draws from const members
    QLineEdit* m_file;
    QComboBox* m_sizeMode;
    QSpinBox* m_width;
    QSpinBox* m_height;
    QComboBox* m_paper;
    QCheckBox* m_landscape;
    QDoubleSpinBox* m_dpi;
    QLineEdit* m_title;
    QLineEdit* m_subtitle;
    QList<QCheckBox*> m_decorations;
    QLabel* m_preview;
    QLabel* m_problem;
};

// Adds File > Export… and Edit > Copy Map (Ctrl+C, the map as an image) to a window.
void installExportActions(QMainWindow* window, QMenu* fileMenu, QMenu* editMenu,
                          const CompareView* compare, MapSession* session, MapCanvas* canvas);

} // namespace flank::ui
