#include "command_run.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <optional>

namespace {

// RFC 4180, strictly: records end with CRLF, a field is quoted when it starts with a quote,
// and a quote inside a quoted field is doubled. nullopt for anything else, so a sloppy writer
// fails the test.
std::optional<QList<QStringList>> parseCsv(const QString& text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (text.at(i) == QLatin1Char('"')) {
            ++i;
            while (true) {
                if (i >= n)
                    return std::nullopt; // unterminated quote
                if (text.at(i) == QLatin1Char('"')) {
                    if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
        } else {
            while (i < n && text.at(i) != QLatin1Char(',') && text.at(i) != QLatin1Char('\r') &&
                   text.at(i) != QLatin1Char('\n')) {
                if (text.at(i) == QLatin1Char('"'))
                    return std::nullopt; // a quote in an unquoted field
                field += text.at(i++);
            }
        }
        if (i < n && text.at(i) == QLatin1Char(',')) {
            record << field;
            field.clear();
            ++i;
            continue;
        }
        if (i + 1 < n && text.at(i) == QLatin1Char('\r') && text.at(i + 1) == QLatin1Char('\n')) {
            record << field;
            records << record;
            record.clear();
            field.clear();
            i += 2;
            continue;
        }
        return std::nullopt; // a bare LF or CR, or a last record without its CRLF
    }
    if (!record.isEmpty() || !field.isEmpty())
        return std::nullopt;
    return records;
}

// The CSV form of a JSON value: null is an empty field, a number as %g would write it.
QString csvForm(const QJsonValue& value)
{
    if (value.isNull())
        return {};
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 12);
    return value.toString();
}

} // namespace

// `flankatlas status` as a user runs it: the status table in CSV, JSON and text, the same rows
// in each.
class StatusCommandTest : public QObject
{
    Q_OBJECT

private slots:
    void csvParser();
    void csvHasTheRowsOfTheJson();
    void treatyChoiceOrdersAndLimitsTheColumns();
    void quotedFieldRoundTrips();
    void textIsAligned();

private:
    static CommandRun run(const QStringList& arguments)
    {
        return runCommand(QStringLiteral(FLANK_EXECUTABLE), arguments);
    }
    static QString bundled() { return QStringLiteral(FLANK_TESTS_ROOT "/../geodata/posture.json"); }
};

void StatusCommandTest::csvParser()
{
    const auto parsed = parseCsv(QStringLiteral("a,\"b,\"\"c\"\"\r\nd\",\r\n"));
    QVERIFY(parsed);
    QCOMPARE(*parsed, (QList<QStringList>{{"a", "b,\"c\"\r\nd", ""}}));
    QVERIFY(!parseCsv(QStringLiteral("a,b\n")));
    QVERIFY(!parseCsv(QStringLiteral("a,b")));
    QVERIFY(!parseCsv(QStringLiteral("a\"b\r\n")));
}

void StatusCommandTest::csvHasTheRowsOfTheJson()
{
    const QStringList day{"status", "--date", "2025-12-01", "--data", bundled()};
    const CommandRun csv = run(day + QStringList{"--format", "csv"});
    QCOMPARE(csv.exitCode, 0);
    const CommandRun json = run(day + QStringList{"--format", "json"});
    QCOMPARE(json.exitCode, 0);

    const auto records = parseCsv(csv.out);
    QVERIFY2(records, qPrintable(csv.out.left(400)));
    const QStringList header = records->first();
    QCOMPARE(header, (QStringList{"iso3", "name", "ottawa_status", "ottawa_since", "ccm_status",
                                  "ccm_since", "next_change", "next_change_treaty",
                                  "next_change_date", "spending_percent_gdp", "spending_year",
                                  "spending_basis", "quotes", "troop_notes"}));

    QJsonParseError error;
    const QJsonObject object = QJsonDocument::fromJson(json.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(object.value("date").toString(), QStringLiteral("2025-12-01"));
    QCOMPARE(object.value("treaty").toString(), QStringLiteral("both"));
    const QJsonArray rows = object.value("rows").toArray();
    QCOMPARE(records->size() - 1, rows.size());
    QVERIFY(rows.size() >= 16);
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QJsonObject row = rows.at(r).toObject();
        QCOMPARE(row.keys().size(), header.size());
        QStringList fromJson;
        for (const QString& key : header)
            fromJson << csvForm(row.value(key));
        QCOMPARE(records->at(r + 1), fromJson);
    }

    // Poland's row on that day, as the panel tells it.
    QJsonObject poland;
    for (const QJsonValue& row : rows)
        if (row.toObject().value("iso3") == "POL")
            poland = row.toObject();
    QCOMPARE(poland.value("ottawa_status").toString(), QStringLiteral("withdrawal-notified"));
    QCOMPARE(poland.value("ottawa_since").toString(), QStringLiteral("2025-08-20"));
    QCOMPARE(poland.value("next_change").toString(), QStringLiteral("withdrawal-effective"));
    QCOMPARE(poland.value("next_change_date").toString(), QStringLiteral("2026-02-20"));
    QCOMPARE(poland.value("spending_basis").toString(), QStringLiteral("estimate"));
    QCOMPARE(poland.value("spending_year").toInt(), 2025);
    QVERIFY(poland.value("quotes").toInt() > 0);
}

void StatusCommandTest::treatyChoiceOrdersAndLimitsTheColumns()
{
    for (const auto& [treaty, columns] :
         {std::pair{QStringLiteral("ccm"), QStringList{"ccm_status", "ccm_since"}},
          std::pair{QStringLiteral("ottawa"), QStringList{"ottawa_status", "ottawa_since"}},
          std::pair{QStringLiteral("both"),
                    QStringList{"ottawa_status", "ottawa_since", "ccm_status", "ccm_since"}}}) {
        const CommandRun csv = run({"status", "--date", "2025-06-01", "--treaty", treaty,
                                    "--format", "csv", "--data", bundled()});
        QCOMPARE(csv.exitCode, 0);
        const auto records = parseCsv(csv.out);
        QVERIFY(records);
        QCOMPARE(records->first().mid(2, columns.size()), columns);
        QCOMPARE(records->first().at(2 + columns.size()), QStringLiteral("next_change"));
        const CommandRun json = run({"status", "--date", "2025-06-01", "--treaty", treaty,
                                     "--format", "json", "--data", bundled()});
        QCOMPARE(QJsonDocument::fromJson(json.out.toUtf8()).object().value("treaty").toString(),
                 treaty);
    }
}

void StatusCommandTest::quotedFieldRoundTrips()
{
    // Poland renamed with a comma, quotes and a line break: every one must come back.
    QFile original(bundled());
    QVERIFY(original.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(original.readAll()).object();
    const QString name = QStringLiteral("Poland, \"the Republic\"\nof");
    QJsonArray states = root.value("states").toArray();
    for (qsizetype i = 0; i < states.size(); ++i) {
        QJsonObject state = states.at(i).toObject();
        if (state.value("iso3") == "POL") {
            state.insert("name", name);
            states.replace(i, state);
        }
    }
    root.insert("states", states);
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString edited = directory.filePath(QStringLiteral("posture.json"));
    QFile file(edited);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(root).toJson());
    file.close();

    const CommandRun csv =
        run({"status", "--date", "2025-12-01", "--format", "csv", "--data", edited});
    QVERIFY2(csv.exitCode == 0, qPrintable(csv.err));
    QVERIFY(csv.out.contains(
        QStringLiteral("\r\nPOL,\"Poland, \"\"the Republic\"\"\nof\",withdrawal-notified,")));
    const auto records = parseCsv(csv.out);
    QVERIFY(records);
    bool found = false;
    for (const QStringList& record : *records)
        if (record.first() == QLatin1String("POL")) {
            QCOMPARE(record.at(1), name);
            QCOMPARE(record.size(), records->first().size());
            found = true;
        }
    QVERIFY(found);
}

void StatusCommandTest::textIsAligned()
{
    const CommandRun text = run({"status", "--date", "2025-12-01", "--data", bundled()});
    QCOMPARE(text.exitCode, 0);
    const QStringList lines = text.out.split(QLatin1Char('\n'));
    QCOMPARE(lines.at(0), QStringLiteral("Status on 2025-12-01"));
    const QString header = lines.at(1);
    QVERIFY2(header.startsWith(QLatin1String("ISO3  State")), qPrintable(header));
    const qsizetype next = header.indexOf(QLatin1String("Next change"));
    const qsizetype spending = header.indexOf(QLatin1String("Spending, % of GDP"));
    QVERIFY(next > 0 && spending > next);
    const auto poland = std::find_if(lines.begin(), lines.end(), [](const QString& line) {
        return line.startsWith(QLatin1String("POL "));
    });
    QVERIFY(poland != lines.end());
    QCOMPARE(poland->mid(next, spending - next).trimmed(),
             QStringLiteral("Withdrawal effective 2026-02-20 (Ottawa)"));
    QVERIFY2(poland->mid(spending).startsWith(QLatin1String("4.48 (2025, estimate)")),
             qPrintable(*poland));
}

QTEST_GUILESS_MAIN(StatusCommandTest)
#include "tst_status_command.moc"
