#include "ui_test_support.h"

#include "posture/citation_formats.h"
#include "posture/cited_sources.h"
#include "ui/map_canvas.h"

#include <QAction>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>

using namespace flank;
using namespace flank::ui;

namespace {

QMenu* citationsMenu(MainWindow& window)
{
    return window.findChild<QMenu*>(QStringLiteral("exportCitationsMenu"));
}

bool saveAs(MainWindow& window, const QString& path)
{
    return test::saveInFileDialog(window, QStringLiteral("exportCitationsDialog"), path);
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// File › Export Citations, as a researcher uses it: the selected state's sources or the view's,
// in the format the file's name asks for, the same entries `flankatlas cite` writes.
class CitationExportTest : public QObject
{
    Q_OBJECT

private slots:
    void menuSitsInTheFileMenu()
    {
        auto window = test::openWindow();
        QMenu* menu = citationsMenu(*window);
        QVERIFY(menu);
        QVERIFY(window->fileMenu()->actions().contains(menu->menuAction()));
        QCOMPARE(menu->actions().size(), 2);
        // With nothing selected there is no state to cite.
        window->session()->setSelection(QString());
        QVERIFY(!menu->actions().first()->isEnabled());
        window->session()->setSelection(QStringLiteral("LTU"));
        QVERIFY(menu->actions().first()->isEnabled());
        QCOMPARE(menu->actions().first()->text(), QStringLiteral("Of Lithuania…"));
    }

    void selectedStateWritesItsSourcesInTheChosenFormat()
    {
        auto window = test::openWindow();
        window->session()->setSelection(QStringLiteral("POL"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("poland.ris"));
        citationsMenu(*window)->actions().first()->trigger();
        QVERIFY(saveAs(*window, path));
        const QList<posture::Source> sources =
            posture::sourcesCitedFor(window->session()->dataset(), QStringLiteral("POL"));
        QVERIFY(sources.size() > 3);
        const QByteArray written = readAll(path);
        QCOMPARE(written, posture::formatCitations(sources, posture::CitationFormat::Ris).toUtf8());
        QCOMPARE(written.count("\nER  -"), sources.size());
    }

    void viewWritesTheSourcesOfTheStatesInView()
    {
        auto window = test::openWindow();
        window->canvas()->zoomToState(QStringLiteral("LTU"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("view.bib"));
        citationsMenu(*window)->actions().last()->trigger();
        QVERIFY(saveAs(*window, path));
        const QString bib = QString::fromUtf8(readAll(path));
        const posture::Dataset& dataset = window->session()->dataset();
        // The states Tab walks (those in view) are cited, each source once, in their order.
        const QStringList inView = window->canvas()->statesInTabOrder();
        QVERIFY(inView.contains(QStringLiteral("LTU")));
        QList<posture::Source> expected;
        QSet<QString> seen;
        for (const QString& iso3 : inView)
            for (const posture::Source& source : posture::sourcesCitedFor(dataset, iso3))
                if (!seen.contains(source.id)) {
                    seen.insert(source.id);
                    expected.append(source);
                }
        QCOMPARE(bib, posture::formatCitations(expected, posture::CitationFormat::BibTeX));
        // A state far from the view (Moldova) adds nothing of its own.
        QVERIFY(!inView.contains(QStringLiteral("MDA")));
        int moldovanOnly = 0;
        for (const posture::Source& source :
             posture::sourcesCitedFor(dataset, QStringLiteral("MDA")))
            if (!seen.contains(source.id) && !source.url.isEmpty()) {
                ++moldovanOnly;
                QVERIFY2(!bib.contains(source.url), qPrintable(source.url));
            }
        QVERIFY(moldovanOnly > 0);
    }

    void aFailedWriteIsShownAndLeavesNoFile()
    {
        auto window = test::openWindow();
        window->session()->setSelection(QStringLiteral("EST"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing/estonia.bib"));
        citationsMenu(*window)->actions().first()->trigger();
        QVERIFY(saveAs(*window, path));
        QVERIFY(QTest::qWaitFor([&] {
            return window->findChild<QMessageBox*>(QStringLiteral("exportCitationsError"));
        }));
        auto* box = window->findChild<QMessageBox*>(QStringLiteral("exportCitationsError"));
        QVERIFY(box->informativeText().contains(QStringLiteral("estonia.bib")));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(CitationExportTest)
#include "tst_citation_export.moc"
