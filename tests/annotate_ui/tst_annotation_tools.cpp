#include "../ui/ui_test_support.h"

#include "annotate/annotation_document.h"
#include "annotate/annotation_file.h"
#include "ui/annotation_autosave.h"
#include "ui/annotation_edit_dialog.h"
#include "ui/annotation_tools.h"
#include "ui/map_canvas.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace flank;
using namespace flank::ui;

namespace {

// Widget pixels of a lon/lat point in the window's current view.
QPoint widgetPointOf(MainWindow& window, QPointF lonLat)
{
    const auto projector =
        window.session()->data().projections->projectorFor(window.session()->state().crs);
    const auto mapPoint = projector->forward(lonLat);
    return mapPoint ? window.canvas()->mapToWidget(*mapPoint).toPoint() : QPoint();
}

// The lon/lat under a widget pixel.
QPointF lonLatOf(MainWindow& window, QPoint widgetPoint)
{
    const auto projector =
        window.session()->data().projections->projectorFor(window.session()->state().crs);
    return projector->inverse(window.canvas()->widgetToMap(widgetPoint)).value_or(QPointF());
}

} // namespace

class TestAnnotationTools : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(!test::bundledData().dataset.isEmpty());
    }

    void markerAndTextLabelWithUndoRedo()
    {
        auto window = test::openWindow();
        AnnotationTools* tools = window->annotationTools();
        annotate::AnnotationDocument* document = window->annotationDocument();
        MapCanvas* canvas = window->canvas();

        tools->toolAction(AnnotationTool::Marker)->trigger();
        const QPoint inPoland = test::canvasPointOf(*window, QStringLiteral("POL"));
        QTest::mouseClick(canvas, Qt::LeftButton, {}, inPoland);
        QCOMPARE(document->annotations().size(), 1);
        const annotate::Annotation marker = document->annotations().at(0);
        QCOMPARE(marker.kind, annotate::AnnotationKind::Marker);
        // Placed in lon/lat: the clicked pixel maps back to the same place.
        const QPointF expected = lonLatOf(*window, inPoland);
        QVERIFY(std::abs(marker.points.at(0).x() - expected.x()) < 1e-6);
        QVERIFY(std::abs(marker.points.at(0).y() - expected.y()) < 1e-6);
        // Clicking with a tool adds a mark instead of selecting the state under it.
        QVERIFY(window->session()->state().selection.isEmpty());

        tools->toolAction(AnnotationTool::Text)->trigger();
        const QPoint inLithuania = test::canvasPointOf(*window, QStringLiteral("LTU"));
        QTimer::singleShot(0, this, [] {
            auto* dialog = qobject_cast<AnnotationEditDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            dialog->textEdit()->setText(QStringLiteral("Suwałki gap"));
            dialog->accept();
        });
        QTest::mouseClick(canvas, Qt::LeftButton, {}, inLithuania);
        QCOMPARE(document->annotations().size(), 2);
        QCOMPARE(document->annotations().at(1).kind, annotate::AnnotationKind::Text);
        QCOMPARE(document->annotations().at(1).text, QStringLiteral("Suwałki gap"));

        QCOMPARE(tools->undoAction()->shortcut(), QKeySequence(QKeySequence::Undo));
        QVERIFY(tools->redoAction()->shortcuts().contains(
            QKeySequence(QStringLiteral("Ctrl+Shift+Z"))));
        tools->undoAction()->trigger();
        QCOMPARE(document->annotations().size(), 1);
        tools->undoAction()->trigger();
        QVERIFY(document->annotations().isEmpty());
        tools->redoAction()->trigger();
        tools->redoAction()->trigger();
        QCOMPARE(document->annotations().size(), 2);
        QCOMPARE(document->annotations().at(0), marker);
        QCOMPARE(document->annotations().at(1).text, QStringLiteral("Suwałki gap"));

        // The canvas's frame carries the annotations, so the screen, exports and copies show them.
        QCOMPARE(canvas->currentFrame().annotations, &document->annotations());
    }

    void arrowFromTwoClicks()
    {
        auto window = test::openWindow();
        annotate::AnnotationDocument* document = window->annotationDocument();
        MapCanvas* canvas = window->canvas();
        window->annotationTools()->toolAction(AnnotationTool::Arrow)->trigger();
        const QPoint tail = test::canvasPointOf(*window, QStringLiteral("BLR"));
        const QPoint head = test::canvasPointOf(*window, QStringLiteral("LTU"));
        const QLineF expected(lonLatOf(*window, tail), lonLatOf(*window, head));
        QTest::mouseClick(canvas, Qt::LeftButton, {}, tail);
        QVERIFY(document->annotations().isEmpty()); // the tail alone is a draft
        QTest::mouseMove(canvas, (tail + head) / 2);
        QVERIFY(!window->annotationTools()->controller()->draftPolygon().isEmpty());
        QTest::mouseClick(canvas, Qt::LeftButton, {}, head);

        QCOMPARE(document->annotations().size(), 1);
        const annotate::Annotation arrow = document->annotations().at(0);
        QCOMPARE(arrow.kind, annotate::AnnotationKind::Arrow);
        QCOMPARE(arrow.points.size(), 2);
        QVERIFY(QLineF(arrow.points.at(0), expected.p1()).length() < 1e-6);
        QVERIFY(QLineF(arrow.points.at(1), expected.p2()).length() < 1e-6);
        QVERIFY(window->annotationTools()->controller()->draftPolygon().isEmpty());
        QVERIFY(window->session()->state().selection.isEmpty());
        window->annotationTools()->undoAction()->trigger();
        QVERIFY(document->annotations().isEmpty());
    }

    void lineEndedByDoubleClick()
    {
        auto window = test::openWindow();
        annotate::AnnotationDocument* document = window->annotationDocument();
        MapCanvas* canvas = window->canvas();
        window->annotationTools()->toolAction(AnnotationTool::Line)->trigger();
        const QList<QPoint> clicks{test::canvasPointOf(*window, QStringLiteral("POL")),
                                   test::canvasPointOf(*window, QStringLiteral("LTU")),
                                   test::canvasPointOf(*window, QStringLiteral("LVA"))};
        QList<QPointF> expected;
        for (const QPoint click : clicks)
            expected << lonLatOf(*window, click);
        QTest::mouseClick(canvas, Qt::LeftButton, {}, clicks.at(0));
        QTest::mouseClick(canvas, Qt::LeftButton, {}, clicks.at(1));
        QVERIFY(document->annotations().isEmpty());
        // Through the window, which sends what a real double click does: press, release,
        // double click, release.
        QTest::mouseDClick(window->windowHandle(), Qt::LeftButton, {},
                           canvas->mapTo(window.get(), clicks.at(2)));

        QCOMPARE(document->annotations().size(), 1);
        const annotate::Annotation line = document->annotations().at(0);
        QCOMPARE(line.kind, annotate::AnnotationKind::Line);
        QCOMPARE(line.points.size(), clicks.size());
        for (int i = 0; i < clicks.size(); ++i)
            QVERIFY(QLineF(line.points.at(i), expected.at(i)).length() < 1e-6);
        QCOMPARE(document->undoStack()->count(), 1); // one undo step for the whole line

        // The next click starts a new line instead of extending the finished one.
        QTest::mouseClick(canvas, Qt::LeftButton, {}, clicks.at(0));
        QCOMPARE(document->annotations().size(), 1);
        QCOMPARE(window->annotationTools()->controller()->draftPolygon().size(), 1);
    }

    void areaEndedByReturnAndDraftDroppedByEscape()
    {
        auto window = test::openWindow();
        annotate::AnnotationDocument* document = window->annotationDocument();
        MapCanvas* canvas = window->canvas();
        canvas->setFocus();
        window->annotationTools()->toolAction(AnnotationTool::Area)->trigger();
        const QList<QPoint> corners{test::canvasPointOf(*window, QStringLiteral("EST")),
                                    test::canvasPointOf(*window, QStringLiteral("LVA")),
                                    test::canvasPointOf(*window, QStringLiteral("RUS"))};

        QList<QPointF> expected;
        for (const QPoint corner : corners)
            expected << lonLatOf(*window, corner);

        // Escape drops a shape half drawn and leaves the window as it was.
        QTest::mouseClick(canvas, Qt::LeftButton, {}, corners.at(0));
        QTest::mouseClick(canvas, Qt::LeftButton, {}, corners.at(1));
        const bool wasFullScreen = window->isFullScreen();
        QTest::keyClick(canvas, Qt::Key_Escape);
        QVERIFY(window->annotationTools()->controller()->draftPolygon().isEmpty());
        QCOMPARE(window->isFullScreen(), wasFullScreen);
        QVERIFY(document->annotations().isEmpty());

        // Return ends it; an area needs three corners, so two are not enough.
        QTest::mouseClick(canvas, Qt::LeftButton, {}, corners.at(0));
        QTest::mouseClick(canvas, Qt::LeftButton, {}, corners.at(1));
        QTest::keyClick(canvas, Qt::Key_Return);
        QVERIFY(document->annotations().isEmpty());
        for (const QPoint corner : corners)
            QTest::mouseClick(canvas, Qt::LeftButton, {}, corner);
        const QPoint inside = (corners.at(0) + corners.at(1) + corners.at(2)) / 3;
        const QRgb before = canvas->grab().toImage().pixel(inside);
        QTest::keyClick(canvas, Qt::Key_Return);

        QCOMPARE(document->annotations().size(), 1);
        const annotate::Annotation area = document->annotations().at(0);
        QCOMPARE(area.kind, annotate::AnnotationKind::Area);
        QCOMPARE(area.points.size(), corners.size());
        for (int i = 0; i < corners.size(); ++i)
            QVERIFY(QLineF(area.points.at(i), expected.at(i)).length() < 1e-6);
        // Drawn on the map: the area's fill tints what lies inside it.
        QVERIFY(canvas->grab().toImage().pixel(inside) != before);
    }

    void selectMoveAndDelete()
    {
        auto window = test::openWindow();
        AnnotationTools* tools = window->annotationTools();
        annotate::AnnotationDocument* document = window->annotationDocument();
        MapCanvas* canvas = window->canvas();
        annotate::Annotation marker;
        marker.kind = annotate::AnnotationKind::Marker;
        marker.points = {QPointF(21.0, 52.2)}; // Warsaw
        document->add(marker);

        tools->toolAction(AnnotationTool::Select)->trigger();
        const QPoint at = widgetPointOf(*window, marker.points.at(0));
        QTest::mousePress(canvas, Qt::LeftButton, {}, at);
        QCOMPARE(tools->controller()->selected(), 0);
        QTest::mouseMove(canvas, at + QPoint(10, 10));
        QTest::mouseMove(canvas, at + QPoint(40, 30));
        QTest::mouseRelease(canvas, Qt::LeftButton, {}, at + QPoint(40, 30));
        const QPointF moved = document->annotations().at(0).points.at(0);
        // Moved by the drag, give or take the rounding of the pressed pixel.
        QVERIFY((widgetPointOf(*window, moved) - (at + QPoint(40, 30))).manhattanLength() <= 2);
        QCOMPARE(document->undoStack()->count(), 2); // the add and one move

        tools->undoAction()->trigger();
        QCOMPARE(document->annotations().at(0), marker);
        tools->redoAction()->trigger();

        tools->controller()->deleteSelected();
        QVERIFY(document->annotations().isEmpty());
        tools->undoAction()->trigger();
        QCOMPARE(document->annotations().size(), 1);
        QCOMPARE(document->annotations().at(0).points.at(0), moved);
    }

    void saveClearsTheAutosave()
    {
        auto window = test::openWindow();
        AnnotationTools* tools = window->annotationTools();
        annotate::Annotation marker;
        marker.kind = annotate::AnnotationKind::Marker;
        marker.points = {QPointF(24.1, 56.95)};
        window->annotationDocument()->add(marker);
        tools->autosave()->saveNow();
        QVERIFY(QFile::exists(AnnotationAutosave::filePath()));
        QCOMPARE(annotate::readAnnotationFile(AnnotationAutosave::filePath()).annotations.size(),
                 1);

        QTemporaryDir directory;
        const QString path = directory.filePath(QStringLiteral("baltic.geojson"));
        QVERIFY(tools->saveFile(path));
        QVERIFY(!QFile::exists(AnnotationAutosave::filePath()));
        QCOMPARE(annotate::readAnnotationFile(path).annotations,
                 window->annotationDocument()->annotations());
    }
};

QTEST_MAIN(TestAnnotationTools)
#include "tst_annotation_tools.moc"
