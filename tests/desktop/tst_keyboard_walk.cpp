#include "../ui/ui_test_support.h"

#include "ui/export_dialog.h"
#include "ui/presentation_window.h"
#include "ui/search_box.h"
#include "ui/status_table_dock.h"
#include "ui/story_controller.h"
#include "ui/story_panel.h"
#include "ui/timeline_bar.h"

#include <QApplication>
#include <QFileInfo>
#include <QImageReader>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace flank;
using namespace flank::ui;

namespace {

// Where a key press goes: an open menu first, then the focused control, then the window.
QWidget* keyTarget()
{
    if (QWidget* popup = QApplication::activePopupWidget())
        return popup;
    if (QWidget* focused = QApplication::focusWidget())
        return focused;
    return QApplication::activeWindow();
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(keyTarget(), key, modifiers);
}

// Presses `key` until `reached` holds, at most `limit` times; false when it never does.
bool pressUntil(Qt::Key key, const std::function<bool()>& reached, int limit = 30,
                Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    for (int i = 0; i < limit && !reached(); ++i)
        press(key, modifiers);
    return reached();
}

// Runs `steps` once a modal dialog of type T is up and has the keyboard: the dialog's own
// event loop runs them.
template <typename T> void whenDialogOpens(const std::function<void(T*)>& steps)
{
    auto* poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, [poll, steps] {
        auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget());
        if (!dialog || !dialog->isActiveWindow())
            return;
        poll->stop();
        poll->deleteLater();
        steps(dialog);
    });
    poll->start();
}

// Counts mouse events that reach any widget: the walk must need none.
class MouseWatch : public QObject
{
public:
    int seen = 0;

protected:
    bool eventFilter(QObject*, QEvent* event) override
    {
        switch (event->type()) {
        case QEvent::MouseButtonPress:
        case QEvent::MouseButtonRelease:
        case QEvent::MouseButtonDblClick:
            ++seen;
            break;
        default:
            break;
        }
        return false;
    }
};

} // namespace

class TestKeyboardWalk : public QObject
{
    Q_OBJECT

private slots:
    // Every feature of the window with the keyboard alone: find and select a state, move the
    // timeline, pick a row of the table, open a story and step through it, export a PNG.
    void everyFeatureByKeyboardAlone()
    {
        auto window = test::openWindow();
        MouseWatch mice;
        qApp->installEventFilter(&mice);
        MapSession* session = window->session();
        session->setSelection({});

        // Edit › Find State (Ctrl+F), type a name, Return.
        press(Qt::Key_F, Qt::ControlModifier);
        QVERIFY(window->searchBox()->hasFocus());
        QTest::keyClicks(keyTarget(), QStringLiteral("Poland"));
        press(Qt::Key_Return);
        QCOMPARE(session->state().selection, QStringLiteral("POL"));

        // The timeline: Go › Previous Event (Ctrl+Left), then F6 to the slider and its arrows.
        const QDate before = session->state().date;
        press(Qt::Key_Left, Qt::ControlModifier);
        const QDate afterEvent = session->state().date;
        QVERIFY(afterEvent != before);
        QVERIFY(pressUntil(Qt::Key_F6, [&] {
            return window->timeline()->isAncestorOf(QApplication::focusWidget());
        }));
        QVERIFY(pressUntil(Qt::Key_Tab, [&] {
            return QApplication::focusWidget() &&
                   QApplication::focusWidget()->accessibleName() == QLatin1String("Date");
        }));
        press(Qt::Key_Right);
        QVERIFY(session->state().date != afterEvent);

        // View › Table (Ctrl+T), F6 to it, filter to one state and take its row.
        press(Qt::Key_T, Qt::ControlModifier);
        StatusTableDock* table = window->statusTable();
        QVERIFY(table->isVisible());
        QVERIFY(pressUntil(Qt::Key_F6,
                           [&] { return table->isAncestorOf(QApplication::focusWidget()); }));
        auto* filter = table->findChild<QLineEdit*>(QStringLiteral("statusTableSearch"));
        auto* rows = table->findChild<QTableView*>(QStringLiteral("statusTable"));
        // F6 lands on the rows; the filter is the control before them.
        QVERIFY(pressUntil(
            Qt::Key_Backtab, [&] { return filter->hasFocus(); }, 5, Qt::ShiftModifier));
        QTest::keyClicks(filter, QStringLiteral("Lithuania"));
        QVERIFY(pressUntil(Qt::Key_Tab, [&] { return rows->hasFocus(); }));
        press(Qt::Key_Home, Qt::ControlModifier);
        QCOMPARE(session->state().selection, QStringLiteral("LTU"));

        // Help › Example Story by its menu's mnemonics, then Go › Present Story (F5), a step
        // on with the arrow key and Esc back to the window.
        press(Qt::Key_H, Qt::AltModifier);
        QVERIFY(qobject_cast<QMenu*>(QApplication::activePopupWidget()));
        press(Qt::Key_E);
        QTRY_VERIFY(window->story()->panel()->currentIndex() >= 0);
        press(Qt::Key_F5);
        PresentationWindow* presentation = window->story()->presentation();
        QVERIFY(presentation);
        QTRY_VERIFY(presentation->isActiveWindow());
        QCOMPARE(presentation->currentIndex(), 0);
        press(Qt::Key_Right);
        QTRY_COMPARE(presentation->currentIndex(), 1);
        press(Qt::Key_Escape);
        QTRY_VERIFY(!window->story()->presentation());

        // File › Export…: name a PNG in a temporary folder and press Return.
        QTemporaryDir folder;
        const QString file = folder.filePath(QStringLiteral("walk.png"));
        bool filled = false;
        whenDialogOpens<ExportDialog>([&](ExportDialog* dialog) {
            auto* fileField = qobject_cast<QLineEdit*>(QApplication::focusWidget());
            if (!fileField || !dialog->isAncestorOf(fileField)) {
                dialog->reject();
                return;
            }
            press(Qt::Key_A, Qt::ControlModifier);
            QTest::keyClicks(fileField, file);
            filled = fileField->text() == file;
            press(Qt::Key_Return);
        });
        QTRY_VERIFY(window->isActiveWindow());
        press(Qt::Key_F, Qt::AltModifier);
        QVERIFY(qobject_cast<QMenu*>(QApplication::activePopupWidget()));
        press(Qt::Key_E);
        QVERIFY2(filled, "the export dialog opened with its file field focused");
        QVERIFY(QFileInfo::exists(file));
        QCOMPARE(QImageReader(file).format(), QByteArray("png"));

        qApp->removeEventFilter(&mice);
        QCOMPARE(mice.seen, 0);
    }
};

QTEST_MAIN(TestKeyboardWalk)
#include "tst_keyboard_walk.moc"
