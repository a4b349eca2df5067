#include "posture/dataset_loader.h"

#include <QFileInfo>
#include <QTest>

using namespace flank;
using namespace flank::posture;

namespace {

QString badFile(const QString& name)
{
    return QStringLiteral(FLANK_TEST_DATA_DIR "/data/bad/") + name;
}

QString describe(const core::Issues& issues)
{
    QStringList lines;
    for (const core::Issue& issue : issues)
        lines << issue.toString();
    return lines.join(QLatin1Char('\n'));
}

// The small valid document the hostile inputs are built around.
QByteArray validDocument(const QByteArray& extraQuote = {})
{
    QByteArray quotes;
    if (!extraQuote.isEmpty())
        quotes = ",\n" + extraQuote;
    return "{\n"
           "  \"format\": \"flank-posture\", \"formatVersion\": 1, \"asOf\": \"2025-11-25\",\n"
           "  \"sources\": [{\"id\": \"s\", \"outlet\": \"O\", \"title\": \"T\", \"date\": "
           "\"2025\", \"url\": \"https://example.org\"}],\n"
           "  \"treaties\": [{\"id\": \"ottawa\", \"name\": \"N\", \"shortName\": \"S\", "
           "\"adopted\": \"1997-09-18\",\n"
           "    \"entryIntoForce\": \"1999-03-01\", \"withdrawalNoticeMonths\": 6, "
           "\"armedConflictClause\": true,\n"
           "    \"withdrawalArticle\": \"Article 20\", \"summary\": \"x\", \"sources\": "
           "[\"s\"]}],\n"
           "  \"states\": [{\"iso3\": \"FIN\", \"name\": \"Finland\"}],\n"
           "  \"steps\": [{\"id\": \"a\", \"state\": \"FIN\", \"treaty\": \"ottawa\", \"kind\": "
           "\"signed\", \"date\": \"1997-12-03\", \"sources\": [\"s\"]}],\n"
           "  \"quotes\": [{\"id\": \"q\", \"state\": \"FIN\", \"speaker\": \"S\", \"role\": "
           "\"R\", \"saidOn\": \"2025\", \"text\": \"t\", \"verification\": \"unverified\", "
           "\"sources\": [\"s\"]}" +
           quotes + "]\n}\n";
}

QByteArray quoteWithText(const QByteArray& id, const QByteArray& text)
{
    return "{\"id\": \"" + id +
           "\", \"state\": \"FIN\", \"speaker\": \"S\", \"role\": \"R\", \"saidOn\": \"2025\", "
           "\"text\": \"" +
           text + "\", \"verification\": \"unverified\", \"sources\": [\"s\"]}";
}

} // namespace

class TestDatasetLoader : public QObject
{
    Q_OBJECT

private slots:
    void badInput_data();
    void badInput();
    void goodFileLoadsEverything();
    void everyBadRecordIsReported();
    void missingFile();
    void deepNestingIsAnErrorNotACrash();
    void hugeStringIsAnErrorNotACrash();
    void hugeFileIsRefused();
    void escapesAndSurrogates();
    void unknownFieldIsAWarning();
    void issueFormat();
};

void TestDatasetLoader::badInput_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("isError");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");
    // What still loaded from the same file: every valid record.
    QTest::addColumn<int>("states");
    QTest::addColumn<int>("steps");
    QTest::addColumn<int>("sources");
    QTest::addColumn<int>("pledges");

    const auto row = [](const char* file, bool isError, int line, int column, const char* message,
                        int states = 2, int steps = 2, int sources = 2, int pledges = 1) {
        QTest::newRow(file) << QString::fromLatin1(file) + QStringLiteral(".json") << isError
                            << line << column << QString::fromUtf8(message) << states << steps
                            << sources << pledges;
    };
    // Semantic problems: the bad record is skipped, the rest load.
    row("unknown_state", true, 19, 33, "unknown state \"XYZ\"");
    row("unknown_treaty", true, 19, 50, "unknown treaty \"geneva\"");
    row("unknown_source", true, 19, 123, "unknown source \"nope\"");
    row("no_source", true, 19, 113, "has no source");
    row("missing_sources", true, 19, 5, "missing required field \"sources\"");
    row("steps_out_of_order", true, 20, 105, "is dated before withdrawal-notified", 2, 3);
    row("duplicate_step_kind", true, 19, 76, "duplicate step kind \"signed\"");
    row("bad_date", true, 19, 88,
        "is not a date of the form YYYY-MM-DD, YYYY-MM or YYYY: \"2025-02-30\"");
    row("bad_date_unpadded", true, 19, 88, "\"2025-2-3\"");
    row("duplicate_id", true, 19, 12, "duplicate id \"fin-signed\" (first at line 17, column 12)");
    row("missing_field", true, 19, 5, "missing required field \"date\"");
    row("missing_armed_conflict_clause", true, 19, 5,
        "missing required field \"armedConflictClause\"");
    row("wrong_type_string_for_number", true, 25, 51, "\"value\" must be a number, not a string");
    row("wrong_type_null", true, 15, 29, "\"name\" must be a string, not null");
    row("wrong_type_fraction_year", true, 25, 93, "\"targetYear\" must be a whole number");
    row("iso_lowercase", true, 15, 14,
        "ISO 3166-1 alpha-3 code (three capital letters), not \"pol\"");
    row("iso_trailing_space", true, 15, 14, "not \"POL \"");
    row("iso_minus_99", true, 15, 14, "not \"-99\"");
    row("number_overflow", true, 25, 51, "not a finite number: 1e400");
    row("pledge_percent_over_100", true, 25, 51, "more than 0 and at most 100, not 120");
    row("pledge_percent_zero", true, 25, 51, "more than 0 and at most 100, not 0");
    row("url_javascript", true, 8, 75,
        "must be an http or https link with a host, not \"javascript:");
    row("url_file", true, 8, 75, "not \"file:///etc/passwd\"");
    row("url_relative", true, 8, 75, "not \"/news/1\"");
    row("unknown_verification", true, 22, 142, "\"verification\" must be one of");
    row("missing_date_note", true, 19, 88, "needs a \"dateNote\"");
    row("source_without_url", true, 8, 5, "missing required field \"url\"");
    row("unreliable_without_note", true, 8, 5, "missing required field \"note\"");
    // Syntax-level problems inside one record: that record is skipped.
    row("duplicate_key", true, 19, 102, "duplicate key \"date\" (first at line 19, column 80)");
    row("invalid_utf8", true, 19, 138, "invalid UTF-8 byte 0xff");
    // Accepted with a warning, or an error after a complete document.
    row("bom", false, 1, 1, "byte order mark");
    row("source_same_url", false, 8, 77, "source \"src-a\" has already given this address", 2, 2,
        3);
    row("trailing_garbage", true, 27, 1, "after the end of the JSON document");
    // Nothing can be read.
    row("format_version_2", true, 3, 20, "formatVersion 2 is newer", 0, 0, 0, 0);
    row("truncated", true, 18, 27, "not closed before the end of the file", 0, 0, 0, 0);
    row("unterminated_string", true, 14, 29, "not closed before the end of the line", 0, 0, 0, 0);
    row("trailing_comma", true, 25, 3, "trailing commas are not JSON", 0, 0, 0, 0);
    row("deep_nesting", true, 22, 411, "nested deeper than 256 levels", 0, 0, 0, 0);
    row("top_level_array", true, 1, 1, "top level must be an object", 0, 0, 0, 0);
    row("empty", true, 1, 1, "empty", 0, 0, 0, 0);
}

void TestDatasetLoader::badInput()
{
    QFETCH(QString, file);
    QFETCH(bool, isError);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    QFETCH(int, states);
    QFETCH(int, steps);
    QFETCH(int, sources);
    QFETCH(int, pledges);

    const LoadResult result = loadDataset(badFile(file));
    QVERIFY2(result.issues.size() == 1, qPrintable(describe(result.issues)));
    const core::Issue& issue = result.issues.constFirst();
    QCOMPARE(QFileInfo(issue.file).fileName(), file);
    QCOMPARE(issue.severity, isError ? core::Severity::Error : core::Severity::Warning);
    QCOMPARE(issue.line, line);
    QCOMPARE(issue.column, column);
    QVERIFY2(issue.message.contains(message), qPrintable(issue.toString()));

    const DatasetRecords& records = result.dataset.records();
    QCOMPARE(records.states.size(), states);
    QCOMPARE(records.steps.size(), steps);
    QCOMPARE(records.sources.size(), sources);
    QCOMPARE(records.pledges.size(), pledges);
    if (states > 0) {
        QVERIFY(result.dataset.findState(QStringLiteral("FIN")));
        QCOMPARE(
            result.dataset.statusOn(QStringLiteral("FIN"), QStringLiteral("ottawa"), {2000, 1, 1})
                .status,
            Status::Signatory);
    }
}

void TestDatasetLoader::goodFileLoadsEverything()
{
    const LoadResult result = loadDataset(QStringLiteral(FLANK_TEST_DATA_DIR "/data/history.json"));
    QVERIFY2(result.issues.isEmpty(), qPrintable(describe(result.issues)));
    const DatasetRecords& records = result.dataset.records();
    QCOMPARE(records.formatVersion, 1);
    QCOMPARE(records.sources.size(), 5);
    QCOMPARE(records.treaties.size(), 2);
    QCOMPARE(records.states.size(), 6);
    QCOMPARE(records.steps.size(), 18);
    QCOMPARE(records.quotes.size(), 3);
    QCOMPARE(records.pledges.size(), 3);
    QCOMPARE(records.troopNotes.size(), 1);
    QCOMPARE(records.borderFigures.size(), 2);
    QCOMPARE(records.notes.size(), 1);

    const Source* news = result.dataset.findSource(QStringLiteral("src-news"));
    QVERIFY(news);
    QCOMPARE(news->archiveUrl.left(24), QStringLiteral("https://web.archive.org/"));
    // Only an unreliable source whose note says so may lack an address.
    const Source* seed = result.dataset.findSource(QStringLiteral("src-seed"));
    QVERIFY(seed && seed->unreliable && seed->url.isEmpty() && !seed->note.isEmpty());
    const Treaty* ottawa = result.dataset.findTreaty(QStringLiteral("ottawa"));
    QVERIFY(ottawa && ottawa->armedConflictClause);
    QCOMPARE(ottawa->adopted.toString(), QStringLiteral("1997-09-18"));

    const QList<LegalStep> ukraine =
        result.dataset.stepsFor(QStringLiteral("UKR"), QStringLiteral("ottawa"));
    const LegalStep& notified = ukraine.constLast();
    QCOMPARE(notified.kind, StepKind::WithdrawalNotified);
    QCOMPARE(notified.date.toString(), QStringLiteral("2025-08"));
    QVERIFY(!notified.dateNote.isEmpty());
    QVERIFY(notified.armedConflictClause && notified.armedConflictClause->applies);

    const Pledge euros = result.dataset.pledgesFor(QStringLiteral("EST")).constFirst();
    QCOMPARE(euros.unit, PledgeUnit::Currency);
    QCOMPARE(euros.value, 1500000000.0);
    QVERIFY(!result.dataset.pledgesFor(QStringLiteral("FIN")).constFirst().dateNote.isEmpty());
    const TroopNote note = result.dataset.troopNotesFor(QStringLiteral("FIN")).constFirst();
    QCOMPARE(note.kind, TroopNoteKind::AlliedPresence);
    QCOMPARE(note.since.toString(), QStringLiteral("2025"));
    QCOMPARE(records.notes.constFirst().kind, DataNoteKind::Disagreement);
    QCOMPARE(records.quotes.constLast().state, QStringLiteral("*"));
}

void TestDatasetLoader::everyBadRecordIsReported()
{
    // Three bad quotes in one file: three issues, and the good quote still loads.
    const QByteArray data = validDocument(
        quoteWithText("q2", "ok") + ",\n" +
        "{\"id\": \"q3\", \"state\": \"fin\", \"speaker\": \"S\", \"role\": \"R\", \"saidOn\": "
        "\"2025\", \"text\": \"t\", \"verification\": \"unverified\", \"sources\": [\"s\"]}," +
        "\n" +
        "{\"id\": \"q4\", \"state\": \"FIN\", \"speaker\": 7, \"role\": \"R\", \"saidOn\": "
        "\"2025\", \"text\": \"t\", \"verification\": \"unverified\", \"sources\": [\"s\"]}," +
        "\n" +
        "{\"id\": \"q5\", \"state\": \"FIN\", \"speaker\": \"S\", \"role\": \"R\", \"saidOn\": "
        "\"2025-13\", \"text\": \"t\", \"verification\": \"unverified\", \"sources\": [\"s\"]}");
    const LoadResult result = parseDataset(data, QStringLiteral("many.json"));
    QVERIFY2(result.issues.size() == 3, qPrintable(describe(result.issues)));
    QCOMPARE(result.dataset.records().quotes.size(), 2);
    QCOMPARE(result.issues.at(0).line, 11);
    QCOMPARE(result.issues.at(1).line, 12);
    QCOMPARE(result.issues.at(2).line, 13);
    QVERIFY(result.issues.at(2).message.contains(QLatin1String("\"2025-13\"")));
}

void TestDatasetLoader::missingFile()
{
    const LoadResult result = loadDataset(badFile(QStringLiteral("does_not_exist.json")));
    QCOMPARE(result.issues.size(), 1);
    QVERIFY(core::hasErrors(result.issues));
    QVERIFY(result.issues.constFirst().message.contains(QLatin1String("does not exist")));
    QVERIFY(result.dataset.isEmpty());
}

void TestDatasetLoader::deepNestingIsAnErrorNotACrash()
{
    const QByteArray data = QByteArray(100'000, '[') + QByteArray(100'000, ']');
    const LoadResult result = parseDataset(data, QStringLiteral("deep.json"));
    QCOMPARE(result.issues.size(), 1);
    QCOMPARE(result.issues.constFirst().line, 1);
    QCOMPARE(result.issues.constFirst().column, 257);
    QVERIFY(result.issues.constFirst().message.contains(QLatin1String("deeper than 256")));

    const QByteArray objects = QByteArray(100'000, '{').replace("{", "{\"a\":");
    QVERIFY(core::hasErrors(parseDataset(objects, QStringLiteral("deep.json")).issues));
}

void TestDatasetLoader::hugeStringIsAnErrorNotACrash()
{
    const QByteArray quote = quoteWithText("big", QByteArray(50 * 1024 * 1024, 'x'));
    const LoadResult result = parseDataset(validDocument(quote), QStringLiteral("big.json"));
    QVERIFY2(result.issues.size() == 1, qPrintable(describe(result.issues)));
    QVERIFY(result.issues.constFirst().message.contains(QLatin1String("longer than 1 MiB")));
    QCOMPARE(result.issues.constFirst().line, 10);
    // The quote is skipped; the records around it are kept.
    QCOMPARE(result.dataset.records().quotes.size(), 1);
    QCOMPARE(result.dataset.records().steps.size(), 1);
}

void TestDatasetLoader::hugeFileIsRefused()
{
    const QByteArray data(64 * 1024 * 1024 + 1, ' ');
    const LoadResult result = parseDataset(data, QStringLiteral("huge.json"));
    QCOMPARE(result.issues.size(), 1);
    QVERIFY(result.issues.constFirst().message.contains(QLatin1String("64 MiB")));
}

void TestDatasetLoader::escapesAndSurrogates()
{
    LoadResult result = parseDataset(
        validDocument(quoteWithText("esc", "\\\"Caf\\u00e9\\\" \\ud83d\\ude00 \\/ \\t end")),
        QStringLiteral("escapes.json"));
    QVERIFY2(result.issues.isEmpty(), qPrintable(describe(result.issues)));
    QCOMPARE(result.dataset.records().quotes.constLast().text,
             QStringLiteral("\"Caf\u00e9\" \U0001F600 / \t end"));

    result = parseDataset(validDocument(quoteWithText("lone", "half \\ud800 pair")),
                          QStringLiteral("lone.json"));
    QCOMPARE(result.issues.size(), 1);
    QVERIFY(result.issues.constFirst().message.contains(QLatin1String("surrogate")));
    QCOMPARE(result.dataset.records().quotes.size(), 1);

    result = parseDataset(validDocument(quoteWithText("bad-escape", "a \\x b")),
                          QStringLiteral("escape.json"));
    QCOMPARE(result.issues.size(), 1);
    QVERIFY(result.issues.constFirst().message.contains(QLatin1String("invalid escape")));
}

void TestDatasetLoader::unknownFieldIsAWarning()
{
    QByteArray data = validDocument();
    data.replace("\"text\": \"t\",", "\"text\": \"t\", \"txet\": \"typo\",");
    const LoadResult result = parseDataset(data, QStringLiteral("typo.json"));
    QCOMPARE(result.issues.size(), 1);
    QCOMPARE(result.issues.constFirst().severity, core::Severity::Warning);
    QVERIFY(result.issues.constFirst().message.contains(QLatin1String("unknown field \"txet\"")));
    QCOMPARE(result.dataset.records().quotes.size(), 1);
}

void TestDatasetLoader::issueFormat()
{
    const LoadResult result = loadDataset(badFile(QStringLiteral("unknown_state.json")));
    QVERIFY(result.issues.constFirst().toString().endsWith(
        QLatin1String("unknown_state.json:19:33: error: step \"bad-step\": unknown state \"XYZ\" "
                      "(not listed in \"states\")")));
}

QTEST_GUILESS_MAIN(TestDatasetLoader)
#include "tst_dataset_loader.moc"
