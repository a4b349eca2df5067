#include "../ui/ui_test_support.h"

#include "posture/status.h"
#include "ui/map_canvas.h"

#include <QAccessible>
#include <QApplication>
#include <QTest>

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
    return posture::statusLabel(
        window.session()->dataset().statusOn(iso3, state.treaty, state.date).status);
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
        QStringList unnamed;
        const auto widgets = window->findChildren<QWidget*>();
        int checked = 0;
        for (QWidget* widget : widgets) {
            if (!(widget->focusPolicy() & Qt::TabFocus))
                continue;
            ++checked;
            if (accessibleText(widget, QAccessible::Name).trimmed().isEmpty())
                unnamed << describeWidget(widget);
        }
        QVERIFY2(checked >= 4, "expected the map, the search box and the timeline controls");
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("no accessible name: ") +
                                               unnamed.join(QStringLiteral(", "))));
    }

    // A keyboard user reaches every visible control from the map with Tab, Shift+Tab and the
    // Find shortcut (on the map itself, Tab moves through the states). Explores the focus moves
    // each key makes from every control reached, pressing it again while it stays inside one
    // control (a label with several links takes one Tab per link).
    void everyVisibleControlIsReachableByKeyboard()
    {
        auto window = test::openWindow();
        const QList<QKeyCombination> keys{QKeyCombination(Qt::Key_Tab),
                                          QKeyCombination(Qt::SHIFT, Qt::Key_Backtab),
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
        // Known gaps, kept visible until fixed: on the map Tab moves between states rather than
        // out, and Shift+Tab stays inside the panel's glossary link label.
        QEXPECT_FAIL("", "the map and the panel's link label keep Tab and Shift+Tab", Continue);
        QStringList unreachable;
        const auto widgets = window->findChildren<QWidget*>();
        for (QWidget* widget : widgets)
            if ((widget->focusPolicy() & Qt::TabFocus) && widget->isVisible() &&
                widget->isEnabled() && !reached.contains(widget))
                unreachable << describeWidget(widget);
        QVERIFY2(unreachable.isEmpty(), qPrintable(QStringLiteral("not reachable by keyboard: ") +
                                                   unreachable.join(QStringLiteral(", "))));
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
