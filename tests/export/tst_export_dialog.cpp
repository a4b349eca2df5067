#include "ui/export_dialog.h"
#include "ui/main_window.h"
#include "ui/map_canvas.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace flank;

class TestExportDialog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ui::MainWindow> m_window;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("export"));
        m_window = std::make_unique<ui::MainWindow>(render::AtlasData::load());
        m_window->resize(900, 600);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void fileMenuOffersExport()
    {
        QStringList texts;
        for (QAction* action : m_window->menuBar()->actions().value(0)->menu()->actions())
            texts << action->text();
        QVERIFY2(texts.contains(QStringLiteral("&Export…")), qPrintable(texts.join(u'|')));
    }

    void exportsWhatItPreviewsAndRemembers()
    {
        const QString file = m_dir.filePath(QStringLiteral("from-dialog.svg"));
        {
            ui::ExportDialog dialog(m_window->session(), m_window->canvas());
            auto* fileEdit = dialog.findChild<QLineEdit*>();
            QVERIFY(fileEdit);
            fileEdit->setText(file);
            const exporting::ExportOptions options = dialog.options();
            QCOMPARE(options.paper, exporting::Paper::A4); // the first-run default
            QVERIFY(options.landscape);
            QCOMPARE(options.state.extent, m_window->canvas()->visibleExtent());
            const QImage preview = dialog.preview(QSize(420, 300));
            QVERIFY(!preview.isNull());
            // A4 landscape: the preview keeps the page's shape.
            QVERIFY(std::abs(double(preview.width()) / preview.height() - 297.0 / 210.0) < 0.02);
            auto* buttons = dialog.findChild<QDialogButtonBox*>();
            QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(written.readAll().contains("<svg"));
        ui::ExportDialog again(m_window->session(), m_window->canvas());
        QCOMPARE(again.options().file, file);
    }

    void ctrlCCopiesTheMap()
    {
        QGuiApplication::clipboard()->clear();
        m_window->canvas()->setFocus();
        QTest::keyClick(m_window->canvas(), Qt::Key_C, Qt::ControlModifier);
        const QImage copied = QGuiApplication::clipboard()->image();
        QCOMPARE(copied.size(), m_window->canvas()->size());
    }
};

QTEST_MAIN(TestExportDialog)
#include "tst_export_dialog.moc"
