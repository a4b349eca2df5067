#include "dataset_watcher.h"

#include "dataset_loader.h"

#include <QFileInfo>

namespace flank::posture {

DatasetWatcher::DatasetWatcher(const QString& path, QObject* parent)
    : QObject(parent), m_path(QFileInfo(path).absoluteFilePath())
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDefaultDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &DatasetWatcher::reload);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, this, &DatasetWatcher::fileChanged);
    // Saving by writing a temporary file and renaming it over the old one removes the watched
    // file; the directory's change tells when the new one is there.
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, this, &DatasetWatcher::fileChanged);

    LoadResult result = loadDataset(m_path);
    m_dataset = std::move(result.dataset);
    m_issues = std::move(result.issues);
    arm();
}

void DatasetWatcher::setDebounceInterval(int milliseconds)
{
    m_debounce.setInterval(milliseconds);
}

void DatasetWatcher::arm()
{
    const QString directory = QFileInfo(m_path).absolutePath();
    if (!m_watcher.directories().contains(directory))
        m_watcher.addPath(directory);
    if (!m_watcher.files().contains(m_path) && QFileInfo::exists(m_path))
        m_watcher.addPath(m_path);
}

void DatasetWatcher::fileChanged()
{
    arm();
    m_debounce.start();
}

void DatasetWatcher::reload()
{
    arm();
    LoadResult result = loadDataset(m_path);
    m_issues = result.issues;
    if (core::hasErrors(result.issues)) {
        emit reloadFailed(m_issues);
        return;
    }
    m_dataset = std::move(result.dataset);
    emit datasetReloaded(m_dataset, m_issues);
}

} // namespace flank::posture
