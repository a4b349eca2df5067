#include "posture/partial_date.h"

#include <QTest>

using flank::posture::PartialDate;

class TestPartialDate : public QObject
{
    Q_OBJECT

private slots:
    void parsesValid_data();
    void parsesValid();
    void rejectsInvalid_data();
    void rejectsInvalid();
    void ordersCoarserFirst();
    void convertsFromDate();
};

void TestPartialDate::parsesValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("month"); // 0: unknown
    QTest::addColumn<int>("day");   // 0: unknown
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");

    QTest::newRow("year") << "2025" << 0 << 0 << QDate(2025, 1, 1) << QDate(2025, 12, 31);
    QTest::newRow("month") << "2025-07" << 7 << 0 << QDate(2025, 7, 1) << QDate(2025, 7, 31);
    QTest::newRow("leap February")
        << "2024-02" << 2 << 0 << QDate(2024, 2, 1) << QDate(2024, 2, 29);
    QTest::newRow("day") << "2025-07-17" << 7 << 17 << QDate(2025, 7, 17) << QDate(2025, 7, 17);
    QTest::newRow("leap day") << "2024-02-29" << 2 << 29 << QDate(2024, 2, 29)
                              << QDate(2024, 2, 29);
    QTest::newRow("year one") << "0001" << 0 << 0 << QDate(1, 1, 1) << QDate(1, 12, 31);
}

void TestPartialDate::parsesValid()
{
    QFETCH(QString, text);
    QFETCH(int, month);
    QFETCH(int, day);
    QFETCH(QDate, first);
    QFETCH(QDate, last);

    const std::optional<PartialDate> date = PartialDate::fromString(text);
    QVERIFY(date);
    QVERIFY(date->isValid());
    QCOMPARE(date->month().value_or(0), month);
    QCOMPARE(date->day().value_or(0), day);
    QCOMPARE(date->isExact(), day != 0);
    QCOMPARE(date->first(), first);
    QCOMPARE(date->last(), last);
    QCOMPARE(date->toString(), text);
}

void TestPartialDate::rejectsInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("30 February") << "2025-02-30";
    QTest::newRow("29 February, no leap year") << "2023-02-29";
    QTest::newRow("unpadded") << "2025-2-3";
    QTest::newRow("unpadded day") << "2025-07-1";
    QTest::newRow("leading space") << " 2025";
    QTest::newRow("trailing space") << "2025 ";
    QTest::newRow("month 13") << "2025-13";
    QTest::newRow("month 0") << "2025-00";
    QTest::newRow("day 0") << "2025-07-00";
    QTest::newRow("day 32") << "2025-01-32";
    QTest::newRow("year 0") << "0000";
    QTest::newRow("two digits") << "25";
    QTest::newRow("five digits") << "20250";
    QTest::newRow("slashes") << "2025/07/01";
    QTest::newRow("with time") << "2025-07-17T00:00";
    QTest::newRow("plus sign") << "+2025";
    QTest::newRow("letters") << "abcd";
    QTest::newRow("full-width digits") << QStringLiteral("\uff12\uff10\uff12\uff15");
    QTest::newRow("empty") << "";
}

void TestPartialDate::rejectsInvalid()
{
    QFETCH(QString, text);
    QVERIFY(!PartialDate::fromString(text));
}

void TestPartialDate::ordersCoarserFirst()
{
    const auto date = [](const char* text) {
        return *PartialDate::fromString(QString::fromLatin1(text));
    };
    QVERIFY(date("2025") < date("2025-01"));
    QVERIFY(date("2025-01") < date("2025-01-01"));
    QVERIFY(date("2025-01-01") < date("2025-01-02"));
    QVERIFY(date("2025-01-02") < date("2025-02"));
    QVERIFY(date("2024-12-31") < date("2025"));
    QCOMPARE(date("2025-07"), date("2025-07"));
}

void TestPartialDate::convertsFromDate()
{
    QVERIFY(!PartialDate().isValid());
    QVERIFY(!PartialDate().first().isValid());
    QVERIFY(PartialDate().toString().isEmpty());
    QVERIFY(!PartialDate::fromDate(QDate()).isValid());
    const PartialDate date = PartialDate::fromDate(QDate(2025, 7, 10));
    QVERIFY(date.isExact());
    QCOMPARE(date.toString(), QStringLiteral("2025-07-10"));
}

QTEST_GUILESS_MAIN(TestPartialDate)
#include "tst_partial_date.moc"
