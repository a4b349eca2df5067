#include "../ui/ui_test_support.h"

#include "ui/about_dialog.h"
#include "ui/locale_format.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QPlainTextEdit>
#include <QTest>
#include <QTimer>

using namespace flank;
using namespace flank::ui;

namespace {

QString allLabelText(const QWidget& dialog)
{
    QStringList texts;
    for (const QLabel* label : dialog.findChildren<QLabel*>())
        texts << label->text();
    return texts.join(u'\n');
}

} // namespace

class TestAboutDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7")); }

    void namesVersionLicencesAndDataDate()
    {
        const posture::Dataset& dataset = test::bundledData().dataset;
        QVERIFY(dataset.asOf().isValid());
        AboutDialog dialog(dataset);
        const QString text = allLabelText(dialog);
        QVERIFY(text.contains(QLatin1String("9.8.7")));
        QVERIFY(text.contains(QLatin1String("MIT licence")));
        QVERIFY(text.contains(QLatin1String("Natural Earth")));
        QVERIFY(text.contains(QLatin1String("public domain")));
        QVERIFY(text.contains(QLatin1String("CC BY 4.0")));
        QVERIFY(text.contains(QLatin1String("DejaVu")));
        QVERIFY2(text.contains(localDate(dataset.asOf())), qPrintable(text));
    }

    // The outlets are the dataset's own text: shown as plain text, every one of them.
    void listsTheOutletsAsPlainText()
    {
        posture::DatasetRecords records = test::bundledData().dataset.records();
        records.sources.first().outlet = QStringLiteral("<b>Bold</b> & Co");
        AboutDialog dialog{posture::Dataset(records)};
        const auto lists = dialog.findChildren<QPlainTextEdit*>();
        QCOMPARE(lists.size(), 1);
        const QString outlets = lists.first()->toPlainText();
        QVERIFY(outlets.contains(QLatin1String("<b>Bold</b> & Co")));
        for (const posture::Source& source : records.sources)
            QVERIFY2(outlets.contains(source.outlet), qPrintable(source.outlet));
    }

    void helpMenuOpensIt()
    {
        auto window = test::openWindow();
        QAction* about = nullptr;
        for (QAction* action : window->helpMenu()->actions())
            if (action->menuRole() == QAction::AboutRole)
                about = action;
        QVERIFY(about);
        QString shown;
        QTimer::singleShot(0, this, [&shown] {
            if (QWidget* modal = QApplication::activeModalWidget()) {
                shown = QLatin1String(modal->metaObject()->className());
                modal->close();
            }
        });
        about->trigger();
        QCOMPARE(shown, QStringLiteral("flank::ui::AboutDialog"));
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_about_dialog.moc"
