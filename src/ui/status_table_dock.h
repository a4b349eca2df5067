#pragma once

#include <QDockWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace flank::ui {

class MainWindow;
class MapSession;
class StatusTableModel;
class TableExporter;

// View › Table: every state's statuses on the session's date under its treaty choice, the rows
// `flankatlas status` prints, with a search field. It follows the timeline and the treaty
// switch; selecting a row selects the state as a click on the map does, and the map's selection
// selects the row.
class StatusTableDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit StatusTableDock(MapSession* session, QWidget* parent = nullptr);

    QLineEdit* searchField() const { return m_search; }
    QTableView* view() const { return m_view; }
    StatusTableModel* model() const { return m_model; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }

private:
    void refresh();
    void showSelection();
    void selectRowState();

    MapSession* m_session;
    StatusTableModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QLineEdit* m_search;
    QTableView* m_view;
    QString m_shownKey;     // the date, treaty and dataset the rows are for
    bool m_syncing = false; // true while the view follows the session
};

// Adds the dock to the window, hidden; View › Table (Ctrl+T) shows it, the first time as a tab
// beside the Data Issues dock under the timeline (both are lists as wide as the window), and
// File › Export Table… writes its rows.
StatusTableDock* installStatusTable(MainWindow* window);

} // namespace flank::ui
