#include "annotate/annotation_document.h"

#include <QSignalSpy>
#include <QTest>

using namespace flank::annotate;

class TestAnnotationUndo : public QObject
{
    Q_OBJECT

private:
    static Annotation label(const QString& text, QPointF at)
    {
        Annotation annotation;
        annotation.kind = AnnotationKind::Text;
        annotation.text = text;
        annotation.points = {at};
        return annotation;
    }

private slots:
    void undoesAndRedoesEveryEdit()
    {
        AnnotationDocument document;
        QSignalSpy changed(&document, &AnnotationDocument::changed);
        document.add(label(QStringLiteral("Tallinn"), QPointF(24.75, 59.44)));
        document.add(label(QStringLiteral("Riga"), QPointF(24.1, 56.95)));
        QCOMPARE(document.annotations().size(), 2);

        Annotation moved = document.annotations().at(0);
        moved.points = {QPointF(25.0, 59.0)};
        document.change(0, moved, QStringLiteral("Move"));
        Annotation edited = document.annotations().at(1);
        edited.text = QStringLiteral("Rīga");
        edited.color = annotationPalette().at(3);
        edited.size = 20;
        document.change(1, edited, QStringLiteral("Edit"));
        document.remove(0);
        QCOMPARE(document.annotations().size(), 1);
        QCOMPARE(document.annotations().at(0).text, QStringLiteral("Rīga"));
        QCOMPARE(changed.count(), 5);

        QUndoStack* undo = document.undoStack();
        undo->undo(); // delete
        QCOMPARE(document.annotations().size(), 2);
        QCOMPARE(document.annotations().at(0).points.at(0), QPointF(25.0, 59.0));
        undo->undo(); // edit
        QCOMPARE(document.annotations().at(1).text, QStringLiteral("Riga"));
        QCOMPARE(document.annotations().at(1).size, 12.0);
        undo->undo(); // move
        QCOMPARE(document.annotations().at(0).points.at(0), QPointF(24.75, 59.44));
        undo->undo(); // add Riga
        undo->undo(); // add Tallinn
        QVERIFY(document.annotations().isEmpty());
        QVERIFY(!undo->canUndo());

        for (int i = 0; i < 5; ++i)
            undo->redo();
        QCOMPARE(document.annotations().size(), 1);
        QCOMPARE(document.annotations().at(0), edited);
    }

    void unchangedEditIsNoStep()
    {
        AnnotationDocument document;
        document.add(label(QStringLiteral("Narva"), QPointF(28.19, 59.38)));
        document.change(0, document.annotations().at(0), QStringLiteral("Edit"));
        QCOMPARE(document.undoStack()->count(), 1);
    }

    void resetForgetsHistory()
    {
        AnnotationDocument document;
        document.add(label(QStringLiteral("Narva"), QPointF(28.19, 59.38)));
        const quint64 before = document.revision();
        document.reset(AnnotationSet());
        QVERIFY(document.revision() > before);
        QVERIFY(!document.undoStack()->canUndo());
    }
};

QTEST_GUILESS_MAIN(TestAnnotationUndo)
#include "tst_annotation_undo.moc"
