#include "dataset_opener.h"

#include "data_failure_text.h"
#include "data_issues_dock.h"
#include "edition_changes.h"
#include "map_session.h"
#include "message_bar.h"

#include "core/data_paths.h"
#include "posture/dataset_loader.h"
#include "render/atlas_loading.h"

#include <QFileDialog>
#include <QFileInfo>

namespace flank::ui {

DatasetOpener::DatasetOpener(MapSession* session, DataIssuesDock* issues, MessageBar* bar,
                             QWidget* window)
    : QObject(window), m_session(session), m_issues(issues), m_bar(bar), m_window(window)
{
}

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
    m_issues->setIssues(loaded.issues);
    if (!loaded.issues.isEmpty())
        m_issues->show();
    if (!render::isUsable(loaded.dataset)) {
        m_bar->showMessages({describeUnusableDataset(path, loaded.issues)});
        return false;
    }
    m_bar->showMessages(core::hasErrors(loaded.issues)
                            ? QStringList{describeSkippedRecords(path, loaded.issues)}
                            : QStringList());
    const posture::Dataset previous = m_session->dataset();
    m_path = path;
    m_session->setDataset(loaded.dataset);
    emit opened(path);
    if (isNewerEdition(previous, loaded.dataset))
        showEditionChanges(m_window, previous, loaded.dataset, m_session->state().date);
    return true;
}

} // namespace flank::ui
