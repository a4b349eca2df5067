#include "command_run.h"
#include "ui_test_support.h"

#include "posture/status.h"
#include "ui/data_issues_dock.h"
#include "ui/map_canvas.h"
#include "ui/state_panel.h"
#include "ui/status_table_dock.h"
#include "ui/status_table_model.h"
#include "ui/timeline_bar.h"
#include "ui/timeline_slider.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace flank;
using namespace flank::ui;

namespace {

StatusTableDock* dockOf(MainWindow& window)
{
    return window.findChild<StatusTableDock*>(QStringLiteral("statusTableDock"));
}

// Opens the dock the way a user does, with Ctrl+T on the map.
StatusTableDock* openTable(MainWindow& window)
{
    StatusTableDock* dock = dockOf(window);
    if (!dock->isVisible())
        QTest::keyClick(window.canvas(), Qt::Key_T, Qt::ControlModifier);
    if (!QTest::qWaitFor([dock] { return dock->isVisible(); }))
        return nullptr;
    QApplication::processEvents();
    return dock;
}

// The same, on a day and treaty choice set first; its table view, or null.
QTableView* openTableOn(MainWindow& window, QDate day, core::TreatyChoice treaty)
{
    window.session()->setDate(day);
    window.session()->setTreatyChoice(treaty);
    StatusTableDock* dock = openTable(window);
    return dock ? dock->view() : nullptr;
}

// The column whose header reads `title` (the first, when several do).
int columnTitled(QTableView* view, const QString& title)
{
    for (int column = 0; column < view->model()->columnCount(); ++column)
        if (view->model()->headerData(column, Qt::Horizontal).toString() == title)
            return column;
    return -1;
}

// The view's row showing the state, -1 when it shows none.
int viewRowOf(QTableView* view, const QString& iso3)
{
    for (int row = 0; row < view->model()->rowCount(); ++row)
        if (view->model()->index(row, 0).data(StatusTableModel::Iso3Role) == iso3)
            return row;
    return -1;
}

QString cell(QTableView* view, const QString& iso3, int column)
{
    return view->model()->index(viewRowOf(view, iso3), column).data().toString();
}

QString selectedState(QTableView* view)
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.size() == 1 ? rows.first().data(StatusTableModel::Iso3Role).toString() : QString();
}

void clickHeader(QTableView* view, int column)
{
    QHeaderView* header = view->horizontalHeader();
    const QPoint point(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                       header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, point);
}

QAction* menuAction(QMenu* menu, const QString& text)
{
    for (QAction* action : menu->actions())
        if (action->text() == text)
            return action;
    return nullptr;
}

QByteArray cliStatus(const QDate& date, const QString& treaty, const QString& format)
{
    const CommandRun run =
        runCommand(QStringLiteral(FLANKATLAS_PATH),
                   {QStringLiteral("status"), QStringLiteral("--date"), date.toString(Qt::ISODate),
                    QStringLiteral("--treaty"), treaty, QStringLiteral("--format"), format});
    return run.exitCode == 0 ? run.out.toUtf8() : QByteArray();
}

// Types `path` into the export dialog and accepts it.
bool chooseInExportDialog(MainWindow& window, const QString& path)
{
    QAction* exportTable = menuAction(window.fileMenu(), QStringLiteral("Export &Table…"));
    if (!exportTable)
        return false;
    exportTable->trigger();
    return test::saveInFileDialog(window, QStringLiteral("exportTableDialog"), path);
}

} // namespace

// View › Table as a user works it: opened with Ctrl+T, clicked, sorted, searched, moved with
// the timeline, and exported.
class StatusTableTest : public QObject
{
    Q_OBJECT

private slots:
    void ctrlTShowsTheDock();
    void clickingARowSelectsTheState();
    void selectingOnTheMapSelectsTheRow();
    void sortingByAColumnOrdersTheRows();
    void typingInTheSearchFilters();
    void theTableFollowsTheTimelineAndTheTreaty();
    void exportWritesTheRowsOfTheCommandLine();
    void aFailedExportIsShown();
};

void StatusTableTest::ctrlTShowsTheDock()
{
    auto window = test::openWindow();
    StatusTableDock* dock = dockOf(*window);
    QVERIFY(dock);
    QVERIFY(!dock->isVisible());
    QCOMPARE(dock->accessibleName(), QStringLiteral("Status table"));
    QVERIFY(openTable(*window));
    auto* table = dock->findChild<QTableView*>(QStringLiteral("statusTable"));
    QVERIFY(table && table->isVisible());
    QCOMPARE(table->model()->rowCount(), int(window->session()->dataset().states().size()));
    QVERIFY(table->hasFocus());
    QVERIFY(!dock->searchField()->accessibleName().isEmpty());
    QVERIFY(!table->accessibleName().isEmpty());
    // The dock sits under the map, tabbed with the other list as wide as the window, not over
    // the details.
    QCOMPARE(window->dockWidgetArea(dock), Qt::BottomDockWidgetArea);
    QVERIFY(window->tabifiedDockWidgets(dock).contains(window->issuesDock()));
    QVERIFY(window->panel()->isVisible());
    QVERIFY(dock->geometry().top() > window->canvas()->mapTo(window.get(), QPoint(0, 0)).y());
    // The same keys again close it.
    QTest::keyClick(table, Qt::Key_T, Qt::ControlModifier);
    QTRY_VERIFY(!dock->isVisible());
}

void StatusTableTest::clickingARowSelectsTheState()
{
    auto window = test::openWindow();
    window->session()->setSelection({});
    StatusTableDock* dock = openTable(*window);
    QVERIFY(dock);
    QTableView* table = dock->view();
    const int row = viewRowOf(table, "POL");
    QVERIFY(row >= 0);
    const QModelIndex index = table->model()->index(row, 1);
    table->scrollTo(index);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
    QCOMPARE(window->session()->state().selection, QStringLiteral("POL"));
    QVERIFY(!window->session()->postureFocus());
    QTRY_VERIFY(test::panelTexts(*window, "stateName").contains(QStringLiteral("Poland (POL)")));
    // The arrow keys move through the rows and the map follows.
    QTest::keyClick(table, Qt::Key_Down);
    const QString next =
        table->model()->index(row + 1, 0).data(StatusTableModel::Iso3Role).toString();
    QCOMPARE(window->session()->state().selection, next);
}

void StatusTableTest::selectingOnTheMapSelectsTheRow()
{
    auto window = test::openWindow();
    StatusTableDock* dock = openTable(*window);
    QVERIFY(dock);
    for (const char* iso3 : {"FIN", "LTU"}) {
        QTest::mouseClick(window->canvas(), Qt::LeftButton, {},
                          test::canvasPointOf(*window, QString::fromLatin1(iso3)));
        QCOMPARE(window->session()->state().selection, QString::fromLatin1(iso3));
        QCOMPARE(selectedState(dock->view()), QString::fromLatin1(iso3));
    }
    QTest::keyClick(window->canvas(), Qt::Key_Escape);
    QCOMPARE(window->session()->state().selection, QString());
    QVERIFY(dock->view()->selectionModel()->selectedRows().isEmpty());
}

void StatusTableTest::sortingByAColumnOrdersTheRows()
{
    auto window = test::openWindow();
    QTableView* table = openTableOn(*window, QDate(2026, 3, 1), core::TreatyChoice::Both);
    QVERIFY(table);
    const int quotes = columnTitled(table, QStringLiteral("Quotes"));
    QVERIFY(quotes >= 0);
    clickHeader(table, quotes);
    QList<int> counts;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        counts << table->model()->index(row, quotes).data().toInt();
    // Counts from single digits to tens: sorted as text, "10" would come before "9".
    QVERIFY2(counts.first() < 10 && counts.last() >= 10,
             qPrintable(QString::number(counts.last())));
    QVERIFY(std::is_sorted(counts.begin(), counts.end()));
    clickHeader(table, quotes);
    QCOMPARE(table->model()->index(0, quotes).data().toInt(), counts.last());

    // Dates by date: Poland's withdrawal (2026-02-20) after Lithuania's CCM one (2025-03-06).
    const int ccmSince = columnTitled(table, QStringLiteral("CCM")) + 1;
    QCOMPARE(table->model()->headerData(ccmSince, Qt::Horizontal).toString(),
             QStringLiteral("Since"));
    clickHeader(table, ccmSince);
    if (table->horizontalHeader()->sortIndicatorOrder() != Qt::AscendingOrder)
        clickHeader(table, ccmSince);
    QDate previous;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QString since = table->model()->index(row, ccmSince).data().toString();
        if (since.isEmpty()) // no step: after every date
            continue;
        const QDate first =
            table->model()->index(row, ccmSince).data(StatusTableModel::SortRole).toDate();
        QVERIFY2(!previous.isValid() || previous <= first, qPrintable(since));
        QVERIFY(since.contains(QString::number(first.year())));
        previous = first;
    }
    QVERIFY(previous.isValid());
}

void StatusTableTest::typingInTheSearchFilters()
{
    auto window = test::openWindow();
    QTableView* table = openTableOn(*window, QDate(2026, 3, 1), core::TreatyChoice::Both);
    QVERIFY(table);
    const int all = table->model()->rowCount();
    QLineEdit* search = dockOf(*window)->searchField();
    QTest::keyClicks(search, QStringLiteral("poland"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("POL"));
    search->clear();
    QTest::keyClicks(search, QStringLiteral("ltu"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(cell(table, "LTU", 1), QStringLiteral("Lithuania"));
    search->clear();
    QCOMPARE(table->model()->rowCount(), all);
    // By status, whatever the case: every row left has one "Withdrawn" status.
    QTest::keyClicks(search, QStringLiteral("WITHDRAWN"));
    const int withdrawn = table->model()->rowCount();
    QVERIFY(withdrawn >= 5 && withdrawn < all);
    const int ottawa = columnTitled(table, QStringLiteral("Ottawa"));
    const int ccm = columnTitled(table, QStringLiteral("CCM"));
    for (int row = 0; row < withdrawn; ++row) {
        const QStringList statuses{table->model()->index(row, ottawa).data().toString(),
                                   table->model()->index(row, ccm).data().toString()};
        QVERIFY(statuses.contains(posture::statusLabel(posture::Status::Withdrawn)));
    }
    QVERIFY(viewRowOf(table, "POL") >= 0);
    QCOMPARE(viewRowOf(table, "USA"), -1);
}

void StatusTableTest::theTableFollowsTheTimelineAndTheTreaty()
{
    auto window = test::openWindow();
    QTableView* table = openTableOn(*window, QDate(2026, 2, 19), core::TreatyChoice::Ottawa);
    QVERIFY(table);
    const int ottawa = columnTitled(table, QStringLiteral("Ottawa"));
    const int next = columnTitled(table, QStringLiteral("Next change"));
    QVERIFY(ottawa >= 0 && next >= 0);
    QCOMPARE(columnTitled(table, QStringLiteral("CCM")), -1);
    QCOMPARE(cell(table, "POL", ottawa), posture::statusLabel(posture::Status::WithdrawalNotified));
    QCOMPARE(cell(table, "POL", next),
             QStringLiteral("Withdrawal effective 20 February 2026 (Ottawa)"));
    QTest::mouseClick(window->canvas(), Qt::LeftButton, {}, test::canvasPointOf(*window, "POL"));

    // One day on with the timeline's keyboard step: the withdrawal has taken effect.
    TimelineSlider* slider = window->timeline()->slider();
    slider->setFocus(Qt::TabFocusReason);
    QTest::keyClick(slider, Qt::Key_Right);
    QCOMPARE(window->session()->state().date, QDate(2026, 2, 20));
    QCOMPARE(cell(table, "POL", ottawa), posture::statusLabel(posture::Status::Withdrawn));
    QCOMPARE(cell(table, "POL", ottawa + 1), QStringLiteral("20 February 2026"));
    QCOMPARE(cell(table, "POL", next), QString());
    QCOMPARE(selectedState(table), QStringLiteral("POL")); // the row stays selected

    // The treaty switch (Ctrl+3: both) brings the CCM columns, after Ottawa's.
    QTest::keyClick(window->canvas(), Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window->session()->state().treaty, core::TreatyChoice::Both);
    const int ccm = columnTitled(table, QStringLiteral("CCM"));
    QVERIFY(ccm > columnTitled(table, QStringLiteral("Ottawa")));
    QCOMPARE(cell(table, "LTU", ccm), posture::statusLabel(posture::Status::Withdrawn));
    QCOMPARE(cell(table, "LTU", ccm + 1), QStringLiteral("6 March 2025"));
    QCOMPARE(selectedState(table), QStringLiteral("POL"));
}

void StatusTableTest::exportWritesTheRowsOfTheCommandLine()
{
    auto window = test::openWindow();
    const QDate day(2025, 12, 1);
    window->session()->setDate(day);
    window->session()->setTreatyChoice(core::TreatyChoice::Both);
    QTemporaryDir directory;
    QVERIFY(directory.isValid());

    const QString csv = directory.filePath(QStringLiteral("table.csv"));
    QVERIFY(chooseInExportDialog(*window, csv));
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QByteArray written = csvFile.readAll();
    QVERIFY(written.startsWith("iso3,name,ottawa_status,"));
    QCOMPARE(written, cliStatus(day, QStringLiteral("both"), QStringLiteral("csv")));
    QVERIFY(window->statusBar()->currentMessage().contains(csv));

    // The suffix typed chooses the format.
    const QString json = directory.filePath(QStringLiteral("table.json"));
    QVERIFY(chooseInExportDialog(*window, json));
    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    const QJsonObject object = QJsonDocument::fromJson(jsonFile.readAll()).object();
    QCOMPARE(object.value("date").toString(), QStringLiteral("2025-12-01"));
    QCOMPARE(object,
             QJsonDocument::fromJson(cliStatus(day, QStringLiteral("both"), QStringLiteral("json")))
                 .object());
}

void StatusTableTest::aFailedExportIsShown()
{
    auto window = test::openWindow();
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    // A path below a regular file cannot be written, even by root.
    const QString blocker = directory.filePath(QStringLiteral("plain"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    const QString target = blocker + QStringLiteral("/table.csv");
    QVERIFY(chooseInExportDialog(*window, target));
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = window->findChild<QMessageBox*>(QStringLiteral("exportTableError"))));
    QVERIFY2(box->informativeText().contains(target), qPrintable(box->informativeText()));
    QVERIFY(window->statusBar()->currentMessage().contains(target));
    QVERIFY(!QFile::exists(target));
    box->close();
}

QTEST_MAIN(StatusTableTest)
#include "tst_status_table.moc"
