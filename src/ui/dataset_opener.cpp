#include "dataset_opener.h"

#include "data_failure_text.h"
#include "data_issues_dock.h"
#include "edition_changes.h"
#include "map_session.h"
#include "message_bar.h"

#include "core/data_paths.h"
#include "posture/dataset_loader.h"
#include "posture/dataset_watcher.h"
#include "render/atlas_loading.h"

#include <QFileDialog>
#include <QFileInfo>

namespace flank::ui {

DatasetOpener::DatasetOpener(MapSession* session, DataIssuesDock* issues, MessageBar* bar,
                             QWidget* window)
    : QObject(window), m_session(session), m_issues(issues), m_bar(bar), m_window(window)
{
}

DatasetOpener::~DatasetOpener() = default;

void DatasetOpener::chooseFile()
{
    const QString folder =
        QFileInfo(m_path.isEmpty() ? core::DataPaths::posture() : m_path).absolutePath();
    auto* dialog = new QFileDialog(m_window, tr("Open Dataset"), folder,
                                   tr("Posture datasets (*.json);;All files (*)"));
    dialog->setObjectName(QStringLiteral("openDatasetDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    connect(dialog, &QFileDialog::fileSelected, this, &DatasetOpener::open);
    dialog->open();
}

bool DatasetOpener::open(const QString& path)
{
    posture::LoadResult loaded = posture::loadDataset(path);
    listIssues(loaded.issues);
    if (!render::isUsable(loaded.dataset)) {
        m_bar->showMessages({describeUnusableDataset(path, loaded.issues)});
        return false;
    }
    m_path = path;
    show(loaded.dataset, loaded.issues);
    // Each save of the file from then on is shown too, as an editor beside the window saves it.
    m_watcher = std::make_unique<posture::DatasetWatcher>(path);
    connect(m_watcher.get(), &posture::DatasetWatcher::datasetReloaded, this,
            [this](const posture::Dataset& dataset, const core::Issues& issues) {
                listIssues(issues);
                show(dataset, issues);
            });
    connect(m_watcher.get(), &posture::DatasetWatcher::reloadFailed, this,
            [this](const core::Issues& issues) {
                listIssues(issues);
                m_bar->showMessages({describeFailedReload(m_path, issues)});
            });
    emit opened(path);
    return true;
}

void DatasetOpener::listIssues(const core::Issues& issues)
{
    m_issues->setIssues(issues);
    if (!issues.isEmpty())
        m_issues->show();
}

void DatasetOpener::show(const posture::Dataset& dataset, const core::Issues& issues)
{
    m_bar->showMessages(core::hasErrors(issues)
                            ? QStringList{describeSkippedRecords(m_path, issues)}
                            : QStringList());
    const posture::Dataset previous = m_session->dataset();
    m_session->setDataset(dataset);
    if (isNewerEdition(previous, dataset))
        showEditionChanges(m_window, previous, dataset, m_session->state().date);
}

} // namespace flank::ui
