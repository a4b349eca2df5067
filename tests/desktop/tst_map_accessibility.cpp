#include "../ui/ui_test_support.h"

#include "posture/status_changes.h"
#include "ui/announcer.h"
#include "ui/locale_format.h"
#include "ui/map_canvas.h"

#include <QAccessible>
#include <QSet>
#include <QTest>
#include <QtGui/private/qguiapplication_p.h>
#include <qpa/qplatformaccessibility.h>
#include <qpa/qplatformintegration.h>

#include <algorithm>
#include <numeric>

using namespace flank;
using namespace flank::ui;

namespace {

struct RecordedEvent
{
    QAccessible::Event type;
    QObject* object;
    int child;
};

QList<RecordedEvent> recorded;

// Stands in for the platform's bridge (AT-SPI), which would pass these on to Orca.
void recordEvent(QAccessibleEvent* event)
{
    recorded.append({event->type(), event->object(), event->child()});
}

QList<int> childrenOf(QAccessible::Event type, const QObject* object)
{
    QList<int> children;
    for (const RecordedEvent& event : std::as_const(recorded))
        if (event.type == type && event.object == object && event.child >= 0)
            children << event.child;
    return children;
}

QAccessibleInterface* mapInterface(MainWindow& window)
{
    return QAccessible::queryAccessibleInterface(window.canvas());
}

// The child of the map whose name starts with the state's name.
QAccessibleInterface* childNamed(MainWindow& window, const QString& stateName)
{
    QAccessibleInterface* map = mapInterface(window);
    for (int i = 0; i < map->childCount(); ++i)
        if (map->child(i)->text(QAccessible::Name).startsWith(stateName + QLatin1Char(',')))
            return map->child(i);
    return nullptr;
}

} // namespace

class TestMapAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QAccessible::installUpdateHandler(recordEvent);
        // Qt sends events only while accessibility is on: a screen reader's bridge turns it on
        // when Orca runs; here the platform's switch is thrown by hand.
        QPlatformAccessibility* platform =
            QGuiApplicationPrivate::platformIntegration()->accessibility();
        if (!platform)
            QSKIP("this platform has no accessibility");
        platform->setActive(true);
        QVERIFY(QAccessible::isActive());
    }

    void init() { recorded.clear(); }

    // The map is a list of the states in view, in the order Tab walks them (by name), each
    // inside the map on screen.
    void childrenAreTheStatesInView()
    {
        auto window = test::openWindow();
        QAccessibleInterface* map = mapInterface(*window);
        QVERIFY(map);
        QCOMPARE(map->role(), QAccessible::List);
        QCOMPARE(map->text(QAccessible::Name), QStringLiteral("Map"));
        const QStringList inView = window->canvas()->statesInTabOrder();
        QCOMPARE(map->childCount(), inView.size());
        QVERIFY(inView.contains(QStringLiteral("POL")));
        QVERIFY(inView.contains(QStringLiteral("FIN")));
        QVERIFY2(!inView.contains(QStringLiteral("USA")), "the United States are off this map");
        const QRect mapOnScreen(window->canvas()->mapToGlobal(QPoint(0, 0)),
                                window->canvas()->size());
        QStringList names;
        for (int i = 0; i < map->childCount(); ++i) {
            QAccessibleInterface* child = map->child(i);
            QVERIFY(child && child->isValid());
            QCOMPARE(child->role(), QAccessible::ListItem);
            QCOMPARE(map->indexOfChild(child), i);
            QCOMPARE(child->parent(), map);
            QVERIFY(!child->rect().isEmpty());
            QVERIFY(mapOnScreen.contains(child->rect()));
            QVERIFY(child->state().focusable && child->state().selectable);
            names << child->text(QAccessible::Name);
        }
        QVERIFY2(names.first().startsWith(QLatin1String("Belarus, ")), qPrintable(names.first()));
        QStringList sorted = names;
        std::sort(sorted.begin(), sorted.end(), [](const QString& a, const QString& b) {
            return QString::localeAwareCompare(a, b) < 0;
        });
        QCOMPARE(names, sorted);
        // The point in the middle of Poland answers with Poland.
        const QPoint inPoland =
            window->canvas()->mapToGlobal(test::canvasPointOf(*window, QStringLiteral("POL")));
        QAccessibleInterface* hit = map->childAt(inPoland.x(), inPoland.y());
        QVERIFY(hit);
        QVERIFY(hit->text(QAccessible::Name).startsWith(QLatin1String("Poland, ")));
    }

    void childNamesSayTheStatusOnTheDate()
    {
        auto window = test::openWindow();
        window->session()->setTreatyChoice(core::TreatyChoice::Ottawa);
        window->session()->setDate(QDate(2026, 3, 1));
        QAccessibleInterface* poland = childNamed(*window, QStringLiteral("Poland"));
        QVERIFY(poland);
        QCOMPARE(poland->text(QAccessible::Name),
                 QStringLiteral("Poland, withdrawn from the Ottawa Convention since 20 February "
                                "2026"));
        QCOMPARE(childNamed(*window, QStringLiteral("Finland"))->text(QAccessible::Name),
                 QStringLiteral("Finland, withdrawn from the Ottawa Convention since 10 January "
                                "2026"));

        // The same child, renamed when the date moves, and told so.
        const int polandIndex = mapInterface(*window)->indexOfChild(poland);
        recorded.clear();
        window->session()->setDate(QDate(2025, 9, 1));
        QCOMPARE(poland->text(QAccessible::Name),
                 QStringLiteral("Poland, withdrawal from the Ottawa Convention notified, takes "
                                "effect 20 February 2026"));
        QVERIFY(childrenOf(QAccessible::NameChanged, window->canvas()).contains(polandIndex));

        window->session()->setTreatyChoice(core::TreatyChoice::Both);
        QVERIFY2(poland->text(QAccessible::Name).contains(QLatin1String("Cluster Munitions")),
                 qPrintable(poland->text(QAccessible::Name)));
    }

    // Tab moves the screen reader's focus to each state in turn, as it moves the highlight.
    void tabMovesTheAccessibleFocusThroughTheChildren()
    {
        auto window = test::openWindow();
        MapCanvas* canvas = window->canvas();
        window->session()->setSelection({});
        canvas->setFocus(Qt::OtherFocusReason);
        QAccessibleInterface* map = mapInterface(*window);
        const int count = map->childCount();
        recorded.clear();
        for (int i = 0; i < count; ++i) {
            QTest::keyClick(canvas, Qt::Key_Tab);
            QVERIFY(canvas->hasFocus());
            QCOMPARE(map->focusChild(), map->child(i));
            QVERIFY(map->child(i)->state().focused);
            QVERIFY(!map->child((i + 1) % count)->state().focused);
        }
        QList<int> expected(count);
        std::iota(expected.begin(), expected.end(), 0);
        QCOMPARE(childrenOf(QAccessible::Focus, canvas), expected);

        // Shift+Tab walks back.
        recorded.clear();
        QTest::keyClick(canvas, Qt::Key_Backtab, Qt::ShiftModifier);
        QCOMPARE(childrenOf(QAccessible::Focus, canvas), QList<int>{count - 2});
    }

    void selectingSendsASelectionEvent()
    {
        auto window = test::openWindow();
        MapCanvas* canvas = window->canvas();
        window->session()->setSelection({});
        canvas->setFocus(Qt::OtherFocusReason);
        QTest::keyClick(canvas, Qt::Key_Tab);
        QTest::keyClick(canvas, Qt::Key_Tab);
        recorded.clear();
        QTest::keyClick(canvas, Qt::Key_Return);
        QAccessibleInterface* map = mapInterface(*window);
        QCOMPARE(window->session()->state().selection, canvas->statesInTabOrder().at(1));
        QCOMPARE(childrenOf(QAccessible::Selection, canvas), QList<int>{1});
        QVERIFY(map->child(1)->state().selected);
        QVERIFY(!map->child(0)->state().selected);

        recorded.clear();
        QTest::keyClick(canvas, Qt::Key_Escape);
        QCOMPARE(childrenOf(QAccessible::SelectionRemove, canvas), QList<int>{1});
    }

    // Zooming in leaves states out of view: the list is rebuilt and said to be, and a state
    // still in view keeps its child id.
    void zoomRebuildsTheChildrenAndKeepsTheirIds()
    {
        auto window = test::openWindow();
        QAccessibleInterface* map = mapInterface(*window);
        const int before = map->childCount();
        QAccessibleInterface* estonia = childNamed(*window, QStringLiteral("Estonia"));
        QVERIFY(estonia);
        const QAccessible::Id estoniaId = QAccessible::uniqueId(estonia);
        recorded.clear();
        window->canvas()->zoomToState(QStringLiteral("EST"));
        const bool reordered = std::any_of(recorded.begin(), recorded.end(), [&](const auto& e) {
            return e.type == QAccessible::ObjectReorder && e.object == window->canvas();
        });
        QVERIFY(reordered);
        QVERIFY2(map->childCount() < before, qPrintable(QString::number(map->childCount())));
        QCOMPARE(map->childCount(), window->canvas()->statesInTabOrder().size());
        QAccessibleInterface* estoniaNow = childNamed(*window, QStringLiteral("Estonia"));
        QVERIFY(estoniaNow);
        QCOMPARE(QAccessible::uniqueId(estoniaNow), estoniaId);
        QVERIFY(!childNamed(*window, QStringLiteral("Romania")));
    }

    // Next Event moves the timeline; the announcer then says the day and how many states
    // changed status, once the date rests.
    void timelineStepIsAnnounced()
    {
        auto window = test::openWindow();
        Announcer* announcer = window->announcer();
        QAccessibleInterface* live = QAccessible::queryAccessibleInterface(announcer);
        QCOMPARE(live->role(), QAccessible::StatusBar);
        // The day before Poland announced it would leave the Ottawa Convention.
        window->session()->setDate(QDate(2025, 3, 6));
        QTRY_VERIFY(announcer->lastAnnouncement().startsWith(localDate(QDate(2025, 3, 6))));
        const QDate from = window->session()->state().date;
        recorded.clear();
        QTest::keyClick(window->canvas(), Qt::Key_Right, Qt::ControlModifier);
        const QDate to = window->session()->state().date;
        QVERIFY(to > from);
        QSet<QString> changed;
        for (const auto& change : posture::statusChanges(window->session()->dataset(), from, to,
                                                         window->session()->state().treaty))
            changed.insert(change.iso3);
        QVERIFY2(!changed.isEmpty(), qPrintable(from.toString(Qt::ISODate) + QLatin1Char(' ') +
                                                to.toString(Qt::ISODate)));
        const QString expected = QStringLiteral("%1. States that changed status: %2.")
                                     .arg(localDate(to))
                                     .arg(changed.size());
        QTRY_COMPARE(announcer->lastAnnouncement(), expected);
        QCOMPARE(live->text(QAccessible::Name), expected);
        const bool told = std::any_of(recorded.begin(), recorded.end(), [&](const auto& e) {
            return e.type == QAccessible::NameChanged && e.object == announcer;
        });
        QVERIFY(told);
    }

    void selectionIsAnnounced()
    {
        auto window = test::openWindow();
        window->session()->setTreatyChoice(core::TreatyChoice::Ottawa);
        window->session()->setDate(QDate(2026, 3, 1));
        window->session()->setSelection(QStringLiteral("POL"));
        QCOMPARE(window->announcer()->lastAnnouncement(),
                 QStringLiteral("Selected: Poland, withdrawn from the Ottawa Convention since 20 "
                                "February 2026"));
        window->session()->setSelection({});
        QCOMPARE(window->announcer()->lastAnnouncement(), QStringLiteral("Selection cleared"));
    }

    // ] opens the first border item in view; its facts are read, beginning with its kind.
    void borderItemIsAnnounced()
    {
        auto window = test::openWindow();
        QTest::keyClick(window->canvas(), Qt::Key_BracketRight);
        QVERIFY(window->session()->postureFocus());
        const QString said = window->announcer()->lastAnnouncement();
        QVERIFY2(said.startsWith(QLatin1String("Border: ")), qPrintable(said));
    }

    // View › Compare Two Dates lists what changed; the announcer says how much it found.
    void whatChangedIsAnnounced()
    {
        auto window = test::openWindow();
        QTest::keyClick(window->canvas(), Qt::Key_K, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY2(
            window->announcer()->lastAnnouncement().startsWith(QLatin1String("What changed from ")),
            qPrintable(window->announcer()->lastAnnouncement()));
    }
};

QTEST_MAIN(TestMapAccessibility)
#include "tst_map_accessibility.moc"
