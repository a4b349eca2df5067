#pragma once

#include "posture/status_report.h"

#include <QObject>

class QAction;
class QMainWindow;

namespace flank::ui {

class MapSession;

// File › Export Table…: the status table for the window's date and treaty choice, written as
// `flankatlas status` prints it (CSV, JSON or text) through one atomic save, so a failed write
// leaves an older file whole.
class TableExporter : public QObject
{
    Q_OBJECT

public:
    TableExporter(MapSession* session, QMainWindow* window);

    QAction* action() const { return m_action; }
    // Empty when the file is in place, else why not (naming the file).
    QString write(const QString& path, posture::TableFormat format) const;

public slots:
    // Asks for a file in a save dialog, then writes it; a failure is shown in the window.
    void chooseFile();

private:
    void writeChosen(const QString& path, posture::TableFormat format);

    MapSession* m_session;
    QMainWindow* m_window;
    QAction* m_action;
};

} // namespace flank::ui
