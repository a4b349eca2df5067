#include "export_dialog.h"

#include "compare_view.h"

#include "map_canvas.h"
#include "map_copy.h"
#include "preference_store.h"
#include "spin_box_name.h"

#include "export/map_exporter.h"
#include "render/frame_builder.h"
#include "render/sheet_builder.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>

namespace flank::ui {

namespace {

struct DecorationBox
{
    const char* key;
    const char* label;
    bool core::Decorations::*member;
};
constexpr DecorationBox kDecorationBoxes[] = {
    {"title", QT_TRANSLATE_NOOP("flank::ui::ExportDialog", "Title"), &core::Decorations::title},
    {"legend", QT_TRANSLATE_NOOP("flank::ui::ExportDialog", "Legend"), &core::Decorations::legend},
    {"stamp", QT_TRANSLATE_NOOP("flank::ui::ExportDialog", "Status date stamp"),
     &core::Decorations::dateStamp},
    {"sources", QT_TRANSLATE_NOOP("flank::ui::ExportDialog", "Sources footer"),
     &core::Decorations::sources},
    {"scaleBar", QT_TRANSLATE_NOOP("flank::ui::ExportDialog", "Scale bar"),
     &core::Decorations::scaleBar},
    {"northArrow", QT_TRANSLATE_NOOP("flank::ui::ExportDialog", "North arrow"),
     &core::Decorations::northArrow},
    {"inset", QT_TRANSLATE_NOOP("flank::ui::ExportDialog", "Inset locator map"),
     &core::Decorations::inset},
    {"labels", QT_TRANSLATE_NOOP("flank::ui::ExportDialog", "Country names"),
     &core::Decorations::labels},
    {"datasetCitation", QT_TRANSLATE_NOOP("flank::ui::ExportDialog", "Cite the dataset edition"),
     &core::Decorations::datasetCitation},
};

const QString kSettingsGroup = QStringLiteral("export");
enum SizeMode
{
    WindowSize,
    Pixels,
    OnPaper
};

} // namespace

ExportDialog::ExportDialog(MapSession* session, MapCanvas* canvas, QWidget* parent,
                           const CompareView* compare)
    : QDialog(parent), m_session(session), m_canvas(canvas), m_compare(compare),
      m_renderer(session->data().projections)
{
    setWindowTitle(tr("Export Map"));
    buildForm();
    restoreSettings();
    updatePreview();
}

void ExportDialog::buildForm()
{
    m_file = new QLineEdit(this);
    m_file->setMinimumWidth(260);
    m_file->setAccessibleName(tr("File"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file);
    fileRow->addWidget(browse);

    m_sizeMode = new QComboBox(this);
    m_sizeMode->addItems({tr("As the window shows it"), tr("Pixels"), tr("Paper")});
    m_width = new QSpinBox(this);
    m_height = new QSpinBox(this);
    for (QSpinBox* side : {m_width, m_height})
        side->setRange(1, exporting::kMaxExportSide);
    m_width->setValue(1920);
    m_height->setValue(1080);
    // In one row of the form, so the row's label is no one's buddy: each gets a name.
    nameSpinBox(m_width, tr("Width in pixels"));
    nameSpinBox(m_height, tr("Height in pixels"));
    auto* pixelRow = new QHBoxLayout;
    pixelRow->addWidget(m_width);
    pixelRow->addWidget(new QLabel(QStringLiteral("×"), this));
    pixelRow->addWidget(m_height);
    m_paper = new QComboBox(this);
    m_paper->addItem(QStringLiteral("A4"), int(exporting::Paper::A4));
    m_paper->addItem(QStringLiteral("A3"), int(exporting::Paper::A3));
    m_paper->addItem(tr("Letter"), int(exporting::Paper::Letter));
    m_paper->setAccessibleName(tr("Paper size"));
    m_landscape = new QCheckBox(tr("Landscape"), this);
    auto* paperRow = new QHBoxLayout;
    paperRow->addWidget(m_paper);
    paperRow->addWidget(m_landscape);
    m_dpi = new QDoubleSpinBox(this);
    m_dpi->setRange(exporting::kMinExportDpi, exporting::kMaxExportDpi);
    m_dpi->setDecimals(0);
    m_dpi->setValue(300);
    // A form label names the spin box, but its line edit is what takes the focus.
    nameSpinBox(m_dpi, tr("Resolution in dpi"));
    m_title = new QLineEdit(this);
    m_title->setPlaceholderText(tr("The treaty and the date"));
    m_subtitle = new QLineEdit(this);

    auto* form = new QFormLayout;
    form->addRow(tr("File:"), fileRow);
    form->addRow(tr("&Size:"), m_sizeMode);
    form->addRow(tr("Pixels:"), pixelRow);
    form->addRow(tr("Paper:"), paperRow);
    form->addRow(tr("&Resolution (dpi):"), m_dpi);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("S&ubtitle:"), m_subtitle);
    auto* boxes = new QVBoxLayout;
    for (const DecorationBox& box : kDecorationBoxes) {
        auto* check = new QCheckBox(tr(box.label), this);
        check->setChecked(true);
        m_decorations << check;
        boxes->addWidget(check);
        connect(check, &QCheckBox::toggled, this, &ExportDialog::updatePreview);
    }
    form->addRow(tr("Show:"), boxes);

    m_preview = new QLabel(this);
    m_preview->setMinimumSize(420, 300);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setAccessibleName(tr("Preview"));
    m_problem = new QLabel(this);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);

    auto* side = new QVBoxLayout;
    side->addWidget(m_preview, 1);
    side->addWidget(m_problem);
    auto* columns = new QHBoxLayout;
    columns->addLayout(form);
    columns->addLayout(side, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(buttons);

    connect(m_sizeMode, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePreview);
    connect(m_paper, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePreview);
    connect(m_landscape, &QCheckBox::toggled, this, &ExportDialog::updatePreview);
    for (QSpinBox* side : {m_width, m_height})
        connect(side, &QSpinBox::valueChanged, this, &ExportDialog::updatePreview);
    connect(m_dpi, &QDoubleSpinBox::valueChanged, this, &ExportDialog::updatePreview);
    connect(m_title, &QLineEdit::textChanged, this, &ExportDialog::updatePreview);
    connect(m_subtitle, &QLineEdit::textChanged, this, &ExportDialog::updatePreview);
    connect(m_file, &QLineEdit::textChanged, this, &ExportDialog::updatePreview);
}

exporting::ExportOptions ExportDialog::options() const
{
    exporting::ExportOptions options;
    options.file = m_file->text().trimmed();
    options.state = m_session->state();
    options.state.extent = m_canvas->visibleExtent();
    if (m_compare)
        options.comparison = comparisonShown(*m_compare);
    const bool comparing = options.comparison.kind != core::Comparison::None;
    options.state.title = m_title->text().trimmed();
    options.state.subtitle = m_subtitle->text().trimmed();
    for (qsizetype i = 0; i < m_decorations.size(); ++i)
        options.state.decorations.*(kDecorationBoxes[i].member) = m_decorations[i]->isChecked();
    switch (m_sizeMode->currentIndex()) {
    case WindowSize:
        options.size = comparing ? m_compare->size() : m_canvas->size();
        options.dpi = 96;
        break;
    case Pixels:
        options.size = QSize(m_width->value(), m_height->value());
        options.dpi = 96;
        break;
    default:
        options.paper = exporting::Paper(m_paper->currentData().toInt());
        options.landscape = m_landscape->isChecked();
        options.dpi = m_dpi->value();
        break;
    }
    return options;
}

QImage ExportDialog::preview(const QSize& bounds) const
{
    exporting::ExportOptions previewOptions = options();
    if (previewOptions.file.isEmpty())
        previewOptions.file = QStringLiteral("preview.png");
    const exporting::PreparedExport prepared =
        exporting::prepareExport(previewOptions, m_session->data(), m_canvas->annotations());
    if (!prepared.error.isEmpty())
        return {};
    exporting::ExportRequest request = prepared.request;
    // The same page at a smaller dpi: every decoration keeps its place and proportion.
    const QSizeF page = request.frame.size;
    const double factor = std::min(bounds.width() / page.width(), bounds.height() / page.height());
    request.frame.size = page * factor;
    request.frame.dpi *= factor;
    if (request.sheet) {
        request.sheet->page.size = request.frame.size;
        request.sheet->page.dpi = request.frame.dpi;
        render::layOutSheet(*request.sheet, *m_session->data().projections);
        request.frame = request.sheet->page;
    } else {
        render::resolveView(request.frame, *m_session->data().projections);
    }
    QImage image(request.frame.size.toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    exporting::paintPicture(m_renderer, painter, request);
    return image;
}

void ExportDialog::updatePreview()
{
    const bool paper = m_sizeMode->currentIndex() == OnPaper;
    m_paper->setEnabled(paper);
    m_landscape->setEnabled(paper);
    m_dpi->setEnabled(paper);
    m_width->setEnabled(m_sizeMode->currentIndex() == Pixels);
    m_height->setEnabled(m_sizeMode->currentIndex() == Pixels);
    const QString problem = exporting::checkOptions(options());
    m_problem->setText(problem);
    m_preview->setPixmap(QPixmap::fromImage(preview(m_preview->size())));
}

void ExportDialog::browse()
{
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export Map"), m_file->text(),
        tr("Images and documents (*.png *.jpg *.svg *.pdf *.tif *.html);;PNG (*.png);;"
           "JPEG (*.jpg);;SVG (*.svg);;PDF (*.pdf);;GeoTIFF (*.tif);;HTML (*.html)"));
    if (!file.isEmpty())
        m_file->setText(file);
}

void ExportDialog::restoreSettings()
{
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    m_file->setText(
        settings.value(QStringLiteral("file"), folder + QStringLiteral("/flank-atlas-map.png"))
            .toString());
    m_sizeMode->setCurrentIndex(settings.value(QStringLiteral("sizeMode"), OnPaper).toInt());
    m_width->setValue(settings.value(QStringLiteral("width"), 1920).toInt());
    m_height->setValue(settings.value(QStringLiteral("height"), 1080).toInt());
    m_paper->setCurrentIndex(settings.value(QStringLiteral("paper"), 0).toInt());
    m_landscape->setChecked(settings.value(QStringLiteral("landscape"), true).toBool());
    m_dpi->setValue(settings.value(QStringLiteral("dpi"), 300).toDouble());
    m_subtitle->setText(settings.value(QStringLiteral("subtitle")).toString());
    for (qsizetype i = 0; i < m_decorations.size(); ++i)
        m_decorations[i]->setChecked(
            settings.value(QLatin1String(kDecorationBoxes[i].key), true).toBool());
}

void ExportDialog::saveSettings()
{
    QSettings settings;
    settings.beginGroup(kSettingsGroup);
    settings.setValue(QStringLiteral("file"), m_file->text());
    settings.setValue(QStringLiteral("sizeMode"), m_sizeMode->currentIndex());
    settings.setValue(QStringLiteral("width"), m_width->value());
    settings.setValue(QStringLiteral("height"), m_height->value());
    settings.setValue(QStringLiteral("paper"), m_paper->currentIndex());
    settings.setValue(QStringLiteral("landscape"), m_landscape->isChecked());
    settings.setValue(QStringLiteral("dpi"), m_dpi->value());
    settings.setValue(QStringLiteral("subtitle"), m_subtitle->text());
    for (qsizetype i = 0; i < m_decorations.size(); ++i)
        settings.setValue(QLatin1String(kDecorationBoxes[i].key), m_decorations[i]->isChecked());
    settings.endGroup();
    // The map was written; only the dialog's remembered choices were lost.
    if (const QString problem = writePreferences(settings); !problem.isEmpty())
        QMessageBox::warning(this, tr("Export Map"), problem);
}

void ExportDialog::accept()
{
    const exporting::PreparedExport prepared =
        exporting::prepareExport(options(), m_session->data(), m_canvas->annotations());
    exporting::ExportResult result{false, prepared.error};
    if (prepared.error.isEmpty()) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        result = exporting::exportMap(m_renderer, prepared.request);
        QApplication::restoreOverrideCursor();
    }
    if (!result.ok) {
        QMessageBox::warning(this, tr("Export Map"), result.error);
        return;
    }
    // A comparison as GeoTIFF is one file per map, named after the one chosen.
    if (result.files != QStringList{prepared.request.file})
        QMessageBox::information(this, tr("Export Map"),
                                 tr("One GeoTIFF for each map was written:\n%1")
                                     .arg(result.files.join(QLatin1Char('\n'))));
    saveSettings();
    QDialog::accept();
}

void installExportActions(QMainWindow* window, QMenu* fileMenu, QMenu* editMenu,
                          const CompareView* compare, MapSession* session, MapCanvas* canvas)
{
    QAction* exportAction = new QAction(ExportDialog::tr("&Export…"), window);
    exportAction->setShortcut(QKeySequence(ExportDialog::tr("Ctrl+E")));
    QObject::connect(exportAction, &QAction::triggered, window, [=] {
        ExportDialog dialog(session, canvas, window, compare);
        dialog.exec();
    });
    fileMenu->insertAction(fileMenu->actions().value(0), exportAction);
    fileMenu->insertSeparator(fileMenu->actions().value(1));

    QAction* copyMap = editMenu->addAction(ExportDialog::tr("Copy &Map"), window, [=] {
        QGuiApplication::clipboard()->setImage(copiedMapPicture(*session, *canvas, compare));
    });
    copyMap->setShortcut(QKeySequence::Copy);
    // Ctrl+C copies the map while the map has focus; text fields keep their own Ctrl+C.
    copyMap->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    canvas->addAction(copyMap);
}

} // namespace flank::ui
