#include "../ui/ui_test_support.h"

#include "posture/status.h"
#include "ui/about_dialog.h"
#include "ui/annotation_edit_dialog.h"
#include "ui/export_dialog.h"
#include "ui/glossary_dialog.h"
#include "ui/map_canvas.h"
#include "ui/multiples_dialog.h"
#include "ui/search_box.h"
#include "ui/state_panel.h"
#include "ui/timeline_bar.h"
#include "ui/video_export_dialog.h"

#include <QAccessible>
#include <QApplication>
#include <QDockWidget>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

using namespace flank;
using namespace flank::ui;

namespace {

QString accessibleText(QWidget* widget, QAccessible::Text kind)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(kind) : QString();
}

QString describeWidget(const QWidget* widget)
{
    return QStringLiteral("%1 '%2'").arg(QLatin1String(widget->metaObject()->className()),
                                         widget->objectName());
}

// What a screen reader should say for this state under the treaty shown on the session's date.
QString expectedStatus(MainWindow& window, const QString& iso3)
{
    const core::MapState& state = window.session()->state();
    return posture::statusLabel(window.session()
                                    ->dataset()
                                    .statusOn(iso3, core::fillTreatyId(state.treaty), state.date)
                                    .status);
}

// Every control in `root` a keyboard reaches (Tab focus) that a screen reader could not name.
QStringList unnamedControls(QWidget* root)
{
    QStringList unnamed;
    const auto widgets = root->findChildren<QWidget*>();
    for (QWidget* widget : widgets)
        if ((widget->focusPolicy() & Qt::TabFocus) &&
            accessibleText(widget, QAccessible::Name).trimmed().isEmpty())
            unnamed << describeWidget(widget);
    return unnamed;
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    // A screen reader names every control a keyboard can reach: by its accessible name, its
    // text, or its buddy label.
    void everyFocusableControlHasAName()
    {
        auto window = test::openWindow();
        const auto widgets = window->findChildren<QWidget*>();
        const auto checked = std::count_if(widgets.begin(), widgets.end(), [](QWidget* widget) {
            return bool(widget->focusPolicy() & Qt::TabFocus);
        });
        QVERIFY2(checked >= 4, "expected the map, the search box and the timeline controls");
        const QStringList unnamed = unnamedControls(window.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("no accessible name: ") +
                                               unnamed.join(QStringLiteral(", "))));
        // Every dock is named too, so a screen reader says which pane the focus entered.
        for (QDockWidget* dock : window->findChildren<QDockWidget*>())
            QVERIFY2(!accessibleText(dock, QAccessible::Name).isEmpty(),
                     qPrintable(describeWidget(dock)));
    }

    // The same in every dialog: each has a name, and so has each control in it.
    void everyDialogControlHasAName()
    {
        auto window = test::openWindow();
        MapSession* session = window->session();
        annotate::Annotation note;
        note.points = {QPointF(0, 0)};
        note.text = QStringLiteral("Note");
        std::vector<std::unique_ptr<QDialog>> owned;
        owned.push_back(std::make_unique<ExportDialog>(session, window->canvas(), window.get()));
        owned.push_back(
            std::make_unique<VideoExportDialog>(session, window->canvas(), window.get()));
        owned.push_back(std::make_unique<AboutDialog>(session->dataset(), window.get()));
        owned.push_back(std::make_unique<AnnotationEditDialog>(note, window.get()));
        QList<QDialog*> dialogs{window->multiples(), window->glossary()};
        for (const auto& dialog : owned)
            dialogs << dialog.get();
        QStringList unnamed;
        for (QDialog* dialog : dialogs) {
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            if (accessibleText(dialog, QAccessible::Name).trimmed().isEmpty())
                unnamed << describeWidget(dialog);
            for (const QString& control : unnamedControls(dialog))
                unnamed << QStringLiteral("%1 in %2").arg(control, describeWidget(dialog));
            dialog->hide();
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("no accessible name: ") +
                                               unnamed.join(QStringLiteral(", "))));
    }

    // A keyboard user reaches every visible control, and so every dock, from the map with Tab,
    // Shift+Tab, F6, Shift+F6 and the Find shortcut (on the map itself, Tab moves through the
    // states before it leaves). Explores the focus moves each key makes from every control
    // reached, pressing it again while it stays inside one control (a label with several links
    // takes one Tab per link, the map one per state).
    void everyVisibleControlIsReachableByKeyboard()
    {
        auto window = test::openWindow();
        const QList<QKeyCombination> keys{
            QKeyCombination(Qt::Key_Tab), QKeyCombination(Qt::SHIFT, Qt::Key_Backtab),
            QKeyCombination(Qt::Key_F6), QKeyCombination(Qt::SHIFT, Qt::Key_F6),
            QKeyCombination(Qt::CTRL, Qt::Key_F)};
        QList<QWidget*> queue{window->canvas()};
        QSet<QWidget*> reached{window->canvas()};
        while (!queue.isEmpty()) {
            QWidget* from = queue.takeFirst();
            for (const QKeyCombination key : keys) {
                from->setFocus(Qt::OtherFocusReason);
                QWidget* to = from;
                for (int press = 0; press < 40 && to == from; ++press) {
                    QTest::keyClick(to, key.key(), key.keyboardModifiers());
                    to = QApplication::focusWidget();
                }
                if (to && window->isAncestorOf(to) && !reached.contains(to)) {
                    reached.insert(to);
                    queue.append(to);
                }
            }
        }
        QStringList unreachable;
        const auto widgets = window->findChildren<QWidget*>();
        for (QWidget* widget : widgets) {
            // A widget with a focus proxy (a spin box's line edit) is reached through it.
            QWidget* target = widget;
            while (target->focusProxy())
                target = target->focusProxy();
            if ((widget->focusPolicy() & Qt::TabFocus) && widget->isVisible() &&
                widget->isEnabled() && !reached.contains(target))
                unreachable << describeWidget(widget);
        }
        QVERIFY2(unreachable.isEmpty(), qPrintable(QStringLiteral("not reachable by keyboard: ") +
                                                   unreachable.join(QStringLiteral(", "))));
        const auto docks = window->findChildren<QDockWidget*>();
        QVERIFY(docks.size() >= 2);
        for (QDockWidget* dock : docks) {
            const bool inDock = std::any_of(reached.begin(), reached.end(),
                                            [dock](QWidget* w) { return dock->isAncestorOf(w); });
            QVERIFY2(!dock->isVisible() || inDock, qPrintable(describeWidget(dock)));
        }
    }

    // F6 walks the visible panes in order and comes back to the map; Shift+F6 walks them
    // backwards.
    void f6CyclesThroughThePanes()
    {
        auto window = test::openWindow();
        QList<QWidget*> panes;
        for (QWidget* pane : QList<QWidget*>{window->canvas(), window->timeline(), window->panel(),
                                             window->searchBox()})
            if (pane->isVisible())
                panes << pane;
        QVERIFY2(panes.size() >= 3, "expected the map, the timeline and the panel");
        const auto paneOfFocus = [&] {
            const QWidget* focused = QApplication::focusWidget();
            for (qsizetype i = 0; i < panes.size(); ++i)
                if (focused && (panes[i] == focused || panes[i]->isAncestorOf(focused)))
                    return i;
            return qsizetype(-1);
        };
        window->canvas()->setFocus(Qt::OtherFocusReason);
        for (qsizetype step = 1; step <= panes.size(); ++step) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
            QCOMPARE(paneOfFocus(), step % panes.size());
        }
        for (qsizetype step = 1; step <= panes.size(); ++step) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6, Qt::ShiftModifier);
            QCOMPARE(paneOfFocus(), (panes.size() - step) % panes.size());
        }
    }

    // On the map Tab highlights each state in view once, then leaves; Shift+Tab comes back to it.
    void tabLeavesTheMapAfterTheLastItem()
    {
        auto window = test::openWindow();
        MapCanvas* canvas = window->canvas();
        window->session()->setSelection({});
        canvas->setFocus(Qt::TabFocusReason);
        // The states in view: the dataset's far ones (the United States) are not on this map.
        const qsizetype stateCount = canvas->statesInTabOrder().size();
        QVERIFY(stateCount >= 10 && stateCount < window->session()->dataset().states().size());
        QSet<QString> highlighted;
        for (qsizetype i = 0; i < stateCount; ++i) {
            QTest::keyClick(canvas, Qt::Key_Tab);
            QVERIFY(canvas->hasFocus());
            highlighted.insert(canvas->hoveredState());
        }
        QCOMPARE(highlighted.size(), stateCount);
        // Then the border lines, programmes and troop discs in view, each opening its card.
        QSet<QString> items;
        for (int i = 0; i < 200; ++i) {
            QTest::keyClick(canvas, Qt::Key_Tab);
            if (!canvas->hasFocus())
                break;
            QVERIFY(window->session()->postureFocus());
            items.insert(window->session()->postureFocus()->id);
            // A screen reader hears the item before the state it belongs to.
            if (items.size() == 1)
                QVERIFY2(accessibleText(canvas, QAccessible::Description).startsWith("Border: "),
                         qPrintable(accessibleText(canvas, QAccessible::Description)));
        }
        QVERIFY(items.size() >= 10);
        QVERIFY(!window->session()->postureFocus());
        QVERIFY(!canvas->hasFocus());
        QVERIFY(canvas->hoveredState().isEmpty());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
        QVERIFY(canvas->hasFocus());
    }

    void mapDescribesTheSelectedStateAndItsStatus()
    {
        auto window = test::openWindow();
        MapCanvas* canvas = window->canvas();
        window->session()->setSelection({});
        QVERIFY(
            !accessibleText(canvas, QAccessible::Description).contains(QLatin1String("Poland")));

        QTest::mouseClick(canvas, Qt::LeftButton, {}, test::canvasPointOf(*window, "POL"));
        QCOMPARE(window->session()->state().selection, QStringLiteral("POL"));
        const QString description = accessibleText(canvas, QAccessible::Description);
        QVERIFY2(description.startsWith(QLatin1String("Poland.")), qPrintable(description));
        QVERIFY2(description.contains(expectedStatus(*window, "POL")), qPrintable(description));
        QCOMPARE(accessibleText(canvas, QAccessible::Name), QStringLiteral("Map"));
    }

    void mapDescriptionFollowsTheDate()
    {
        auto window = test::openWindow();
        window->session()->setSelection(QStringLiteral("FIN"));
        for (const QDate date : {QDate(2020, 1, 1), QDate(2026, 6, 30)}) {
            window->session()->setDate(date);
            const QString description = accessibleText(window->canvas(), QAccessible::Description);
            QVERIFY2(description.contains(expectedStatus(*window, "FIN")), qPrintable(description));
            QVERIFY2(description.contains(QString::number(date.year())), qPrintable(description));
        }
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
