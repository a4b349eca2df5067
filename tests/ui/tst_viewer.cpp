#include "ui_test_support.h"

#include "posture/status.h"
#include "render/map_renderer.h"
#include "ui/glossary_dialog.h"
#include "ui/map_canvas.h"
#include "ui/saved_views.h"
#include "ui/search_box.h"
#include "ui/state_panel.h"
#include "ui/widget_theme.h"

#include <QAbstractItemView>
#include <QAction>
#include <QClipboard>
#include <QCompleter>
#include <QGuiApplication>
#include <QHelpEvent>
#include <QLabel>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

using namespace flank;
using namespace flank::ui;

namespace {

QString toolTipAt(MapCanvas* canvas, QPoint position)
{
    QHelpEvent help(QEvent::ToolTip, position, canvas->mapToGlobal(position));
    QCoreApplication::sendEvent(canvas, &help);
    return QToolTip::isVisible() ? QToolTip::text() : QString();
}

QAction* actionWithData(QMenu* menu, const QVariant& data)
{
    for (QAction* action : menu->findChildren<QAction*>())
        if (action->data() == data)
            return action;
    for (QAction* action : menu->actions()) {
        if (action->data() == data)
            return action;
        if (action->menu())
            if (QAction* found = actionWithData(action->menu(), data))
                return found;
    }
    return nullptr;
}

} // namespace

class ViewerTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(!test::bundledData().dataset.isEmpty()); }

    void clickOnPolandSelectsItAndShowsQuotesWithSources()
    {
        auto window = test::openWindow();
        QSignalSpy clicked(window->canvas(), &MapCanvas::stateClicked);
        QTest::mouseClick(window->canvas(), Qt::LeftButton, {},
                          test::canvasPointOf(*window, "POL"));
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(clicked.first().first().toString(), QStringLiteral("POL"));
        QCOMPARE(window->session()->state().selection, QStringLiteral("POL"));
        QVERIFY(test::panelTexts(*window, "stateName").join(' ').contains("Poland"));
        const QStringList quotes = test::panelTexts(*window, "quoteText");
        QVERIFY2(quotes.size() >= 3, qPrintable(QString::number(quotes.size())));
        QVERIFY(test::panelTexts(*window, "quoteSpeaker").size() == quotes.size());
        const QStringList sources = test::panelTexts(*window, "sources");
        QVERIFY(!sources.isEmpty());
        for (const QString& source : sources)
            QVERIFY2(source.startsWith("Source: "), qPrintable(source));
        QVERIFY(sources.join(' ').contains("href=\"https://"));
        // Legal steps list their sources on one line each: outlet and date, linked.
        const QStringList stepSources = test::panelTexts(*window, "compactSources");
        QVERIFY(!stepSources.isEmpty());
        for (const QString& line : stepSources)
            QVERIFY2(line.startsWith("Sources: ") && !line.contains("<br>"), qPrintable(line));
        QVERIFY(stepSources.join(' ').contains("href=\"https://"));
        // Currency pledges read in words, not as a run of zeros ("PLN 200 billion").
        const QString pledges = test::panelTexts(*window, "pledge").join(' ');
        QVERIFY2(pledges.contains(" billion in ") && !pledges.contains("000000"),
                 qPrintable(pledges));
        QVERIFY(test::panelTexts(*window, "treatyStatus").join(' ').contains("Ottawa Convention"));
    }

    void hoverOverFinlandShowsItsToolTip()
    {
        auto window = test::openWindow();
        window->session()->setDate(QDate(2025, 9, 1));
        const QPoint finland = test::canvasPointOf(*window, "FIN");
        QTest::mouseMove(window->canvas(), finland);
        QTRY_COMPARE(window->canvas()->hoveredState(), QStringLiteral("FIN"));
        QCOMPARE(window->canvas()->currentFrame().hover, QStringLiteral("FIN"));
        const QString tip = toolTipAt(window->canvas(), finland);
        QVERIFY2(tip.contains("Finland"), qPrintable(tip));
        QVERIFY2(tip.contains("Withdrawal notified"), qPrintable(tip));
        QVERIFY2(tip.contains("10 January 2026"), qPrintable(tip)); // when it takes effect
    }

    // Ctrl+C on the map copies the picture the window shows, not the pointer's trace on it:
    // the outline of the state under the mouse stays out of the copy.
    void copiedMapLeavesOutTheHover()
    {
        auto window = test::openWindow();
        MapCanvas* canvas = window->canvas();
        QVERIFY(canvas->hasFocus());
        QVERIFY(canvas->hoveredState().isEmpty());
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(canvas, Qt::Key_C, Qt::ControlModifier);
        const QImage unhovered = QGuiApplication::clipboard()->image();
        QCOMPARE(unhovered.size(), canvas->size());
        const QImage shownUnhovered = canvas->grab().toImage();

        const QPoint finland = test::canvasPointOf(*window, "FIN");
        QTest::mouseMove(canvas, finland + QPoint(0, 40)); // the pointer may rest on Finland
        QTest::mouseMove(canvas, finland);
        QTRY_COMPARE(canvas->hoveredState(), QStringLiteral("FIN"));
        QVERIFY(canvas->grab().toImage() != shownUnhovered); // the window outlines Finland
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(canvas, Qt::Key_C, Qt::ControlModifier);
        const QImage hovered = QGuiApplication::clipboard()->image();
        QCOMPARE(hovered.size(), canvas->size());
        QCOMPARE(hovered.convertToFormat(QImage::Format_RGB32),
                 unhovered.convertToFormat(QImage::Format_RGB32));
    }

    void searchBoxSelectsLithuania()
    {
        auto window = test::openWindow();
        const QRectF before = window->canvas()->visibleExtent();
        window->searchBox()->setFocus();
        QTest::keyClicks(window->searchBox(), "Lithuania");
        QTest::keyClick(window->searchBox(), Qt::Key_Return);
        QCOMPARE(window->session()->state().selection, QStringLiteral("LTU"));
        QVERIFY(window->canvas()->visibleExtent().width() < before.width()); // zoomed to it
        QVERIFY(test::panelTexts(*window, "stateName").join(' ').contains("Lithuania"));
        QCOMPARE(window->searchBox()->resolve("ltu"), QStringLiteral("LTU"));
        QCOMPARE(window->searchBox()->resolve("Lithuania (LTU)"), QStringLiteral("LTU"));
        QVERIFY(window->searchBox()->resolve("Atlantis").isEmpty());
    }

    // Return takes the only completion of a partial name, and nothing when several states match.
    void searchReturnTakesTheOnlyCompletion()
    {
        auto window = test::openWindow();
        window->searchBox()->setFocus();
        QAbstractItemView* offered = window->searchBox()->completer()->popup();
        // While the list of completions shows it has the keyboard, so keys go to it.
        const auto typeAndReturn = [&](const char* typed) {
            window->searchBox()->clear();
            QTest::keyClicks(window->searchBox(), typed);
            QTRY_VERIFY(offered->isVisible());
            QTest::keyClick(offered, Qt::Key_Return);
        };
        typeAndReturn("an"); // Finland, Germany, Lithuania...
        QVERIFY(window->session()->state().selection.isEmpty());
        typeAndReturn("Lith");
        QCOMPARE(window->session()->state().selection, QStringLiteral("LTU"));
        QVERIFY(!offered->isVisible());
        // Without the list, Return on the field does the same.
        window->session()->setSelection(QString());
        window->searchBox()->setFocus(); // choosing moved it to the map
        window->searchBox()->setText("Eston");
        QVERIFY(!offered->isVisible());
        QTest::keyClick(window->searchBox(), Qt::Key_Return);
        QCOMPARE(window->session()->state().selection, QStringLiteral("EST"));
    }

    // Every source line ends in "Copy citation", reached and pressed by keyboard.
    void sourceLineCopiesItsCitation()
    {
        auto window = test::openWindow();
        window->session()->setSelection("LTU");
        QLabel* line = nullptr;
        for (QLabel* label : window->panel()->findChildren<QLabel*>("sources"))
            if (label->isVisible()) {
                line = label;
                break;
            }
        QVERIFY(line);
        QVERIFY(line->text().contains("Copy citation"));
        QGuiApplication::clipboard()->clear();
        line->setFocus(Qt::TabFocusReason);
        // Tab walks the line's links; the last one is "Copy citation".
        const int links = int(line->text().count("<a "));
        for (int i = 0; i < links; ++i)
            QTest::keyClick(line, Qt::Key_Tab);
        QTest::keyClick(line, Qt::Key_Return);
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.contains("https://") && copied.contains("Accessed 2026-"),
                 qPrintable(copied));
        QCOMPARE(copied.count('\n'), int(line->text().count("<br>")) + 1); // one a source
    }

    void keyboardAloneSelectsAStateAndEscapeClears()
    {
        auto window = test::openWindow();
        MapCanvas* canvas = window->canvas();
        QVERIFY(canvas->hasFocus());
        const int states = int(window->session()->dataset().states().size());
        for (int i = 0; i < states && canvas->hoveredState() != "POL"; ++i)
            QTest::keyClick(canvas, Qt::Key_Tab);
        QCOMPARE(canvas->hoveredState(), QStringLiteral("POL"));
        QVERIFY(window->session()->state().selection.isEmpty());
        QTest::keyClick(canvas, Qt::Key_Return);
        QCOMPARE(window->session()->state().selection, QStringLiteral("POL"));
        QTest::keyClick(canvas, Qt::Key_Backtab, Qt::ShiftModifier); // what Shift+Tab sends
        QVERIFY(canvas->hoveredState() != "POL");
        QTest::keyClick(canvas, Qt::Key_Escape);
        QVERIFY(window->session()->state().selection.isEmpty());
        QVERIFY(test::panelTexts(*window, "heading").join(' ').contains("No state selected"));
    }

    // A drag and an arrow key move the kept pixels of the map: what the window shows after
    // each step is the picture a fresh renderer paints of the same view (to a few pixels of an
    // antialiased edge that meets a newly drawn strip's side).
    void pannedWindowShowsAFreshPicture()
    {
        auto window = test::openWindow();
        MapCanvas* canvas = window->canvas();
        const auto freshPicture = [&] {
            render::MapRenderer fresh(window->session()->data().projections);
            QImage picture(canvas->size(), QImage::Format_RGB32);
            QPainter painter(&picture);
            fresh.paint(painter, canvas->currentFrame());
            return picture;
        };
        const auto differingPixels = [&] {
            const QImage shown = canvas->grab().toImage().convertToFormat(QImage::Format_RGB32);
            const QImage expected = freshPicture();
            if (shown.size() != expected.size())
                return qint64(-1);
            qint64 differing = 0;
            for (int y = 0; y < shown.height(); ++y)
                for (int x = 0; x < shown.width(); ++x) {
                    const QRgb a = shown.pixel(x, y), b = expected.pixel(x, y);
                    differing += std::abs(qRed(a) - qRed(b)) > 8 ||
                                 std::abs(qGreen(a) - qGreen(b)) > 8 ||
                                 std::abs(qBlue(a) - qBlue(b)) > 8;
                }
            return differing;
        };
        const auto isFreshPicture = [&] {
            const qint64 differing = differingPixels();
            if (differing < 0 || differing > 20)
                qWarning() << differing << "pixels differ from a fresh picture";
            return differing >= 0 && differing <= 20;
        };
        QCOMPARE(differingPixels(), 0); // drawn whole
        const QRectF before = canvas->visibleExtent();
        QPoint at = canvas->rect().center();
        QTest::mousePress(canvas, Qt::LeftButton, {}, at);
        for (const QPoint step : {QPoint(12, 0), QPoint(12, 7), QPoint(-5, 9)}) {
            at += step;
            QMouseEvent move(QEvent::MouseMove, at, canvas->mapToGlobal(at), Qt::NoButton,
                             Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(canvas, &move);
            QVERIFY(isFreshPicture());
        }
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, at);
        QVERIFY(canvas->visibleExtent().left() < before.left()); // the map moved right
        QTest::keyClick(canvas, Qt::Key_Left);
        QVERIFY(isFreshPicture());
        QTest::keyClick(canvas, Qt::Key_Down);
        QVERIFY(isFreshPicture());
    }

    void escapeClearsAClickedSelection()
    {
        auto window = test::openWindow();
        QTest::mouseClick(window->canvas(), Qt::LeftButton, {},
                          test::canvasPointOf(*window, "EST"));
        QCOMPARE(window->session()->state().selection, QStringLiteral("EST"));
        QTest::keyClick(window->canvas(), Qt::Key_Escape);
        QVERIFY(window->session()->state().selection.isEmpty());
    }

    void arrowsPanAndPlusZoomsAndHomeResets()
    {
        auto window = test::openWindow();
        MapCanvas* canvas = window->canvas();
        const QRectF start = canvas->visibleExtent();
        QTest::keyClick(canvas, Qt::Key_Right);
        QVERIFY(canvas->visibleExtent().center().x() > start.center().x());
        QTest::keyClick(canvas, Qt::Key_Plus);
        QVERIFY(canvas->visibleExtent().width() < start.width());
        QTest::keyClick(canvas, Qt::Key_Home);
        QCOMPARE(canvas->visibleExtent(), start);
    }

    void legendExplainsOnHoverAndOpensTheGlossaryOnClick()
    {
        auto window = test::openWindow();
        window->session()->setDate(QDate(2025, 9, 1));
        const render::LegendLayout legend = window->canvas()->legendLayout();
        const auto item = std::find_if(legend.items.begin(), legend.items.end(), [](const auto& i) {
            return i.kind == render::LegendItemKind::Status &&
                   i.status == posture::Status::WithdrawalNotified;
        });
        QVERIFY(item != legend.items.end());
        const QPoint row = item->row.center().toPoint();
        QVERIFY(window->canvas()->legendLayout().itemAt(row).has_value());
        const QString tip = toolTipAt(window->canvas(), row);
        QVERIFY2(tip.contains("formally told the UN"), qPrintable(tip));
        QTest::mouseClick(window->canvas(), Qt::LeftButton, {}, row);
        QVERIFY(window->session()->state().selection.isEmpty()); // not a click on a state
        QVERIFY(window->glossary()->isVisible());
        QVERIFY(window->glossary()->text().contains("Article 20"));
    }

    void treatySwitcherShowsBothConventions()
    {
        auto window = test::openWindow();
        QAction* both = actionWithData(window->viewMenu(), QStringLiteral("both"));
        QVERIFY(both);
        both->trigger();
        QCOMPARE(window->session()->state().treaty, core::TreatyChoice::Both);
        QVERIFY(!window->canvas()->currentFrame().overlayStatuses.isEmpty());
        QAction* ccm = actionWithData(window->viewMenu(), QStringLiteral("ccm"));
        ccm->trigger();
        QCOMPARE(window->session()->state().treaty, core::TreatyChoice::Ccm);
        // The panel leads with the treaty on the map.
        window->session()->setSelection("LTU");
        QStringList headings = test::panelTexts(*window, "treatyStatus");
        QVERIFY2(headings.size() == 2 && headings.first().contains("Cluster"),
                 qPrintable(headings.join(" | ")));
        actionWithData(window->viewMenu(), QStringLiteral("ottawa"))->trigger();
        headings = test::panelTexts(*window, "treatyStatus");
        QVERIFY2(headings.size() == 2 && headings.first().contains("Ottawa"),
                 qPrintable(headings.join(" | ")));
    }

    void projectorThemeChangesMapAndWidgets()
    {
        auto window = test::openWindow();
        const double normalSize = window->panel()->font().pointSizeF();
        QAction* projector = actionWithData(window->viewMenu(), int(core::Theme::Projector));
        QVERIFY(projector);
        projector->trigger();
        QCOMPARE(window->canvas()->currentFrame().state.theme, core::Theme::Projector);
        QCOMPARE(window->palette().color(QPalette::Window), QColor(Qt::black));
        QVERIFY(window->panel()->font().pointSizeF() > normalSize * 1.4);
    }

    void viewCopiesAsTextAndPastesBack()
    {
        auto window = test::openWindow();
        window->session()->setDate(QDate(2025, 7, 10));
        window->session()->setSelection("FIN");
        window->copyView();
        const core::MapState copied = window->session()->state();
        window->session()->setDate(QDate(2001, 1, 1));
        window->session()->setSelection("POL");
        QVERIFY(window->pasteView(QGuiApplication::clipboard()->text()));
        QCOMPARE(window->session()->state(), copied);
        QVERIFY(!window->pasteView("not a view"));
        QVERIFY(!window->pasteView(R"({"treaty":"no-such-treaty"})"));
        QCOMPARE(window->session()->state(), copied);
    }

    void settingsKeepViewBetweenRuns()
    {
        {
            auto window = test::openWindow();
            window->restoreSettings();
            core::MapState state = window->session()->state();
            state.date = QDate(2025, 8, 20);
            state.theme = core::Theme::Dark;
            state.selection = QStringLiteral("POL");
            state.treaty = core::TreatyChoice::Both;
            window->session()->setState(state);
            window->close(); // saves
        }
        auto next = test::openWindow();
        QCOMPARE(next->session()->state().date, QDate::currentDate()); // not yet restored
        next->restoreSettings();
        QCOMPARE(next->session()->state().date, QDate(2025, 8, 20));
        QCOMPARE(next->session()->state().theme, core::Theme::Dark);
        QCOMPARE(next->session()->state().selection, QStringLiteral("POL"));
        QCOMPARE(next->session()->state().treaty, core::TreatyChoice::Both);
    }

    void savedViewsRoundTrip()
    {
        SavedViews views;
        core::MapState state;
        state.date = QDate(2025, 3, 18);
        state.selection = QStringLiteral("LTU");
        views.save(QStringLiteral("Baltics / March & mines"), state);
        QVERIFY(views.names().contains(QStringLiteral("Baltics / March & mines")));
        QCOMPARE(views.view(QStringLiteral("Baltics / March & mines")), state);
        views.remove(QStringLiteral("Baltics / March & mines"));
        QVERIFY(!views.view(QStringLiteral("Baltics / March & mines")));
    }
};

QTEST_MAIN(ViewerTest)
#include "tst_viewer.moc"
