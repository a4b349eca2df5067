// Other editions of the dataset, and data files that cannot be read, as the window shows them:
// File › Open Dataset… and --dataset load a posture file, list its issues and show its valid
// records everywhere; a broken file in FLANK_DATA_DIR is named in the window and the bundled
// copy stands in for it.
#include "ui_test_support.h"

#include "core/data_paths.h"
#include "posture/dataset_loader.h"
#include "posture/frontier_pairs.h"
#include "posture/status.h"
#include "render/atlas_loading.h"
#include "ui/data_issues_dock.h"
#include "ui/dataset_opener.h"
#include "ui/edition_changes.h"
#include "ui/launchers.h"
#include "ui/map_canvas.h"
#include "ui/message_bar.h"
#include "ui/timeline_bar.h"
#include "ui/timeline_slider.h"
#include "ui/treaty_actions.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace flank;
using namespace flank::ui;

namespace {

const QString kBadData = QStringLiteral(FLANK_TESTS_ROOT "/data/bad");

// FLANK_DATA_DIR pointing at a folder of its own for one test, set back afterwards.
class DataDirectory
{
public:
    DataDirectory() : m_previous(qgetenv("FLANK_DATA_DIR"))
    {
        QDir(m_directory.path()).mkpath(QStringLiteral("geodata"));
        qputenv("FLANK_DATA_DIR", m_directory.path().toLocal8Bit());
    }
    ~DataDirectory() { qputenv("FLANK_DATA_DIR", m_previous); }

    // Copies `bytes` to geodata/NAME there and returns its path.
    QString put(const QString& name, const QByteArray& bytes) const
    {
        const QString path = m_directory.filePath(QStringLiteral("geodata/") + name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

private:
    QByteArray m_previous;
    QTemporaryDir m_directory;
};

QByteArray contentsOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QStringList issueRows(MainWindow& window)
{
    QStringList rows;
    QTreeWidget* list = window.issuesDock()->list();
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = list->topLevelItem(i);
        rows << item->text(0) + QLatin1Char(' ') + item->text(2);
    }
    return rows;
}

QAction* menuAction(QMenu* menu, const QString& text)
{
    for (QAction* action : menu->actions())
        if (action->text() == text)
            return action;
    return nullptr;
}

posture::Status shownStatus(MainWindow& window, const QString& iso3)
{
    return window.canvas()->currentFrame().statuses.value(iso3, posture::Status::NoData);
}

// What a window started on FLANK_DATA_DIR must still show: colored states, the treaty's name
// over the legend and a treaty switch.
void verifyBundledPostureShown(MainWindow& window)
{
    QVERIFY(render::isUsable(window.session()->dataset()));
    QVERIFY(shownStatus(window, QStringLiteral("POL")) != posture::Status::NoData);
    const render::LegendLayout legend = window.canvas()->legendLayout();
    QVERIFY(!legend.items.isEmpty());
    QCOMPARE(legend.items.constFirst().kind, render::LegendItemKind::Heading);
    QVERIFY2(legend.items.constFirst().text.contains(QLatin1String("Ottawa Convention")),
             qPrintable(legend.items.constFirst().text));
    QVERIFY(!window.treatyActions()->actions().isEmpty());
}

} // namespace

class DataEditionsTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(!test::bundledData().dataset.isEmpty()); }

    void openDatasetFromTheMenuLoadsTheValidRecordsAndListsTheIssue()
    {
        auto window = test::openWindow();
        window->session()->setDate(QDate(2026, 6, 1));
        const qsizetype bundledTicks = window->timeline()->slider()->events().size();
        QVERIFY(shownStatus(*window, "FIN") == posture::Status::Withdrawn);
        QVERIFY(!window->canvas()->currentFrame().fortifications.isEmpty());

        // File › Open Dataset…, then the file chosen in its dialog.
        QAction* open = menuAction(window->fileMenu(), QStringLiteral("Open &Dataset…"));
        QVERIFY(open);
        open->trigger();
        auto* dialog = window->findChild<QFileDialog*>(QStringLiteral("openDatasetDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->nameFilters().join(' ').contains("*.json"));
        const QString file = kBadData + QStringLiteral("/posture/wrong_type_null_name.json");
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        QTest::keyClicks(name, file);
        QTest::keyClick(name, Qt::Key_Return);
        QTRY_VERIFY(!window->findChild<QFileDialog*>(QStringLiteral("openDatasetDialog")));

        // The valid rest loaded: Finland and Estonia, not Poland, whose name was null.
        const posture::Dataset& dataset = window->session()->dataset();
        QCOMPARE(dataset.states().size(), 2);
        QVERIFY(!dataset.findState("POL"));
        QCOMPARE(window->datasets()->currentPath(), file);
        // Map colors, legend, tooltips, timeline, panel and borders follow it.
        QCOMPARE(shownStatus(*window, "FIN"), posture::Status::Signatory);
        QCOMPARE(shownStatus(*window, "POL"), posture::Status::NoData);
        QVERIFY(window->canvas()->stateSummary("FIN").contains(
            posture::statusLabel(posture::Status::Signatory)));
        QCOMPARE(window->timeline()->slider()->events().size(), dataset.eventDates().size());
        QVERIFY(window->timeline()->slider()->events().size() < bundledTicks);
        QCOMPARE(window->session()->data().frontiers->pairs(),
                 posture::frontierCandidates(dataset));
        // The posture layers draw the file's programmes and deployments: it has none.
        QVERIFY(window->canvas()->currentFrame().fortifications.isEmpty());
        QVERIFY(window->canvas()->currentFrame().troopMarkers.isEmpty());
        QCOMPARE(window->canvas()->currentFrame().dataAsOf, QStringLiteral("2025-11-25"));
        window->session()->setSelection("FIN");
        QVERIFY(test::panelTexts(*window).join(' ').contains(
            posture::statusLabel(posture::Status::Signatory)));
        QCOMPARE(window->treatyActions()->actions().size(), 1);

        // The issue is listed with its line and column, readable and selectable.
        QVERIFY(window->issuesDock()->isVisible());
        const QStringList rows = issueRows(*window);
        QCOMPARE(rows.size(), 2); // Poland's record, then its step that names it
        QVERIFY2(rows.first().startsWith("wrong_type_null_name.json:15:29 "), qPrintable(rows[0]));
        QVERIFY(rows.first().contains("must be a string, not null"));
        QTreeWidget* list = window->issuesDock()->list();
        QCOMPARE(list->selectionMode(), QAbstractItemView::ExtendedSelection);
        list->setFocus();
        list->setCurrentItem(list->topLevelItem(0));
        QTest::keyClick(list, Qt::Key_Return);
        QVERIFY2(QGuiApplication::clipboard()->text().startsWith(file + ":15:29: error:"),
                 qPrintable(QGuiApplication::clipboard()->text()));
        // And the bar above the map says so.
        QVERIFY(window->messageBar()->isVisible());
        QVERIFY2(window->messageBar()->text().contains("line 15, column 29"),
                 qPrintable(window->messageBar()->text()));
    }

    void aDatasetWithNothingUsableLeavesTheMapAsItWas()
    {
        auto window = test::openWindow();
        const qsizetype states = window->session()->dataset().states().size();
        QVERIFY(!window->datasets()->open(kBadData + QStringLiteral("/posture/truncated.json")));
        QCOMPARE(window->session()->dataset().states().size(), states);
        QVERIFY(window->messageBar()->isVisible());
        QVERIFY(window->messageBar()->text().contains("truncated.json"));
        QVERIFY(window->messageBar()->text().contains("line 17, column 1"));
        QVERIFY(issueRows(*window).join('\n').contains("truncated.json:17:1"));
    }

    void reopeningTheBundledDataRestoresEverything()
    {
        auto window = test::openWindow();
        window->session()->setTreatyChoice(core::TreatyChoice::Both);
        QVERIFY(window->datasets()->open(kBadData + QStringLiteral("/posture/valid.json")));
        // The fixture has no cluster-munitions treaty: the switch falls back to Ottawa.
        QCOMPARE(window->session()->state().treaty, core::TreatyChoice::Ottawa);
        QCOMPARE(window->treatyActions()->actions().size(), 1);
        QVERIFY(!window->messageBar()->isVisible());
        QVERIFY(window->datasets()->open(core::DataPaths::posture()));
        QCOMPARE(window->treatyActions()->actions().size(), 3);
        QCOMPARE(window->session()->dataset().states().size(),
                 test::bundledData().dataset.states().size());
    }

    void savingTheOpenedDatasetShowsTheNewVersion()
    {
        QTemporaryDir directory;
        const QString path = directory.filePath("posture.json");
        const QByteArray valid = contentsOf(kBadData + QStringLiteral("/posture/valid.json"));
        const auto save = [&](const QByteArray& bytes) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            QCOMPARE(file.write(bytes), bytes.size());
        };
        save(valid);
        auto window = test::openWindow();
        window->session()->setDate(QDate(2026, 6, 1));
        QVERIFY(window->datasets()->open(path));
        QCOMPARE(shownStatus(*window, "POL"), posture::Status::Signatory);

        // Poland's step is another in the next save.
        QByteArray next = valid;
        next.replace(R"("kind": "signed", "date": "1997-12-04")",
                     R"("kind": "ratified", "date": "1997-12-04")");
        const posture::Status saved = posture::parseDataset(next, path)
                                          .dataset.statusOn("POL", "ottawa", QDate(2026, 6, 1))
                                          .status;
        QVERIFY(saved != posture::Status::Signatory);
        save(next);
        QTRY_COMPARE(shownStatus(*window, "POL"), saved);

        // A save the reader refuses keeps the last good version and says why.
        save(valid.left(valid.size() / 2));
        QTRY_VERIFY(window->messageBar()->isVisible());
        QVERIFY2(window->messageBar()->text().contains("the map keeps the last version",
                                                       Qt::CaseInsensitive),
                 qPrintable(window->messageBar()->text()));
        QCOMPARE(shownStatus(*window, "POL"), saved);
    }

    void openingANewerEditionShowsWhatItChanges()
    {
        QTemporaryDir directory;
        const QByteArray valid = contentsOf(kBadData + QStringLiteral("/posture/valid.json"));
        QByteArray later = valid;
        later.replace(R"("asOf": "2025-11-25")", R"("asOf": "2026-02-01")");
        later.replace(R"("kind": "signed", "date": "1997-12-04")",
                      R"("kind": "ratified", "date": "1997-12-04")");
        QVERIFY(later != valid);
        const auto write = [&](const QString& name, const QByteArray& bytes) {
            QFile file(directory.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(bytes), bytes.size());
        };
        write("old.json", valid);
        write("new.json", later);
        auto window = test::openWindow();
        window->session()->setDate(QDate(2026, 6, 1));
        QVERIFY(window->datasets()->open(directory.filePath("old.json")));
        QVERIFY(!window->findChild<QDialog*>(QStringLiteral("editionChanges")));
        QVERIFY(window->datasets()->open(directory.filePath("new.json")));
        auto* changes = window->findChild<QDialog*>(QStringLiteral("editionChanges"));
        QVERIFY(changes && changes->isVisible());
        const QString list =
            changes->findChild<QPlainTextEdit*>(QStringLiteral("editionChangesList"))
                ->toPlainText();
        // Poland's one step changed its kind, and with it Poland's status on the day.
        QVERIFY2(list.contains(QStringLiteral("changed  steps")) && list.contains("kind"),
                 qPrintable(list));
        QVERIFY2(list.contains(QStringLiteral("POL")), qPrintable(list));
    }

    void aLaterAsOfOfTheSameFormatIsANewerEdition()
    {
        const QByteArray valid = contentsOf(kBadData + QStringLiteral("/posture/valid.json"));
        QByteArray later = valid;
        later.replace(R"("asOf": "2025-11-25")", R"("asOf": "2026-02-01")");
        QByteArray foreign = later;
        foreign.replace(R"("format": "flank-posture")", R"("format": "other")");
        const posture::Dataset older = posture::parseDataset(valid, "old.json").dataset;
        const posture::Dataset newer = posture::parseDataset(later, "new.json").dataset;
        QVERIFY(isNewerEdition(older, newer));
        QVERIFY(!isNewerEdition(newer, older));
        QVERIFY(!isNewerEdition(older, older));
        QVERIFY(!isNewerEdition(older, posture::parseDataset(foreign, "other.json").dataset));
    }

    void truncatedPostureInTheDataDirectoryFallsBackToTheBundledCopy()
    {
        DataDirectory directory;
        const QString broken = directory.put(
            "posture.json", contentsOf(kBadData + QStringLiteral("/posture/truncated.json")));
        std::unique_ptr<MainWindow> window = createMainWindow();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));

        const QString message = window->messageBar()->text();
        QVERIFY(window->messageBar()->isVisible());
        QVERIFY2(message.contains(broken) && message.contains("line 17, column 1") &&
                     message.contains(core::DataPaths::bundledPosture()),
                 qPrintable(message));
        QVERIFY(window->issuesDock()->isVisible());
        QVERIFY(issueRows(*window).join('\n').contains("posture.json:17:1"));
        verifyBundledPostureShown(*window);
    }

    void truncatedCountriesInTheDataDirectoryFallBackToTheBundledCopy_data()
    {
        QTest::addColumn<int>("keptFraction"); // the part of the bundled file kept, in 1/N
        QTest::newRow("first 20 kB") << 0;
        QTest::newRow("a quarter") << 4;
    }

    void truncatedCountriesInTheDataDirectoryFallBackToTheBundledCopy()
    {
        QFETCH(int, keptFraction);
        DataDirectory directory;
        QByteArray bytes =
            contentsOf(keptFraction == 0 ? kBadData + QStringLiteral("/geodata/truncated.gpkg")
                                         : core::DataPaths::bundledCountries());
        if (keptFraction > 0)
            bytes.truncate(bytes.size() / keptFraction);
        const QString broken = directory.put("countries.gpkg", bytes);
        std::unique_ptr<MainWindow> window = createMainWindow();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));

        const QString message = window->messageBar()->text();
        QVERIFY2(window->messageBar()->isVisible() && message.contains(broken) &&
                     message.contains(core::DataPaths::bundledCountries()),
                 qPrintable(message));
        QCOMPARE(window->session()->data().countries->path(), core::DataPaths::bundledCountries());
        QVERIFY(window->session()->data().countries->isUsable());
        QVERIFY(shownStatus(*window, "POL") != posture::Status::NoData);
        QVERIFY(issueRows(*window).join('\n').contains("countries.gpkg"));
    }

    void aBrokenBundledCopyIsSaidToBeOne()
    {
        auto window = test::openWindow();
        render::DataFailure failure;
        failure.path = QStringLiteral("/usr/share/flankatlas/geodata/posture.json");
        failure.bundled = true;
        failure.issues << core::makeError(failure.path, "truncated", 3, 4);
        window->showDataProblems({failure});
        const QString message = window->messageBar()->text();
        QVERIFY2(message.contains("bundled") && message.contains(failure.path) &&
                     message.contains("line 3, column 4") && message.contains("Reinstall"),
                 qPrintable(message));
        // The window stays usable: the bar closes and the map still takes clicks.
        QTest::mouseClick(window->canvas(), Qt::LeftButton, {},
                          test::canvasPointOf(*window, "EST"));
        QCOMPARE(window->session()->state().selection, QStringLiteral("EST"));
    }

    void datasetOptionOpensTheViewerOnThatFile()
    {
        const QString file = kBadData + QStringLiteral("/posture/valid.json");
        QString summary;
        qsizetype states = 0;
        const int exitCode =
            runViewer({"flankatlas", "--dataset", file, "--date", "2026-06-01", "--select", "POL"},
                      [&](MainWindow& window) {
                          summary = window.canvas()->stateSummary("POL");
                          states = window.session()->dataset().states().size();
                          QTimer::singleShot(0, qApp, &QApplication::closeAllWindows);
                      });
        QCOMPARE(exitCode, 0);
        QCOMPARE(states, 3);
        // Poland only signed in the fixture; the bundled data have it leave the treaty.
        QVERIFY2(summary.contains(posture::statusLabel(posture::Status::Signatory)),
                 qPrintable(summary));
    }

    void screenshotTakesTheDatasetOption()
    {
        QTemporaryDir directory;
        const QString png = directory.filePath("window.png");
        QProcess app;
        app.start(QStringLiteral(FLANK_BUILD_DIR "/app/flankatlas"),
                  {"--screenshot", png, "--size", "800x500", "--dataset",
                   kBadData + QStringLiteral("/posture/wrong_type_null_name.json")});
        QVERIFY(app.waitForFinished(120'000));
        const QString errors = QString::fromLocal8Bit(app.readAllStandardError());
        QCOMPARE(app.exitCode(), 0);
        QVERIFY2(errors.contains("wrong_type_null_name.json:15:29: error:"), qPrintable(errors));
        QVERIFY(QFileInfo(png).size() > 0);
    }
};

QTEST_MAIN(DataEditionsTest)
#include "tst_data_editions.moc"
