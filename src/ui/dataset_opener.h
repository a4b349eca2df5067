#pragma once

#include "core/issue.h"

#include <QObject>
#include <QString>

#include <memory>

class QWidget;

namespace flank::posture {
class Dataset;
class DatasetWatcher;
} // namespace flank::posture

namespace flank::ui {

class DataIssuesDock;
class MapSession;
class MessageBar;

// File › Open Dataset… and --dataset: reads another posture file (a newer edition or a
// user's own) with the posture loader, lists its issues and shows its valid records
// everywhere, again at each save of it. A file with nothing usable leaves the map as it was and
// says why.
class DatasetOpener : public QObject
{
    Q_OBJECT

public:
    DatasetOpener(MapSession* session, DataIssuesDock* issues, MessageBar* bar, QWidget* window);
    ~DatasetOpener() override;

    QString currentPath() const { return m_path; }

public slots:
    // A file dialog (*.json); the chosen file is opened as open() does.
    void chooseFile();
    // False when the file could not be used and the map did not change.
    bool open(const QString& path);

signals:
    void opened(const QString& path);

private:
    void listIssues(const core::Issues& issues);
    void show(const posture::Dataset& dataset, const core::Issues& issues);

    MapSession* m_session;
    DataIssuesDock* m_issues;
    MessageBar* m_bar;
    QWidget* m_window;
    QString m_path;
    std::unique_ptr<posture::DatasetWatcher> m_watcher;
};

} // namespace flank::ui
