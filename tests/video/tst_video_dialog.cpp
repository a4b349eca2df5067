#include "ui/main_window.h"
#include "ui/map_canvas.h"
#include "ui/video_export_dialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace flank;

namespace {

// Fills the dialog's form: fields in the order the form shows them.
void fill(ui::VideoExportDialog& dialog, const QString& file, QDate from, QDate to, double seconds,
          int fps, QSize size)
{
    dialog.findChild<QLineEdit*>()->setText(file);
    const QList<QDateEdit*> dates = dialog.findChildren<QDateEdit*>();
    QCOMPARE(dates.size(), 2);
    dates[0]->setDate(from);
    dates[1]->setDate(to);
    dialog.findChildren<QDoubleSpinBox*>().value(0)->setValue(seconds);
    const QList<QSpinBox*> spins = dialog.findChildren<QSpinBox*>();
    QCOMPARE(spins.size(), 3); // fps, width, height
    spins[0]->setValue(fps);
    spins[1]->setValue(size.width());
    spins[2]->setValue(size.height());
}

QPushButton* button(ui::VideoExportDialog& dialog, QDialogButtonBox::StandardButton which)
{
    return dialog.findChild<QDialogButtonBox*>()->button(which);
}

} // namespace

class TestVideoDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ui::MainWindow> m_window;
    QTemporaryDir m_dir;

    QAction* videoAction()
    {
        for (QAction* action : m_window->menuBar()->actions().value(0)->menu()->actions())
            if (action->text() == QStringLiteral("Export &Video…"))
                return action;
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_window = std::make_unique<ui::MainWindow>(render::AtlasData::load());
        m_window->resize(900, 600);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    // File > Export Video… opens the dialog; a short clip of the window's view is written and
    // the dialog closes.
    void menuExportsTheView()
    {
        QAction* action = videoAction();
        QVERIFY(action);
        const QString file = m_dir.filePath(QStringLiteral("window.mp4"));
        bool filled = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<ui::VideoExportDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            // The range defaults to the timeline's.
            QCOMPARE(dialog->request().timing.to, QDate::currentDate());
            fill(*dialog, file, QDate(2025, 12, 1), QDate(2026, 3, 1), 1, 10, QSize(640, 360));
            QVERIFY(button(*dialog, QDialogButtonBox::Ok)->isEnabled());
            const exporting::TimelineVideoRequest request = dialog->request();
            QCOMPARE(request.state.treaty, m_window->session()->state().treaty);
            QCOMPARE(request.state.theme, m_window->session()->state().theme);
            QCOMPARE(request.state.extent, m_window->canvas()->visibleExtent());
            filled = true;
            QTest::mouseClick(button(*dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        });
        action->trigger(); // returns when the dialog closes, after the export
        QVERIFY(filled);
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.size() > 1000);
        QVERIFY(written.read(12).mid(4, 4) == "ftyp");
    }

    void problemsShowBeforeExport()
    {
        ui::VideoExportDialog dialog(m_window->session(), m_window->canvas());
        fill(dialog, m_dir.filePath(QStringLiteral("clip.avi")), QDate(2025, 12, 1),
             QDate(2026, 3, 1), 1, 10, QSize(640, 360));
        QVERIFY(!button(dialog, QDialogButtonBox::Ok)->isEnabled());
        fill(dialog, m_dir.filePath(QStringLiteral("clip.gif")), QDate(2026, 3, 1),
             QDate(2025, 12, 1), 1, 10, QSize(640, 360));
        QVERIFY(!button(dialog, QDialogButtonBox::Ok)->isEnabled());
    }

    // Cancel while it writes: no new file, and the old one stays as it was.
    void cancelLeavesNoFile()
    {
        const QString file = m_dir.filePath(QStringLiteral("cancelled.mp4"));
        const QByteArray old = "the previous video";
        {
            QFile previous(file);
            QVERIFY(previous.open(QIODevice::WriteOnly));
            previous.write(old);
        }
        ui::VideoExportDialog dialog(m_window->session(), m_window->canvas());
        dialog.show();
        fill(dialog, file, QDate(2000, 1, 1), QDate(2026, 3, 1), 120, 30, QSize(1280, 720));
        QSignalSpy finished(&dialog, &ui::VideoExportDialog::exportFinished);
        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        QVERIFY(dialog.isExporting());
        auto* progress = dialog.findChild<QProgressBar*>();
        QTRY_VERIFY_WITH_TIMEOUT(progress->value() > 0, 60000);
        QTest::mouseClick(button(dialog, QDialogButtonBox::Cancel), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(dialog.isVisible()); // it says so, and stays for another try
        QFile kept(file);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), old);
        QCOMPARE(
            QDir(m_dir.path()).entryList({QStringLiteral("*.part")}, QDir::Files | QDir::Hidden),
            QStringList());
    }
};

QTEST_MAIN(TestVideoDialog)
#include "tst_video_dialog.moc"
