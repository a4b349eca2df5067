#pragma once

#include "core/comparison_options.h"
#include "core/map_state.h"

#include <QDialog>
#include <QList>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace flank::render {
class MapRenderer;
}

namespace flank::ui {

class MapCanvas;
class MapSession;

// Small multiples: 2 to 12 maps of the window's view, one per date (every year, each dated
// step of the selected state, or dates the user types), captioned with their dates under one
// legend, shown here and written to any export format.
class MultiplesDialog : public QDialog
{
    Q_OBJECT

public:
    enum DateSource
    {
        Yearly,
        StateEvents,
        Typed
    };

    MultiplesDialog(MapSession* session, MapCanvas* canvas, QWidget* parent = nullptr);
    ~MultiplesDialog() override;

    // The dates the choices give, or an empty list and `error` says why.
    QList<QDate> dates(QString* error = nullptr) const;
    // The grid as it is shown, at `size` device pixels.
    QImage picture(const QSize& size) const;
    // Writes the grid to `file` (1920x1080, or that page for a PDF); an error message, or "".
    QString exportTo(const QString& file) const;

    QComboBox* sourceBox() const { return m_source; }
    QLineEdit* typedDates() const { return m_typed; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void updatePreview();
    void chooseFileAndExport();
    core::MapState viewState() const;
    core::ComparisonRequest request(QString* error) const;

    MapSession* m_session;
    MapCanvas* m_canvas;
    std::unique_ptr<render::MapRenderer> m_renderer; // its own, not the window's caches
    QComboBox* m_source = nullptr;
    QSpinBox* m_firstYear = nullptr;
    QSpinBox* m_lastYear = nullptr;
    QLineEdit* m_typed = nullptr;
    QSpinBox* m_columns = nullptr;
    QLabel* m_problem = nullptr;
    QLabel* m_preview = nullptr;
};

} // namespace flank::ui
