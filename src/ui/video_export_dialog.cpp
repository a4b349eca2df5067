#include "video_export_dialog.h"

#include "map_canvas.h"
#include "spin_box_name.h"
#include "timeline_bar.h"

#include <QComboBox>
#include <QDateEdit>
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
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace flank::ui {

namespace {

enum Pace
{
    WholeClip,
    PerEvent,
};

} // namespace

VideoExportDialog::VideoExportDialog(MapSession* session, MapCanvas* canvas, QWidget* parent)
    : QDialog(parent), m_session(session), m_canvas(canvas)
{
    setWindowTitle(tr("Export Video"));
    buildForm();
    connect(&m_running, &QFutureWatcher<exporting::ExportResult>::finished, this,
            &VideoExportDialog::finished);
    showProblem();
}

VideoExportDialog::~VideoExportDialog()
{
    m_cancel = true;
    m_running.waitForFinished(); // the worker reads this dialog's flag
}

void VideoExportDialog::buildForm()
{
    auto* form = new QFormLayout;
    m_file = new QLineEdit(this);
    m_file->setPlaceholderText(tr("map.mp4, map.webm or map.gif"));
    m_file->setAccessibleName(tr("File"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    form->addRow(tr("&File:"), fileRow);

    m_from = new QDateEdit(TimelineBar::firstDate(), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setCalendarPopup(true);
        edit->setDateRange(TimelineBar::firstDate(), QDate::currentDate().addYears(5));
    }
    form->addRow(tr("F&rom:"), m_from);
    form->addRow(tr("&To:"), m_to);
    // A form label names the box, but its line edit is what takes the focus.
    nameSpinBox(m_from, tr("First day"));
    nameSpinBox(m_to, tr("Last day"));

    m_pace = new QComboBox(this);
    m_pace->addItem(tr("Seconds for the whole clip"), WholeClip);
    m_pace->addItem(tr("Seconds between events"), PerEvent);
    m_seconds = new QDoubleSpinBox(this);
    m_seconds->setRange(0.1, 3600);
    m_seconds->setDecimals(1);
    m_seconds->setValue(10);
    nameSpinBox(m_seconds, tr("Length in seconds"));
    m_pace->setAccessibleName(tr("What the length counts"));
    auto* paceRow = new QHBoxLayout;
    paceRow->addWidget(m_seconds);
    paceRow->addWidget(m_pace, 1);
    form->addRow(tr("&Length:"), paceRow);

    m_fps = new QSpinBox(this);
    m_fps->setRange(1, 60);
    m_fps->setValue(30);
    nameSpinBox(m_fps, tr("Frames per second"));
    form->addRow(tr("Frames per &second:"), m_fps);
    m_hold = new QDoubleSpinBox(this);
    m_hold->setRange(0, 60);
    m_hold->setDecimals(1);
    m_hold->setSuffix(tr(" s"));
    nameSpinBox(m_hold, tr("Pause at each event, in seconds"));
    form->addRow(tr("&Pause at each event:"), m_hold);

    m_width = new QSpinBox(this);
    m_height = new QSpinBox(this);
    m_width->setRange(exporting::kMinVideoSize.width(), exporting::kMaxVideoSize.width());
    m_height->setRange(exporting::kMinVideoSize.height(), exporting::kMaxVideoSize.height());
    for (QSpinBox* side : {m_width, m_height})
        side->setSingleStep(2);
    m_width->setValue(1920);
    m_height->setValue(1080);
    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×"), this));
    sizeRow->addWidget(m_height);
    sizeRow->addStretch(1);
    form->addRow(tr("Si&ze (pixels):"), sizeRow);
    nameSpinBox(m_width, tr("Width"));
    nameSpinBox(m_height, tr("Height"));

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    m_timeLeft = new QLabel(this);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("E&xport"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &VideoExportDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &VideoExportDialog::reject);
    connect(browse, &QPushButton::clicked, this, &VideoExportDialog::browse);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_progress);
    layout->addWidget(m_timeLeft);
    layout->addWidget(m_buttons);

    connect(m_file, &QLineEdit::textChanged, this, &VideoExportDialog::showProblem);
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &VideoExportDialog::showProblem);
    for (QDoubleSpinBox* box : {m_seconds, m_hold})
        connect(box, &QDoubleSpinBox::valueChanged, this, &VideoExportDialog::showProblem);
    for (QSpinBox* box : {m_fps, m_width, m_height})
        connect(box, &QSpinBox::valueChanged, this, &VideoExportDialog::showProblem);
    connect(m_pace, &QComboBox::currentIndexChanged, this, &VideoExportDialog::showProblem);
}

exporting::TimelineVideoRequest VideoExportDialog::request() const
{
    exporting::TimelineVideoRequest request;
    request.file = m_file->text().trimmed();
    request.size = QSize(m_width->value(), m_height->value());
    request.state = m_session->state();
    request.state.extent = m_canvas->visibleExtent();
    request.state.decorations.dateStamp = true; // the running date is the point of the clip
    exporting::AnimationTiming& timing = request.timing;
    timing.from = m_from->date();
    timing.to = m_to->date();
    timing.fps = m_fps->value();
    timing.holdSeconds = m_hold->value();
    if (m_pace->currentData().toInt() == PerEvent)
        timing.perEventSeconds = m_seconds->value();
    else
        timing.durationSeconds = m_seconds->value();
    return request;
}

// The same checks and words as the command line, before the button is pressed.
void VideoExportDialog::showProblem()
{
    const exporting::TimelineVideoRequest wanted = request();
    QString problem = exporting::checkTiming(wanted.timing, 0);
    if (problem.isEmpty() && !wanted.file.isEmpty())
        problem = exporting::checkVideoTarget(wanted.file, wanted.size);
    m_problem->setText(problem);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(problem.isEmpty() && !wanted.file.isEmpty() && !isExporting());
}

void VideoExportDialog::browse()
{
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Export Video"), m_file->text(),
        tr("MP4 video (*.mp4);;WebM video (*.webm);;Animated GIF (*.gif)"));
    if (!file.isEmpty())
        m_file->setText(file);
}

void VideoExportDialog::setExporting(bool exporting)
{
    for (QWidget* field : findChildren<QWidget*>())
        if (field != m_buttons && !m_buttons->isAncestorOf(field) && field != m_progress &&
            field != m_timeLeft && field != m_problem)
            field->setEnabled(!exporting);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!exporting);
    m_progress->setVisible(exporting);
    m_progress->setValue(0);
    m_timeLeft->clear();
}

void VideoExportDialog::accept()
{
    if (isExporting())
        return;
    const exporting::TimelineVideoRequest wanted = request();
    const render::AtlasData& data = m_session->data();
    if (QString problem = exporting::checkTimelineVideo(wanted, data); !problem.isEmpty()) {
        m_problem->setText(problem);
        return;
    }
    m_cancel = false;
    setExporting(true);
    // The worker's own copy of the data (shared, read-only) and its own renderer: the window
    // goes on drawing, and may even open another dataset, while the clip is written.
    m_running.setFuture(QtConcurrent::run([this, wanted, data] {
        render::MapRenderer renderer(data.projections);
        renderer.setMaxThreads(1); // the encoder takes the other core
        return exporting::exportTimelineVideo(
            renderer, data, wanted,
            [this](const exporting::VideoProgress& progress) {
                QMetaObject::invokeMethod(
                    this, [this, progress] { showProgress(progress); }, Qt::QueuedConnection);
            },
            &m_cancel);
    }));
}

void VideoExportDialog::reject()
{
    if (isExporting()) {
        m_cancel = true; // finished() reports it
        return;
    }
    QDialog::reject();
}

void VideoExportDialog::showProgress(const exporting::VideoProgress& progress)
{
    if (!isExporting())
        return;
    m_progress->setMaximum(int(progress.frameCount));
    m_progress->setValue(int(progress.framesDone));
    m_timeLeft->setText(
        tr("About %n second(s) left", nullptr, int(std::ceil(progress.secondsLeft))));
}

void VideoExportDialog::finished()
{
    const exporting::ExportResult result = m_running.result();
    setExporting(false);
    showProblem();
    if (result.ok) {
        emit exportFinished(true);
        QDialog::accept();
        return;
    }
    m_timeLeft->setText(m_cancel ? tr("Cancelled: no file was written.") : QString());
    if (!m_cancel)
        QMessageBox::warning(this, tr("Export Video"), result.error);
    emit exportFinished(false);
}

void installVideoExportAction(QMainWindow* window, QMenu* fileMenu, MapSession* session,
                              MapCanvas* canvas)
{
    auto* action = new QAction(VideoExportDialog::tr("Export &Video…"), window);
    QObject::connect(action, &QAction::triggered, window, [=] {
        VideoExportDialog dialog(session, canvas, window);
        dialog.exec();
    });
    // After File > Export…, the first entry.
    fileMenu->insertAction(fileMenu->actions().value(1), action);
}

} // namespace flank::ui
