#include "core/data_paths.h"
#include "posture/dataset_loader.h"
#include "posture/status_table.h"

#include <QTest>

#include <algorithm>

using namespace flank;
using namespace flank::posture;

namespace {

const StatusTableRow* rowOf(const StatusTable& table, const QString& iso3)
{
    for (const StatusTableRow& row : table.rows)
        if (row.iso3 == iso3)
            return &row;
    return nullptr;
}

qsizetype treatyColumn(const StatusTable& table, const QString& id)
{
    for (qsizetype i = 0; i < table.treaties.size(); ++i)
        if (table.treaties.at(i).id == id)
            return i;
    return -1;
}

// Records about a state dated on or before the day, counted here from the raw records.
template <typename Record>
int countOn(const QList<Record>& records, const QString& iso3, QDate day, PartialDate Record::*date)
{
    return int(std::count_if(records.begin(), records.end(), [&](const Record& record) {
        return record.state == iso3 && (record.*date).first() <= day;
    }));
}

} // namespace

// The status table's rows on the bundled data: what `status`, the table dock and its export
// all show for a day.
class TestStatusTable : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void oneRowPerStateByCode();
    void treatyChoiceOrdersAndLimitsTheColumns();
    void statusSinceAndNextChange_data();
    void statusSinceAndNextChange();
    void latestSpendingFigureOfTheDay_data();
    void latestSpendingFigureOfTheDay();
    void countsLeaveOutLaterRecords();
    void columnNames();

private:
    Dataset m_dataset;
};

void TestStatusTable::initTestCase()
{
    const LoadResult result = loadDataset(core::DataPaths::posture());
    QVERIFY(!core::hasErrors(result.issues));
    m_dataset = result.dataset;
}

void TestStatusTable::oneRowPerStateByCode()
{
    const StatusTable table = statusTable(m_dataset, {2025, 6, 1}, core::TreatyChoice::Both);
    QCOMPARE(table.date, QDate(2025, 6, 1));
    QStringList codes;
    for (const StatusTableRow& row : table.rows)
        codes << row.iso3;
    QStringList expected;
    for (const StateInfo& state : m_dataset.states())
        expected << state.iso3;
    expected.sort();
    QCOMPARE(codes, expected);
    QCOMPARE(rowOf(table, "POL")->name, QStringLiteral("Poland"));
}

void TestStatusTable::treatyChoiceOrdersAndLimitsTheColumns()
{
    const QDate day(2025, 6, 1);
    const auto ids = [&](core::TreatyChoice choice) {
        const StatusTable table = statusTable(m_dataset, day, choice);
        QStringList treaties;
        for (const Treaty& treaty : table.treaties)
            treaties << treaty.id;
        for (const StatusTableRow& row : table.rows)
            if (row.statuses.size() != treaties.size())
                return QStringList{"a row with another number of statuses"};
        return treaties;
    };
    QCOMPARE(ids(core::TreatyChoice::Ottawa), QStringList{"ottawa"});
    QCOMPARE(ids(core::TreatyChoice::Ccm), QStringList{"ccm"});
    QCOMPARE(ids(core::TreatyChoice::Both), (QStringList{"ottawa", "ccm"}));
    // With one treaty, a change scheduled under the other is not the table's.
    const StatusTable ccm = statusTable(m_dataset, {2025, 12, 1}, core::TreatyChoice::Ccm);
    QVERIFY(!rowOf(ccm, "POL")->nextChange);
}

void TestStatusTable::statusSinceAndNextChange_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QString>("iso3");
    QTest::addColumn<QString>("treaty");
    QTest::addColumn<Status>("status");
    QTest::addColumn<QString>("since");
    QTest::addColumn<QString>("nextChange"); // the date; empty for none

    QTest::newRow("POL before notifying")
        << QDate(2025, 6, 1) << "POL"
        << "ottawa" << Status::WithdrawalAnnounced << "2025-03-07" << QString();
    QTest::newRow("POL notified, withdrawal pending")
        << QDate(2025, 12, 1) << "POL"
        << "ottawa" << Status::WithdrawalNotified << "2025-08-20"
        << "2026-02-20";
    QTest::newRow("POL the day before it takes effect")
        << QDate(2026, 2, 19) << "POL"
        << "ottawa" << Status::WithdrawalNotified << "2025-08-20"
        << "2026-02-20";
    QTest::newRow("POL after its withdrawal")
        << QDate(2026, 3, 1) << "POL"
        << "ottawa" << Status::Withdrawn << "2026-02-20" << QString();
    QTest::newRow("LTU CCM") << QDate(2025, 6, 1) << "LTU"
                             << "ccm" << Status::Withdrawn << "2025-03-06" << QString();
    QTest::newRow("LTU CCM later") << QDate(2026, 3, 1) << "LTU"
                                   << "ccm" << Status::Withdrawn << "2025-03-06" << QString();
}

void TestStatusTable::statusSinceAndNextChange()
{
    QFETCH(QDate, day);
    QFETCH(QString, iso3);
    QFETCH(QString, treaty);
    QFETCH(Status, status);
    QFETCH(QString, since);
    QFETCH(QString, nextChange);
    const StatusTable table = statusTable(m_dataset, day, core::TreatyChoice::Both);
    const StatusTableRow* row = rowOf(table, iso3);
    QVERIFY(row);
    const StatusOnDate& shown = row->statuses.at(treatyColumn(table, treaty));
    QCOMPARE(shown.status, status);
    QVERIFY(shown.lastStep);
    QCOMPARE(shown.lastStep->date.toString(), since);
    // The same status the map is colored by.
    QCOMPARE(shown.status, m_dataset.statusOn(iso3, treaty, day).status);
    if (nextChange.isEmpty()) {
        QVERIFY(!row->nextChange);
    } else {
        QVERIFY(row->nextChange);
        QCOMPARE(row->nextChange->date.toString(), nextChange);
        QCOMPARE(row->nextChange->kind, StepKind::WithdrawalEffective);
        QCOMPARE(row->nextChange->treaty, treaty);
    }
}

void TestStatusTable::latestSpendingFigureOfTheDay_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QString>("iso3");
    QTest::addColumn<int>("year");
    QTest::addColumn<PledgeBasis>("basis");
    QTest::addColumn<double>("value");

    // Mid-2025 Poland's latest known figure is its 2025 plan; by December the NATO estimate
    // for 2025 has replaced it, and by March 2026 the adopted 2026 budget is known.
    QTest::newRow("POL mid-2025") << QDate(2025, 6, 1) << "POL" << 2025 << PledgeBasis::Plan << 4.7;
    QTest::newRow("POL late 2025")
        << QDate(2025, 12, 1) << "POL" << 2025 << PledgeBasis::Estimate << 4.48;
    QTest::newRow("POL 2026") << QDate(2026, 3, 1) << "POL" << 2026 << PledgeBasis::Budget << 4.8;
    // Moldova's strategy plans 1 % for 2034: in 2025 it spends its 2025 figure.
    QTest::newRow("MDA, a plan years ahead")
        << QDate(2025, 12, 1) << "MDA" << 2025 << PledgeBasis::Estimate << 0.5;
    // Lithuania's pledge of 5 % for 2026 is a promise, not a figure of the series.
    QTest::newRow("LTU, beside a pledge")
        << QDate(2026, 3, 1) << "LTU" << 2026 << PledgeBasis::Budget << 5.38;
}

void TestStatusTable::latestSpendingFigureOfTheDay()
{
    QFETCH(QDate, day);
    QFETCH(QString, iso3);
    const StatusTable table = statusTable(m_dataset, day, core::TreatyChoice::Both);
    const std::optional<Pledge> spending = rowOf(table, iso3)->spending;
    QVERIFY(spending);
    QCOMPARE(spending->unit, PledgeUnit::PercentGdp);
    QTEST(spending->targetYear, "year");
    QTEST(spending->basis, "basis");
    QTEST(spending->value, "value");
}

void TestStatusTable::countsLeaveOutLaterRecords()
{
    const QList<Quote>& quotes = m_dataset.records().quotes;
    const QList<TroopNote>& notes = m_dataset.records().troopNotes;
    for (const QDate day : {QDate(2025, 6, 1), QDate(2026, 3, 1)}) {
        const StatusTable table = statusTable(m_dataset, day, core::TreatyChoice::Both);
        for (const char* iso3 : {"POL", "LTU"}) {
            const StatusTableRow* row = rowOf(table, iso3);
            QCOMPARE(row->quotes, countOn(quotes, iso3, day, &Quote::saidOn));
            QCOMPARE(row->troopNotes, countOn(notes, iso3, day, &TroopNote::date));
        }
    }
    const StatusTable before = statusTable(m_dataset, {2025, 6, 1}, core::TreatyChoice::Both);
    const StatusTable after = statusTable(m_dataset, {2026, 3, 1}, core::TreatyChoice::Both);
    QVERIFY(rowOf(after, "POL")->quotes > rowOf(before, "POL")->quotes);
    QVERIFY(rowOf(after, "POL")->troopNotes > rowOf(before, "POL")->troopNotes);
}

void TestStatusTable::columnNames()
{
    QCOMPARE(treatyColumnName(*m_dataset.findTreaty("ottawa")), QStringLiteral("Ottawa"));
    QCOMPARE(treatyColumnName(*m_dataset.findTreaty("ccm")), QStringLiteral("CCM"));
    Treaty oneWord;
    oneWord.shortName = QStringLiteral("Geneva");
    QCOMPARE(treatyColumnName(oneWord), QStringLiteral("Geneva"));
}

QTEST_GUILESS_MAIN(TestStatusTable)
#include "tst_status_table.moc"
