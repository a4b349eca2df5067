#pragma once

#include "dataset.h"

#include "core/issue.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QString>
#include <QTimer>

namespace flank::posture {

// Reloads a posture file when it changes on disk, so an editor beside the app shows each save.
// A save with errors keeps the last good dataset on screen and reports why the new one failed.
class DatasetWatcher : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultDebounceMs = 250;

    // Loads the file at once (without emitting): whatever valid records it has are the
    // starting dataset, and issues() tells what was wrong.
    explicit DatasetWatcher(const QString& path, QObject* parent = nullptr);

    QString path() const { return m_path; }
    const Dataset& dataset() const { return m_dataset; }
    // The issues of the last load attempt, good or failed.
    const core::Issues& issues() const { return m_issues; }
    // Editors save in bursts (truncate, write, rename); one reload per burst.
    void setDebounceInterval(int milliseconds);

public slots:
    void reload();

signals:
    void datasetReloaded(const flank::posture::Dataset& dataset, const flank::core::Issues& issues);
    void reloadFailed(const flank::core::Issues& issues);

private:
    void fileChanged();
    void arm();

    QString m_path;
    Dataset m_dataset;
    core::Issues m_issues;
    QFileSystemWatcher m_watcher;
    QTimer m_debounce;
};

} // namespace flank::posture
