#include "core/data_paths.h"
#include "present/story_frames_writer.h"
#include "present/story_pdf_writer.h"
#include "render/atlas_data.h"
#include "story/story_reader.h"

#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace flank;

class TestStoryExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pdfHasOnePagePerStep();
    void framesIncludeTheFlight();

private:
    std::unique_ptr<present::StoryDeck> deck();

    render::AtlasData m_data;
    story::Story m_story;
};

void TestStoryExport::initTestCase()
{
    m_data = render::AtlasData::load();
    QVERIFY(m_data.countries->isUsable());
    const story::StoryLoadResult loaded = story::loadStory(core::DataPaths::exampleStory());
    QVERIFY(loaded.issues.isEmpty());
    m_story = loaded.story;
}

std::unique_ptr<present::StoryDeck> TestStoryExport::deck()
{
    return std::make_unique<present::StoryDeck>(m_story, core::DataPaths::exampleStory(),
                                                m_data.dataset, m_data.projections);
}

void TestStoryExport::pdfHasOnePagePerStep()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("deck.pdf"));
    const exporting::ExportResult result = present::writeStoryPdf(*deck(), file, QSizeF(960, 540));
    QVERIFY2(result.ok, qPrintable(result.error));
    QProcess pdfinfo;
    pdfinfo.start(QStringLiteral("pdfinfo"), {file});
    QVERIFY2(pdfinfo.waitForFinished(60000), "pdfinfo (poppler-utils) must be installed");
    QCOMPARE(pdfinfo.exitCode(), 0);
    const QString info = QString::fromUtf8(pdfinfo.readAllStandardOutput());
    const QRegularExpressionMatch pages =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    QVERIFY2(pages.hasMatch(), qPrintable(info));
    QCOMPARE(pages.captured(1).toInt(), int(m_story.steps.size()));
}

void TestStoryExport::framesIncludeTheFlight()
{
    QTemporaryDir dir;
    exporting::ExportResult result =
        present::writeStoryFrames(*deck(), dir.path(), QSizeF(480, 270), 0);
    QVERIFY2(result.ok, qPrintable(result.error));
    const QStringList steps = QDir(dir.path()).entryList({QStringLiteral("step-*.png")});
    QCOMPARE(steps.size(), int(m_story.steps.size()));

    QTemporaryDir video;
    result = present::writeStoryFrames(*deck(), video.path(), QSizeF(480, 270), 2);
    QVERIFY2(result.ok, qPrintable(result.error));
    const QStringList frames = QDir(video.path()).entryList({QStringLiteral("frame-*.png")});
    QCOMPARE(frames.size(), int(m_story.steps.size() + 2 * (m_story.steps.size() - 1)));
    // The frame after step 1 is on its way: neither step 1's picture nor step 2's.
    const QImage first(video.filePath(QStringLiteral("frame-0001.png")));
    const QImage between(video.filePath(QStringLiteral("frame-0002.png")));
    const QImage second(video.filePath(QStringLiteral("frame-0004.png")));
    QCOMPARE(first.size(), QSize(480, 270));
    QVERIFY(between != first);
    QVERIFY(between != second);
}

QTEST_MAIN(TestStoryExport)
#include "tst_story_export.moc"
