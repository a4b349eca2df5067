#pragma once

#include "core/issue.h"

#include <QObject>
#include <QString>

class QWidget;

namespace flank::ui {

class DataIssuesDock;
class MapSession;
class MessageBar;

// File › Open Dataset… and --dataset: reads another posture file (a newer edition or a
// user's own) with the posture loader, lists its issues and shows its valid records
// everywhere. A file with nothing usable leaves the map as it was and says why.
class DatasetOpener : public QObject
{
    Q_OBJECT

public:
    DatasetOpener(MapSession* session, DataIssuesDock* issues, MessageBar* bar, QWidget* window);

    QString currentPath() const { return m_path; }

public slots:
    // A file dialog (*.json); the chosen file is opened as open() does.
    void chooseFile();
    // False when the file could not be used and the map did not change.
    bool open(const QString& path);

signals:
    void opened(const QString& path);

private:
    MapSession* m_session;
    DataIssuesDock* m_issues;
    MessageBar* m_bar;
    QWidget* m_window;
    QString m_path;
};

} // namespace flank::ui
