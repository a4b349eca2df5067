#include "ui_test_support.h"

#include "posture/status.h"
#include "render/map_style.h"
#include "render/view_transform.h"
#include "ui/changes_panel.h"
#include "ui/compare_view.h"
#include "ui/export_dialog.h"
#include "ui/glossary_dialog.h"
#include "ui/legend_strip.h"
#include "ui/map_canvas.h"
#include "ui/map_session.h"
#include "ui/multiples_dialog.h"

#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolTip>

using namespace flank;
using namespace flank::ui;

namespace {

// Poland's interior point in one pane's pixels.
QPoint polandIn(MainWindow& window, MapCanvas* pane)
{
    return pane->mapToWidget(test::interiorMapPoint(window, QStringLiteral("POL"))).toPoint();
}

// The color that fills most of a small square about the point: the state's fill, whatever
// name or line is drawn over the point itself.
QColor paintedAt(MapCanvas* pane, QPoint point)
{
    const QImage image = pane->grab().toImage();
    const QPoint center = point * pane->devicePixelRatioF();
    QHash<QRgb, int> counts;
    for (int dy = -15; dy <= 15; ++dy)
        for (int dx = -15; dx <= 15; ++dx)
            if (image.valid(center + QPoint(dx, dy)))
                ++counts[image.pixel(center + QPoint(dx, dy))];
    QRgb most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > counts.value(most))
            most = it.key();
    return QColor::fromRgb(most);
}

QColor fillOf(posture::Status status)
{
    return render::MapStyle::forTheme(core::Theme::Light).statusStyle(status).fill;
}

bool near(const QColor& a, const QColor& b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) +
               std::abs(a.blue() - b.blue()) <=
           24;
}

void setCompareDates(MainWindow& window, const QDate& first, const QDate& second)
{
    auto* firstEdit = window.findChild<QDateEdit*>(QStringLiteral("compareFirstDate"));
    auto* secondEdit = window.findChild<QDateEdit*>(QStringLiteral("compareSecondDate"));
    QVERIFY(firstEdit && secondEdit && firstEdit->isVisible() && secondEdit->isVisible());
    firstEdit->setDate(first);
    secondEdit->setDate(second);
}

// The statuses the strip's legends list, left to right.
QList<posture::Status> statusesInStrip(const CompareView& compare)
{
    QList<posture::Status> statuses;
    for (const render::LegendLayout& legend : compare.legendStrip()->legends())
        for (const render::LegendItem& item : legend.items)
            if (item.kind == render::LegendItemKind::Status)
                statuses << item.status;
    return statuses;
}

// Whether a widget lies wholly below another, both in the window.
bool below(const QWidget* lower, const QWidget* upper)
{
    const QWidget* window = upper->window();
    return lower->mapTo(window, QPoint(0, 0)).y() >=
           upper->mapTo(window, QPoint(0, upper->height())).y();
}

} // namespace

class CompareTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(!test::bundledData().dataset.isEmpty()); }

    void compareShowsEachPaneOnItsOwnDate()
    {
        auto window = test::openWindow();
        window->session()->setTreatyChoice(core::TreatyChoice::Ottawa);
        window->chooseState(QStringLiteral("POL")); // Poland in the middle, clear of the legend
        QTest::keyClick(window.get(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        CompareView* compare = window->compareView();
        QCOMPARE(compare->mode(), CompareMode::Dates);
        QVERIFY(compare->secondary()->isVisible());
        setCompareDates(*window, QDate(2025, 1, 1), QDate(2026, 3, 1));
        QCOMPARE(compare->primary()->paneState().date, QDate(2025, 1, 1));
        QCOMPARE(compare->secondary()->paneState().date, QDate(2026, 3, 1));
        // One legend serves both, under the maps rather than over either: it lists every
        // status either pane shows.
        QVERIFY(!compare->primary()->currentFrame().state.decorations.legend);
        QVERIFY(!compare->secondary()->currentFrame().state.decorations.legend);
        LegendStrip* strip = compare->legendStrip();
        QVERIFY(strip->isVisible());
        QVERIFY(below(strip, compare->primary()) && below(strip, compare->secondary()));
        QCOMPARE(strip->legends().size(), 1);
        for (const posture::Status status : compare->primary()->currentFrame().statuses)
            if (status != posture::Status::NoData)
                QVERIFY(statusesInStrip(*compare).contains(status));
        for (const posture::Status status : compare->secondary()->currentFrame().statuses)
            if (status != posture::Status::NoData)
                QVERIFY(statusesInStrip(*compare).contains(status));
        setCompareDates(*window, QDate(2026, 3, 1), QDate(2024, 1, 1));
        QVERIFY2(statusesInStrip(*compare).contains(posture::Status::Withdrawn),
                 "a status only the left pane shows is in the legend");
        QVERIFY2(strip->accessibleDescription().contains(
                     posture::statusLabel(posture::Status::Withdrawn)),
                 qPrintable(strip->accessibleDescription()));
        QCOMPARE(compare->secondary()->currentFrame().statuses.value(QStringLiteral("POL")),
                 posture::Status::Party); // and no fill changed
        setCompareDates(*window, QDate(2025, 1, 1), QDate(2026, 3, 1));
        // Both panes show the same extent: pan and zoom are the session's.
        QCOMPARE(compare->primary()->visibleExtent(), compare->secondary()->visibleExtent());

        const QColor before = paintedAt(compare->primary(), polandIn(*window, compare->primary()));
        const QColor after =
            paintedAt(compare->secondary(), polandIn(*window, compare->secondary()));
        QVERIFY2(near(before, fillOf(posture::Status::Party)), qPrintable(before.name()));
        QVERIFY2(near(after, fillOf(posture::Status::Withdrawn)), qPrintable(after.name()));

        // The same keys close it again.
        QTest::keyClick(window.get(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(compare->mode(), CompareMode::Off);
        QVERIFY(!compare->secondary()->isVisible());
        QVERIFY(!compare->legendStrip()->isVisible());
        QCOMPARE(compare->primary()->paneOverride().date, std::nullopt);
        QVERIFY(compare->primary()->currentFrame().state.decorations.legend); // over the map
    }

    // The strip's lines answer the pointer as the legend over a single map does: a tooltip
    // explains a status and a click opens the glossary at it.
    void legendStripExplainsAndOpensTheGlossary()
    {
        auto window = test::openWindow();
        window->session()->setTreatyChoice(core::TreatyChoice::Ottawa);
        QTest::keyClick(window.get(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        setCompareDates(*window, QDate(2025, 1, 1), QDate(2025, 9, 1));
        LegendStrip* strip = window->compareView()->legendStrip();
        QVERIFY(strip->isVisible());
        std::optional<render::LegendItem> notified;
        for (const render::LegendItem& item : strip->legends().value(0).items)
            if (item.kind == render::LegendItemKind::Status &&
                item.status == posture::Status::WithdrawalNotified)
                notified = item;
        QVERIFY(notified);
        QVERIFY(strip->rect().contains(notified->row.toRect()));
        const QPoint row = notified->row.center().toPoint();
        QHelpEvent help(QEvent::ToolTip, row, strip->mapToGlobal(row));
        QCoreApplication::sendEvent(strip, &help);
        QVERIFY(QToolTip::isVisible());
        QVERIFY2(QToolTip::text().contains("formally told the UN"), qPrintable(QToolTip::text()));
        QTest::mouseClick(strip, Qt::LeftButton, {}, row);
        QVERIFY(window->glossary()->isVisible());
        QVERIFY(window->glossary()->text().contains("Article 20"));
        QVERIFY(window->session()->state().selection.isEmpty());
    }

    // With no legend over them, maps side by side show the flank centred, the same in both.
    void panesCentreTheFlankWithoutALegendOverThem()
    {
        auto window = test::openWindow();
        window->resize(1920, 1080);
        QTest::keyClick(window.get(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        CompareView* compare = window->compareView();
        QTRY_VERIFY(compare->legendStrip()->isVisible());
        QVERIFY(window->session()->state().extent.isEmpty()); // the default view
        for (MapCanvas* pane : {compare->primary(), compare->secondary()})
            QCOMPARE(pane->visibleExtent(),
                     render::ViewTransform(window->session()->defaultExtent(), pane->size())
                         .visibleExtent());
    }

    // Ctrl+C while comparing copies both maps and their legend, as an export at the map area's
    // size draws them, not the left map alone.
    void copyMapCopiesTheComparison()
    {
        auto window = test::openWindow();
        window->session()->setTreatyChoice(core::TreatyChoice::Ottawa);
        QTest::keyClick(window.get(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        setCompareDates(*window, QDate(2025, 1, 1), QDate(2026, 3, 1));
        CompareView* compare = window->compareView();
        compare->primary()->setFocus();
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(compare->primary(), Qt::Key_C, Qt::ControlModifier);
        const QImage copied = QGuiApplication::clipboard()->image();
        QCOMPARE(copied.size(), compare->size());
        // Side by side: Poland withdrawn in 2026 lies on the right half, where the later map
        // stands; on the left only the legend's swatch has that fill.
        int left = 0, right = 0;
        for (int y = 0; y < copied.height(); y += 3)
            for (int x = 0; x < copied.width(); x += 3)
                if (near(copied.pixelColor(x, y), fillOf(posture::Status::Withdrawn)))
                    ++(x < copied.width() / 2 ? left : right);
        QVERIFY2(right > 20 * left, qPrintable(QStringLiteral("%1 %2").arg(left).arg(right)));
        // Poland in 2025 and in 2026 on the same picture: a party, then withdrawn.
        const auto has = [&](const QColor& fill) {
            for (int y = 0; y < copied.height(); y += 3)
                for (int x = 0; x < copied.width(); x += 3)
                    if (near(copied.pixelColor(x, y), fill))
                        return true;
            return false;
        };
        QVERIFY(has(fillOf(posture::Status::Withdrawn)));
        QVERIFY(has(fillOf(posture::Status::WithdrawalAnnounced)) ||
                has(fillOf(posture::Status::Party)));
    }

    // Two treaties: a legend under each map, the border-posture lines once, under the right.
    // No legend in the view, none in the strip either.
    void treatiesHaveALegendUnderEachMap()
    {
        auto window = test::openWindow();
        CompareView* compare = window->compareView();
        compare->setMode(CompareMode::Treaties);
        LegendStrip* strip = compare->legendStrip();
        QVERIFY(strip->isVisible());
        const QList<render::LegendLayout> legends = strip->legends();
        QCOMPARE(legends.size(), 2);
        const auto hasPosture = [](const render::LegendLayout& legend) {
            return std::any_of(legend.items.begin(), legend.items.end(), [](const auto& item) {
                return item.kind == render::LegendItemKind::Frontier;
            });
        };
        QVERIFY(!hasPosture(legends[0]));
        QVERIFY(hasPosture(legends[1]));
        QVERIFY(legends[0].items.first().text.contains("Ottawa"));
        QVERIFY(legends[1].items.first().text.contains("Cluster"));
        // Each under its own map, and within the strip.
        const int middle = strip->width() / 2;
        QVERIFY(legends[0].box.right() <= middle && legends[1].box.left() >= middle);
        QVERIFY(legends[1].box.right() <= strip->width());
        for (const render::LegendItem& item : legends[1].items)
            QVERIFY(item.row.right() <= strip->width());

        core::MapState state = window->session()->state();
        state.decorations.legend = false;
        window->session()->setState(state);
        QVERIFY(!strip->isVisible());
        compare->setMode(CompareMode::Swipe);
        state.decorations.legend = true;
        window->session()->setState(state);
        QVERIFY(!strip->isVisible()); // a swipe is one map, with its legend over it
    }

    void timelineDrivesThePaneWithTheFocus()
    {
        auto window = test::openWindow();
        CompareView* compare = window->compareView();
        compare->setMode(CompareMode::Dates);
        window->chooseState(QStringLiteral("POL"));
        setCompareDates(*window, QDate(2025, 1, 1), QDate(2026, 3, 1));
        QCOMPARE(window->session()->state().date, QDate(2025, 1, 1)); // the left pane leads

        QTest::mouseClick(compare->secondary(), Qt::LeftButton, {},
                          compare->secondary()->rect().topLeft() + QPoint(30, 200));
        QTRY_COMPARE(compare->activePane(), compare->secondary());
        QCOMPARE(window->session()->state().date, QDate(2026, 3, 1));
        window->session()->setDate(QDate(2025, 7, 1)); // what the timeline does
        QCOMPARE(compare->secondDate(), QDate(2025, 7, 1));
        QCOMPARE(compare->firstDate(), QDate(2025, 1, 1));
        QCOMPARE(compare->secondary()->paneState().date, QDate(2025, 7, 1));

        // Hovering one pane marks the same place in the other.
        const QPoint poland = polandIn(*window, compare->primary());
        QTest::mouseMove(compare->primary(), poland);
        QTRY_VERIFY(compare->secondary()->echoPoint().has_value());
        QVERIFY((compare->secondary()->mapToWidget(*compare->secondary()->echoPoint()) -
                 polandIn(*window, compare->secondary()))
                    .manhattanLength() <= 2);
    }

    void treatiesSideBySide()
    {
        auto window = test::openWindow();
        window->session()->setDate(QDate(2026, 3, 1));
        window->chooseState(QStringLiteral("LTU"));
        window->compareView()->setMode(CompareMode::Treaties);
        CompareView* compare = window->compareView();
        QCOMPARE(compare->primary()->paneState().treaty, core::TreatyChoice::Ottawa);
        QCOMPARE(compare->secondary()->paneState().treaty, core::TreatyChoice::Ccm);
        QCOMPARE(compare->secondary()->paneState().date, QDate(2026, 3, 1));
        QCOMPARE(compare->secondary()->currentFrame().treatyName,
                 window->session()->dataset().findTreaty(QStringLiteral("ccm"))->name);
    }

    void swipeDividerDragsBetweenTheTwoDates()
    {
        auto window = test::openWindow();
        window->session()->setTreatyChoice(core::TreatyChoice::Ottawa);
        window->chooseState(QStringLiteral("POL"));
        QTest::keyClick(window.get(), Qt::Key_W, Qt::ControlModifier | Qt::ShiftModifier);
        CompareView* compare = window->compareView();
        QCOMPARE(compare->mode(), CompareMode::Swipe);
        QVERIFY(!compare->secondary()->isVisible());
        setCompareDates(*window, QDate(2025, 1, 1), QDate(2026, 3, 1));
        MapCanvas* canvas = compare->primary();
        const QPoint poland = polandIn(*window, canvas);

        // The divider starts in the middle; drag it right of Poland: Poland shows the first date.
        const int y = canvas->height() / 2;
        const QPoint divider(qRound(*canvas->swipeDividerX()), y);
        QTest::mousePress(canvas, Qt::LeftButton, {}, divider);
        QTest::mouseMove(canvas, QPoint(poland.x() + 60, y));
        QTest::mouseMove(canvas, QPoint(poland.x() + 120, y));
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, QPoint(poland.x() + 120, y));
        QVERIFY(std::abs(*canvas->swipeDividerX() - (poland.x() + 120)) <= 1);
        QVERIFY(near(paintedAt(canvas, poland), fillOf(posture::Status::Party)));
        QCOMPARE(window->session()->state().extent, compare->primary()->paneState().extent);

        // And left of it: Poland shows the second date.
        QTest::mousePress(canvas, Qt::LeftButton, {}, QPoint(poland.x() + 120, y));
        QTest::mouseMove(canvas, QPoint(poland.x() - 60, y));
        QTest::mouseMove(canvas, QPoint(poland.x() - 120, y));
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, QPoint(poland.x() - 120, y));
        QVERIFY(near(paintedAt(canvas, poland), fillOf(posture::Status::Withdrawn)));
        // Dragging the divider is not a pan.
        QCOMPARE(window->session()->state().extent, compare->primary()->paneState().extent);
    }

    void changesDockListsExactlyTheStatesThatChanged()
    {
        auto window = test::openWindow();
        window->session()->setTreatyChoice(core::TreatyChoice::Ottawa);
        window->compareView()->setMode(CompareMode::Dates);
        auto* dock = window->findChild<QDockWidget*>(QStringLiteral("changesDock"));
        QVERIFY(dock && dock->isVisible());

        setCompareDates(*window, QDate(2025, 1, 1), QDate(2026, 3, 1));
        QCOMPARE(window->changesPanel()->listedStates(),
                 (QStringList{"FIN", "EST", "LVA", "LTU", "POL", "UKR"}));
        setCompareDates(*window, QDate(2025, 12, 26), QDate(2025, 12, 28));
        QCOMPARE(window->changesPanel()->listedStates(), (QStringList{"EST", "LVA", "LTU"}));
        setCompareDates(*window, QDate(2025, 12, 28), QDate(2025, 12, 28));
        QVERIFY(window->changesPanel()->listedStates().isEmpty());
        QVERIFY(window->changesPanel()->findChild<QLabel*>(QStringLiteral("noChanges")));

        window->compareView()->setMode(CompareMode::Off);
        QVERIFY(!dock->isVisible());
    }

    void exportDialogExportsTheComparisonOnScreen()
    {
        auto window = test::openWindow();
        CompareView* compare = window->compareView();
        {
            ExportDialog dialog(window->session(), window->canvas(), window.get(), compare);
            QCOMPARE(dialog.options().comparison.kind, core::Comparison::None);
        }
        compare->setMode(CompareMode::Dates);
        setCompareDates(*window, QDate(2025, 1, 1), QDate(2026, 3, 1));
        ExportDialog dialog(window->session(), window->canvas(), window.get(), compare);
        const exporting::ExportOptions options = dialog.options();
        QCOMPARE(options.comparison.kind, core::Comparison::Dates);
        QCOMPARE(options.comparison.dates, (QList<QDate>{QDate(2025, 1, 1), QDate(2026, 3, 1)}));
        const QImage preview = dialog.preview(QSize(640, 400));
        QVERIFY(!preview.isNull());

        compare->setMode(CompareMode::Treaties);
        QCOMPARE(ExportDialog(window->session(), window->canvas(), window.get(), compare)
                     .options()
                     .comparison.kind,
                 core::Comparison::Treaties);
    }

    // As GeoTIFF, one file per map, and the message names them.
    void exportDialogWritesAGeoTiffPerMap()
    {
        auto window = test::openWindow();
        window->compareView()->setMode(CompareMode::Dates);
        setCompareDates(*window, QDate(2025, 1, 1), QDate(2026, 3, 1));
        const QTemporaryDir dir;
        ExportDialog dialog(window->session(), window->canvas(), window.get(),
                            window->compareView());
        dialog.findChild<QLineEdit*>()->setText(dir.filePath(QStringLiteral("cmp.tif")));
        dialog.findChild<QComboBox*>()->setCurrentIndex(1); // pixels
        const QList<QSpinBox*> sides = dialog.findChildren<QSpinBox*>();
        sides.at(0)->setValue(320);
        sides.at(1)->setValue(240);
        QString told;
        QTimer answer;
        connect(&answer, &QTimer::timeout, [&] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                told = box->text();
                box->accept();
            }
        });
        answer.start(50);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const QStringList files{dir.filePath(QStringLiteral("cmp-2025-01-01.tif")),
                                dir.filePath(QStringLiteral("cmp-2026-03-01.tif"))};
        QVERIFY2(told.contains(files.join(QLatin1Char('\n'))), qPrintable(told));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 (QStringList{QStringLiteral("cmp-2025-01-01.tif"),
                              QStringLiteral("cmp-2026-03-01.tif")}));
        for (const QString& file : files) {
            QFile tiff(file);
            QVERIFY(tiff.open(QIODevice::ReadOnly));
            QCOMPARE(tiff.read(4), QByteArray("II*\0", 4)); // a TIFF, as GDAL writes it here
            QVERIFY(tiff.size() > 4000);
        }
    }

    void smallMultiplesTakeTypedYearlyAndEventDates()
    {
        auto window = test::openWindow();
        window->session()->setTreatyChoice(core::TreatyChoice::Ottawa);
        QTest::keyClick(window.get(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
        auto* dialog = window->findChild<MultiplesDialog*>(QStringLiteral("multiplesDialog"));
        QVERIFY(dialog && dialog->isVisible());
        auto* problem = dialog->findChild<QLabel*>(QStringLiteral("multiplesProblem"));

        // Yearly by default: the map's year and the two before it.
        const int year = window->session()->state().date.year();
        QCOMPARE(dialog->dates(),
                 (QList<QDate>{QDate(year - 2, 1, 1), QDate(year - 1, 1, 1), QDate(year, 1, 1)}));

        dialog->sourceBox()->setCurrentIndex(MultiplesDialog::Typed);
        QTest::keyClicks(dialog->typedDates(), "2025-01-01");
        QVERIFY(dialog->dates().isEmpty()); // one date is not a grid
        QVERIFY(problem->isVisible());
        QTest::keyClicks(dialog->typedDates(), ", 2025-12-28, 2026-03-01");
        QCOMPARE(dialog->dates(),
                 (QList<QDate>{QDate(2025, 1, 1), QDate(2025, 12, 28), QDate(2026, 3, 1)}));
        QVERIFY(!problem->isVisible());
        QVERIFY(!dialog->picture(QSize(640, 360)).isNull());

        QTemporaryDir directory;
        const QString file = directory.filePath("grid.png");
        QCOMPARE(dialog->exportTo(file), QString());
        QCOMPARE(QImage(file).size(), QSize(1920, 1080));

        // A state's dated steps: none selected says so; Poland's, by date.
        dialog->sourceBox()->setCurrentIndex(MultiplesDialog::StateEvents);
        QString why;
        QVERIFY(dialog->dates(&why).isEmpty() && !why.isEmpty());
        window->session()->setSelection(QStringLiteral("POL"));
        const QList<QDate> events = dialog->dates();
        QVERIFY(events.size() >= 4);
        QVERIFY(std::is_sorted(events.begin(), events.end()));
        QVERIFY(events.contains(QDate(2026, 2, 20))); // the withdrawal took effect
    }

    void screenshotShowsTheWindowComparing()
    {
        QTemporaryDir directory;
        const QString png = directory.filePath("compare.png");
        const auto run = [](const QStringList& arguments) {
            QProcess app;
            app.start(QStringLiteral(FLANKATLAS_PATH), arguments);
            app.waitForFinished(120'000);
            return std::pair{app.exitCode(), QString::fromLocal8Bit(app.readAllStandardError())};
        };
        const auto [code, errors] = run({"--screenshot", png, "--size", "1000x640", "--compare",
                                         "2025-01-01,2026-03-01", "--treaty", "ottawa"});
        QVERIFY2(code == 0, qPrintable(errors));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(1000, 640));

        // A wrong list is refused before any window, naming the option.
        const auto [oneDate, oneDateErrors] = run({"--screenshot", png, "--compare", "2025-01-01"});
        QCOMPARE(oneDate, 2);
        QVERIFY2(oneDateErrors.contains("--compare"), qPrintable(oneDateErrors));
        const auto [swipeAlone, swipeErrors] = run({"--screenshot", png, "--swipe"});
        QCOMPARE(swipeAlone, 2);
        QVERIFY2(swipeErrors.contains("--swipe"), qPrintable(swipeErrors));
    }
};

QTEST_MAIN(CompareTest)
#include "tst_compare.moc"
