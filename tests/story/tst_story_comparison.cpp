#include "core/data_paths.h"
#include "posture/dataset_loader.h"
#include "story/story_reader.h"
#include "story/story_validator.h"

#include <QTest>

using namespace flank;

namespace {

// A one-step story whose "compare" object starts on line 3, column kCompareColumn.
constexpr int kCompareLine = 3, kCompareColumn = 13;

QByteArray storyComparing(const QByteArray& compare)
{
    return R"({"format": "flank-story", "formatVersion": 1, "title": "t", "steps": [
{"title": "x", "view": {"date": "2025-03-18"},
 "compare": )" +
           compare + "}]}";
}

story::StoryStep comparingStep(core::Comparison kind, const QList<QDate>& dates, int columns = 0)
{
    story::StoryStep step;
    step.title = QStringLiteral("x");
    step.state.date = QDate(2026, 3, 1);
    step.comparison = {kind, dates, columns};
    return step;
}

} // namespace

class TestStoryComparison : public QObject
{
    Q_OBJECT

private slots:
    void yearlyReadsAsItsDates();
    void badComparisonNamesThePlace_data();
    void badComparisonNamesThePlace();
    void unknownKeyWarnsAndKeepsTheStep();
    void validationChecksTheComparison();
};

void TestStoryComparison::yearlyReadsAsItsDates()
{
    const story::StoryLoadResult loaded = story::parseStory(
        storyComparing(R"({"multiples": "yearly:2024-2026", "columns": 2})"), QStringLiteral("s"));
    QVERIFY2(loaded.issues.isEmpty(), qPrintable(loaded.issues.value(0).toString()));
    QCOMPARE(loaded.story.steps.size(), 1);
    const core::ComparisonRequest& comparison = loaded.story.steps[0].comparison;
    QCOMPARE(comparison.kind, core::Comparison::Multiples);
    QCOMPARE(comparison.dates,
             QList<QDate>({QDate(2024, 1, 1), QDate(2025, 1, 1), QDate(2026, 1, 1)}));
    QCOMPARE(comparison.columns, 2);
}

void TestStoryComparison::badComparisonNamesThePlace_data()
{
    QTest::addColumn<QByteArray>("compare");
    QTest::addColumn<QByteArray>("at"); // where in `compare` the error points
    QTest::addColumn<QString>("message");
    const QByteArray thirteen = R"(["2020-01-01", "2020-02-01", "2020-03-01", "2020-04-01",
        "2020-05-01", "2020-06-01", "2020-07-01", "2020-08-01", "2020-09-01", "2020-10-01",
        "2020-11-01", "2020-12-01", "2021-01-01"])";
    QTest::newRow("one date") << QByteArray(R"({"dates": ["2025-01-01"]})") << QByteArray("[")
                              << "needs two dates, not 1";
    QTest::newRow("three dates side by side")
        << QByteArray(R"({"dates": ["2025-01-01", "2025-02-01", "2025-03-01"]})") << QByteArray("[")
        << "needs two dates, not 3";
    QTest::newRow("one multiple") << QByteArray(R"({"multiples": ["2025-01-01"]})")
                                  << QByteArray("[") << "from 2 to 12 dates, not 1";
    QTest::newRow("thirteen multiples") << QByteArray(R"({"multiples": )" + thirteen + "}")
                                        << QByteArray("[") << "from 2 to 12 dates, not 13";
    QTest::newRow("bad date") << QByteArray(R"({"dates": ["2025-01-01", "2025-13-40"]})")
                              << QByteArray(R"("2025-13-40")") << "is not a date";
    QTest::newRow("number as date") << QByteArray(R"({"dates": ["2025-01-01", 2025]})")
                                    << QByteArray("2025]") << "is not a date";
    QTest::newRow("bad yearly") << QByteArray(R"({"multiples": "yearly:2026-2024"})")
                                << QByteArray(R"("yearly)") << "yearly:FIRST-LAST";
    QTest::newRow("no columns")
        << QByteArray(R"({"multiples": ["2025-01-01", "2026-01-01"], "columns": 0})")
        << QByteArray("0}") << "between 1 and 12";
    QTest::newRow("too many columns")
        << QByteArray(R"({"multiples": ["2025-01-01", "2026-01-01"], "columns": 13})")
        << QByteArray("13}") << "between 1 and 12";
    QTest::newRow("columns side by side")
        << QByteArray(R"({"dates": ["2025-01-01", "2026-01-01"], "columns": 2})")
        << QByteArray("2}") << "only with \"multiples\"";
    QTest::newRow("two kinds")
        << QByteArray(R"({"treaties": true, "dates": ["2025-01-01", "2026-01-01"]})")
        << QByteArray("{") << "needs one of";
    QTest::newRow("nothing") << QByteArray("{}") << QByteArray("{") << "needs one of";
    QTest::newRow("treaties false")
        << QByteArray(R"({"treaties": false})") << QByteArray("false") << "can only be true";
    QTest::newRow("not an object")
        << QByteArray(R"(["2025-01-01"])") << QByteArray("[") << "must be an object";
}

void TestStoryComparison::badComparisonNamesThePlace()
{
    QFETCH(QByteArray, compare);
    QFETCH(QByteArray, at);
    QFETCH(QString, message);
    const story::StoryLoadResult loaded =
        story::parseStory(storyComparing(compare), QStringLiteral("s"));
    QVERIFY(core::hasErrors(loaded.issues));
    const core::Issue& first = loaded.issues.constFirst();
    QVERIFY2(first.message.contains(message), qPrintable(first.toString()));
    // Every row keeps its error on the "compare" line, where `at` first appears.
    QCOMPARE(first.line, kCompareLine);
    QCOMPARE(first.column, kCompareColumn + int(compare.indexOf(at)));
    QVERIFY(loaded.story.steps.isEmpty());
}

void TestStoryComparison::unknownKeyWarnsAndKeepsTheStep()
{
    const story::StoryLoadResult loaded =
        story::parseStory(storyComparing(R"({"dates": ["2025-01-01", "2026-01-01"], "colour": 1})"),
                          QStringLiteral("s"));
    QVERIFY(!core::hasErrors(loaded.issues));
    QCOMPARE(loaded.issues.size(), 1);
    QVERIFY2(loaded.issues[0].message.contains(QLatin1String("colour")),
             qPrintable(loaded.issues[0].toString()));
    QCOMPARE(loaded.issues[0].line, kCompareLine);
    QVERIFY(loaded.issues[0].column > kCompareColumn);
    QCOMPARE(loaded.story.steps.size(), 1);
    QCOMPARE(loaded.story.steps[0].comparison.kind, core::Comparison::Dates);
}

void TestStoryComparison::validationChecksTheComparison()
{
    const posture::LoadResult dataset = posture::loadDataset(core::DataPaths::posture());
    story::Story story;
    story.steps << comparingStep(core::Comparison::Treaties, {})
                << comparingStep(core::Comparison::Dates, {QDate(2025, 1, 1)})
                << comparingStep(core::Comparison::Multiples,
                                 {QDate(2025, 1, 1), QDate(2026, 1, 1)}, 13);
    const core::Issues issues = story::validateStory(story, dataset.dataset, QStringLiteral("s"));
    QCOMPARE(issues.size(), 2);
    QCOMPARE(issues[0].place, QStringLiteral("/steps/1/compare"));
    QVERIFY2(issues[0].message.contains(QLatin1String("two dates")), qPrintable(issues[0].message));
    QCOMPARE(issues[1].place, QStringLiteral("/steps/2/compare"));
    QVERIFY2(issues[1].message.contains(QLatin1String("columns")), qPrintable(issues[1].message));
}

QTEST_MAIN(TestStoryComparison)
#include "tst_story_comparison.moc"
