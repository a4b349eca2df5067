#include "multiples_dialog.h"

#include "map_canvas.h"
#include "map_session.h"
#include "spin_box_name.h"

#include "export/export_options.h"
#include "export/map_exporter.h"
#include "render/sheet_builder.h"
#include "render/sheet_painter.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <algorithm>

namespace flank::ui {

namespace {

QSpinBox* yearBox(int year, const QString& name, QWidget* parent)
{
    auto* box = new QSpinBox(parent);
    box->setRange(1997, 2100);
    box->setValue(year);
    nameSpinBox(box, name);
    return box;
}

} // namespace

MultiplesDialog::MultiplesDialog(MapSession* session, MapCanvas* canvas, QWidget* parent)
    : QDialog(parent), m_session(session), m_canvas(canvas),
      m_renderer(std::make_unique<render::MapRenderer>(session->data().projections))
{
    setWindowTitle(tr("Small Multiples"));
    setObjectName(QStringLiteral("multiplesDialog"));
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("multiplesSource"));
    m_source->addItem(tr("Every year, on 1 January"), Yearly);
    m_source->addItem(tr("Each dated step of the selected state"), StateEvents);
    m_source->addItem(tr("Dates I type"), Typed);
    const int year =
        (session->state().date.isValid() ? session->state().date : QDate::currentDate()).year();
    m_firstYear = yearBox(year - 2, tr("First year"), this);
    m_lastYear = yearBox(year, tr("Last year"), this);
    m_typed = new QLineEdit(this);
    m_typed->setObjectName(QStringLiteral("multiplesDates"));
    m_typed->setAccessibleName(tr("Dates, separated by commas"));
    m_typed->setPlaceholderText(tr("2025-01-01, 2025-07-01, 2026-03-01"));
    m_columns = new QSpinBox(this);
    m_columns->setRange(0, core::kMaxColumns);
    m_columns->setSpecialValueText(tr("Fit to the picture"));
    nameSpinBox(m_columns, tr("Columns"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("multiplesProblem"));
    m_problem->setWordWrap(true);
    m_preview = new QLabel(this);
    m_preview->setMinimumSize(480, 270);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    m_preview->setAccessibleName(tr("Preview of the maps"));

    auto* years = new QHBoxLayout;
    years->addWidget(m_firstYear);
    years->addWidget(new QLabel(tr("to"), this));
    years->addWidget(m_lastYear);
    years->addStretch(1);
    auto* form = new QFormLayout;
    form->addRow(tr("&Dates:"), m_source);
    form->addRow(tr("Years:"), years);
    form->addRow(tr("&List:"), m_typed);
    form->addRow(tr("&Columns:"), m_columns);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* exportButton = buttons->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("multiplesExport"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(exportButton, &QPushButton::clicked, this, &MultiplesDialog::chooseFileAndExport);
    connect(m_source, &QComboBox::currentIndexChanged, this, &MultiplesDialog::updatePreview);
    for (QSpinBox* box : {m_firstYear, m_lastYear, m_columns})
        connect(box, &QSpinBox::valueChanged, this, &MultiplesDialog::updatePreview);
    connect(m_typed, &QLineEdit::textChanged, this, &MultiplesDialog::updatePreview);
    connect(m_session, &MapSession::stateChanged, this, &MultiplesDialog::updatePreview);
    connect(m_session, &MapSession::datasetChanged, this, &MultiplesDialog::updatePreview);
    resize(960, 680);
    updatePreview();
}

MultiplesDialog::~MultiplesDialog() = default;

QList<QDate> MultiplesDialog::dates(QString* error) const
{
    QList<QDate> list;
    QString problem;
    switch (DateSource(m_source->currentData().toInt())) {
    case Yearly:
        for (int year = m_firstYear->value(); year <= m_lastYear->value(); ++year)
            list << QDate(year, 1, 1);
        break;
    case StateEvents: {
        const QString iso3 = m_session->state().selection;
        if (iso3.isEmpty()) {
            problem = tr("Select a state on the map first: its dated steps give the dates.");
            break;
        }
        for (const QString& treaty : core::treatyIds(m_session->state().treaty))
            for (const posture::LegalStep& step : m_session->dataset().stepsFor(iso3, treaty))
                if (!list.contains(step.date.first()))
                    list << step.date.first();
        std::sort(list.begin(), list.end());
        // The latest steps are the ones a briefing is about.
        if (list.size() > core::kMaxMultiples)
            list = list.mid(list.size() - core::kMaxMultiples);
        break;
    }
    case Typed: {
        QString typed = m_typed->text();
        typed.remove(QLatin1Char(' '));
        if (!core::ComparisonOptionReader::parseDates(QStringLiteral("multiples"), typed, list)
                 .isEmpty())
            problem = tr("Type dates as YYYY-MM-DD, separated by commas.");
        break;
    }
    }
    if (problem.isEmpty() &&
        (list.size() < core::kMinMultiples || list.size() > core::kMaxMultiples))
        problem = tr("%1 date(s): a grid takes from %2 to %3.")
                      .arg(list.size())
                      .arg(core::kMinMultiples)
                      .arg(core::kMaxMultiples);
    if (error)
        *error = problem;
    return problem.isEmpty() ? list : QList<QDate>();
}

core::MapState MultiplesDialog::viewState() const
{
    core::MapState state = m_session->state();
    state.extent = m_canvas->visibleExtent();
    return state;
}

core::ComparisonRequest MultiplesDialog::request(QString* error) const
{
    core::ComparisonRequest request;
    request.kind = core::Comparison::Multiples;
    request.dates = dates(error);
    request.columns = m_columns->value();
    return request;
}

QImage MultiplesDialog::picture(const QSize& size) const
{
    const core::ComparisonRequest grid = request(nullptr);
    if (grid.dates.isEmpty() || size.isEmpty())
        return {};
    core::MapState state = viewState();
    state.decorations = exporting::ExportOptions::defaultState().decorations;
    // Drawn as the exported page is (type and discs are sized in points), then scaled down.
    const QSize page = size.scaled(QSize(1920, 1920), Qt::KeepAspectRatio);
    const render::MapSheet sheet =
        render::buildSheet(state, render::paneChoices(grid, state), grid.columns,
                           m_session->dataset(), *m_session->data().projections, QSizeF(page));
    QImage image(page, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    render::paintSheet(*m_renderer, painter, sheet);
    painter.end();
    return size == page ? image : image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

QString MultiplesDialog::exportTo(const QString& file) const
{
    QString error;
    exporting::ExportOptions options;
    options.file = file;
    options.comparison = request(&error);
    if (!error.isEmpty())
        return error;
    const core::Decorations decorations = options.state.decorations;
    options.state = viewState();
    options.state.decorations = decorations;
    if (QString problem = exporting::checkOptions(options); !problem.isEmpty())
        return problem;
    const exporting::PreparedExport prepared =
        exporting::prepareExport(options, m_session->data(), m_canvas->annotations());
    if (!prepared.error.isEmpty())
        return prepared.error;
    const exporting::ExportResult result = exporting::exportMap(*m_renderer, prepared.request);
    return result.ok ? QString() : result.error;
}

void MultiplesDialog::chooseFileAndExport()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export Small Multiples"), folder + QStringLiteral("/flank-atlas-grid.png"),
        tr("Images and documents (*.png *.jpg *.svg *.pdf);;PNG (*.png);;JPEG (*.jpg);;"
           "SVG (*.svg);;PDF (*.pdf)"));
    if (file.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString error = exportTo(file);
    QApplication::restoreOverrideCursor();
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Export Small Multiples"), error);
}

void MultiplesDialog::updatePreview()
{
    const auto source = DateSource(m_source->currentData().toInt());
    m_firstYear->setEnabled(source == Yearly);
    m_lastYear->setEnabled(source == Yearly);
    m_typed->setEnabled(source == Typed);
    QString problem;
    dates(&problem);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    // The picture keeps a 16:9 page, the shape of a slide or a screen.
    const QSize bounds = m_preview->size();
    const QSize page = QSize(16, 9).scaled(bounds, Qt::KeepAspectRatio);
    m_preview->setPixmap(QPixmap::fromImage(picture(page)));
}

void MultiplesDialog::resizeEvent(QResizeEvent* event)
{
    QDialog::resizeEvent(event);
    updatePreview();
}

} // namespace flank::ui
