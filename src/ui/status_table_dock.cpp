#include "status_table_dock.h"

#include "data_issues_dock.h"
#include "main_window.h"
#include "map_session.h"
#include "status_table_model.h"
#include "table_exporter.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace flank::ui {

namespace {

// Asks for about six rows, so opening the dock leaves the map most of the window.
class StatusTableView : public QTableView
{
public:
    using QTableView::QTableView;
    QSize sizeHint() const override
    {
        const int row =
            model() && model()->rowCount() > 0 ? sizeHintForRow(0) : fontMetrics().height() + 8;
        return {QTableView::sizeHint().width(), horizontalHeader()->sizeHint().height() + row * 6};
    }
};

} // namespace

StatusTableDock::StatusTableDock(MapSession* session, QWidget* parent)
    : QDockWidget(tr("Status Table"), parent), m_session(session),
      m_model(new StatusTableModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_search(new QLineEdit), m_view(new StatusTableView)
{
    setObjectName(QStringLiteral("statusTableDock"));
    setAccessibleName(tr("Status table"));
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    toggleViewAction()->setText(tr("T&able"));
    toggleViewAction()->setShortcut(QKeySequence(tr("Ctrl+T")));

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(StatusTableModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setFilterRole(StatusTableModel::SearchRole);
    m_proxy->setFilterKeyColumn(0);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_search->setObjectName(QStringLiteral("statusTableSearch"));
    m_search->setAccessibleName(tr("Filter the table"));
    m_search->setPlaceholderText(tr("Filter by name, code or status"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_proxy->setFilterFixedString(text.trimmed());
        showSelection();
    });

    m_view->setObjectName(QStringLiteral("statusTable"));
    m_view->setAccessibleName(tr("States and their statuses"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false); // Tab leaves the table, as it leaves every list
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // A few short rows: every cell fits without a click to widen its column.
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &StatusTableDock::selectRowState);

    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    setWidget(content);

    connect(m_session, &MapSession::stateChanged, this, &StatusTableDock::refresh);
    connect(m_session, &MapSession::datasetChanged, this, [this] {
        m_shownKey.clear();
        refresh();
    });
    connect(m_session, &MapSession::selectionChanged, this, &StatusTableDock::showSelection);
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible)
            refresh();
    });
    connect(toggleViewAction(), &QAction::triggered, this, [this](bool shown) {
        if (!shown)
            return;
        raise(); // in front of the docks it shares a place with
        m_view->setFocus(Qt::ShortcutFocusReason);
    });
}

void StatusTableDock::refresh()
{
    // A hidden table is brought up to date when it is shown, not on every frame the timeline
    // plays.
    if (isHidden())
        return;
    const core::MapState& state = m_session->state();
    const QString key =
        state.date.toString(Qt::ISODate) + QLatin1Char('|') + core::treatyChoiceName(state.treaty);
    if (key == m_shownKey)
        return;
    m_shownKey = key;
    m_syncing = true;
    m_model->setTable(posture::statusTable(m_session->dataset(), state.date, state.treaty));
    m_syncing = false;
    showSelection();
}

void StatusTableDock::showSelection()
{
    const int sourceRow = m_model->rowOf(m_session->state().selection);
    const QModelIndex index =
        sourceRow < 0 ? QModelIndex() : m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    m_syncing = true;
    if (index.isValid()) {
        m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                             QItemSelectionModel::Rows);
        m_view->scrollTo(index);
    } else {
        m_view->selectionModel()->clearSelection();
    }
    m_syncing = false;
}

void StatusTableDock::selectRowState()
{
    if (m_syncing)
        return;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    // As a click on a state on the map: the state, not a border item.
    m_session->setPostureFocus(std::nullopt);
    m_session->setSelection(rows.constFirst().data(StatusTableModel::Iso3Role).toString());
}

StatusTableDock* installStatusTable(MainWindow* window)
{
    auto* dock = new StatusTableDock(window->session(), window);
    window->addDockWidget(Qt::BottomDockWidgetArea, dock);
    dock->hide();
    window->viewMenu()->addAction(dock->toggleViewAction());
    // The first time it opens it joins the Data Issues dock under the timeline, as a tab (tabbed
    // while both are hidden, the window would keep an empty tab bar that has no name for a screen
    // reader), and asks for its rows' height, which the timeline's area would not give it. From
    // then on, or when the last session's layout placed it, it keeps the place and height the
    // user gives it.
    QObject::connect(dock->toggleViewAction(), &QAction::triggered, window,
                     [window, dock, placed = false](bool shown) mutable {
                         if (!shown || std::exchange(placed, true) || dock->isFloating() ||
                             window->dockWidgetArea(dock) != Qt::BottomDockWidgetArea ||
                             !window->tabifiedDockWidgets(dock).isEmpty())
                             return;
                         window->tabifyDockWidget(window->issuesDock(), dock);
                         dock->raise();
                         window->resizeDocks(
                             {dock},
                             {std::min(dock->sizeHint().height(), window->height() * 2 / 5)},
                             Qt::Vertical);
                     });

    auto* exporter = new TableExporter(window->session(), window);
    // In File's first group, after File › Export….
    QMenu* file = window->fileMenu();
    QAction* groupEnd = nullptr;
    for (QAction* action : file->actions())
        if (action->isSeparator()) {
            groupEnd = action;
            break;
        }
    file->insertAction(groupEnd, exporter->action());
    return dock;
}

} // namespace flank::ui
