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
        // Lithuania's own sources are all there, each once.
        for (const posture::Source& source :
             posture::sourcesCitedFor(dataset, QStringLiteral("LTU")))
            QVERIFY2(bib.count(source.url) >= 1, qPrintable(source.url));
        QCOMPARE(bib.count(QStringLiteral("\n@")) + (bib.startsWith(QLatin1Char('@')) ? 1 : 0),
                 bib.count(QStringLiteral("@")) - bib.count(QStringLiteral("\\@")));
        // Finland lies beyond a view of Lithuania: its own-only sources stay out.
        QSet<QString> baltic;
        for (const QString& iso3 :
             {QStringLiteral("LTU"), QStringLiteral("LVA"), QStringLiteral("POL"),
              QStringLiteral("BLR"), QStringLiteral("RUS"), QStringLiteral("EST")})
            for (const posture::Source& source : posture::sourcesCitedFor(dataset, iso3))
                baltic.insert(source.id);
        int finnishOnly = 0;
        for (const posture::Source& source :
             posture::sourcesCitedFor(dataset, QStringLiteral("FIN")))
            if (!baltic.contains(source.id) && !source.url.isEmpty()) {
                ++finnishOnly;
                QVERIFY2(!bib.contains(source.url), qPrintable(source.url));
            }
        QVERIFY(finnishOnly > 0);
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
