#include "ui_test_support.h"

#include "posture/dataset_loader.h"
#include "ui/map_canvas.h"
#include "ui/panel_builder.h"
#include "ui/state_panel.h"

#include <QFile>
#include <QHelpEvent>
#include <QLabel>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolTip>

using namespace flank;
using namespace flank::ui;

// Dataset text holding markup must show as the characters it is, never as rich text, and a
// javascript: address must never become a link.
class PanelPlainTextTest : public QObject
{
    Q_OBJECT

    std::unique_ptr<MainWindow> m_window;

    QList<QLabel*> labels() const { return m_window->panel()->widget()->findChildren<QLabel*>(); }

    // What a label shows on screen, as plain text.
    static QString shownText(const QLabel* label)
    {
        if (label->textFormat() == Qt::PlainText)
            return label->text();
        QTextDocument document;
        document.setHtml(label->text());
        return document.toPlainText();
    }

private slots:
    void initTestCase()
    {
        QFile file(QStringLiteral(FLANK_TEST_DATA_DIR "/data/markup.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        posture::LoadResult loaded = posture::parseDataset(file.readAll(), file.fileName());
        QVERIFY2(
            !core::hasErrors(loaded.issues),
            qPrintable(loaded.issues.isEmpty() ? QString() : loaded.issues.first().toString()));
        render::AtlasData data = test::bundledData();
        data.dataset = loaded.dataset;
        m_window = test::openWindow(data);
        m_window->session()->setDate(QDate(2025, 11, 1));
        m_window->session()->setSelection("POL");
    }

    void quoteMarkupIsShownLiterally()
    {
        const QStringList quotes = test::panelTexts(*m_window, "quoteText");
        QCOMPARE(quotes.size(), 1);
        QVERIFY(quotes.first().contains(
            R"q(<b>bold</b> and <a href="javascript:alert(1)">a link</a>)q"));
        for (const QLabel* label : labels())
            if (label->objectName() == "quoteText" || label->objectName() == "quoteSpeaker")
                QCOMPARE(label->textFormat(), Qt::PlainText);
        QVERIFY(test::panelTexts(*m_window, "quoteSpeaker").first().contains("<u>Speaker</u>"));
        QVERIFY(test::panelTexts(*m_window, "quoteVerification").first().contains("nverified"));
    }

    void everyLabelShowsDataMarkupAsCharacters()
    {
        QStringList shown;
        for (const QLabel* label : labels())
            shown << shownText(label);
        const QString all = shown.join('\n');
        QVERIFY(all.contains("<script>alert(3)</script>"));
        QVERIFY(all.contains("<h1>East Shield</h1>"));
        QVERIFY(all.contains("<img src=x onerror=alert(4)>"));
        QVERIFY2(all.contains("<b>Bold Outlet</b>"), qPrintable(all));
        QVERIFY(all.contains(R"q(<i>Italic</i> title <a href="javascript:alert(2)">x</a>)q"));
    }

    void onlyHttpsLinksAreLinks()
    {
        for (const QLabel* label : labels()) {
            // The glossary link is the app's own text and points inside the app.
            if (label->textFormat() != Qt::RichText || label->objectName() == "glossaryLink")
                continue;
            QTextDocument document;
            document.setHtml(label->text());
            for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
                for (auto it = block.begin(); !it.atEnd(); ++it) {
                    const QTextCharFormat format = it.fragment().charFormat();
                    // Besides the app's own "Copy citation", which opens nothing.
                    if (format.isAnchor() && format.anchorHref() != kCopyCitationLink)
                        QVERIFY2(format.anchorHref().startsWith("https://"),
                                 qPrintable(format.anchorHref()));
                }
        }
        QVERIFY(!openSafeLink("javascript:alert(1)"));
        QVERIFY(!openSafeLink("file:///etc/passwd"));
    }

    void hoverToolTipEscapesMarkup()
    {
        const QString summary = m_window->canvas()->stateSummary("POL");
        QVERIFY(summary.contains("Poland"));
        const QPoint poland = test::canvasPointOf(*m_window, "POL");
        QHelpEvent help(QEvent::ToolTip, poland, m_window->canvas()->mapToGlobal(poland));
        QCoreApplication::sendEvent(m_window->canvas(), &help);
        QVERIFY(QToolTip::isVisible());
        QTextDocument document;
        document.setHtml(QToolTip::text());
        QVERIFY(document.toPlainText().contains("Poland"));
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(PanelPlainTextTest)
#include "tst_panel_plain_text.moc"
