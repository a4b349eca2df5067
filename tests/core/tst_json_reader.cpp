#include "core/json_reader.h"

#include <QtTest>

#include <cmath>

using namespace flank::core;

class JsonReaderTest : public QObject
{
    Q_OBJECT

private slots:
    void recordsWhereEachValueStarts()
    {
        const JsonReadResult read = JsonReader::read(
            "{\"a\": [1, true],\n  \"\u00e9\": \"\u00fcber\", \"n\": null}", "t.json");
        QVERIFY(read.issues.isEmpty());
        QVERIFY(read.root && read.root->isObject());
        const JsonNode& root = *read.root;
        QCOMPARE(root.members.size(), size_t(3));
        const JsonNode* list = root.member(u"a");
        QVERIFY(list && list->isArray());
        QCOMPARE(list->items.at(1).line, 1);
        QCOMPARE(list->items.at(1).column, 11);
        // Columns count characters: the two-byte key still takes one column.
        QCOMPARE(root.members.at(1).line, 2);
        QCOMPARE(root.members.at(1).value.column, 8);
        QCOMPARE(root.members.at(1).value.text, QStringLiteral("\u00fcber"));
        QVERIFY(root.member(u"n")->isNull());
    }

    void decodesEscapesAndNumbers()
    {
        const JsonReadResult read = JsonReader::read(
            R"(["\u00e9\ud83d\ude00\n\/", -0.5e2, 1e400, -1e400, 1e-400])", "t.json");
        QVERIFY(read.issues.isEmpty());
        const std::vector<JsonNode>& items = read.root->items;
        QCOMPARE(items.at(0).text, QStringLiteral("\u00e9\U0001F600\n/"));
        QCOMPARE(items.at(1).number, -50.0);
        QCOMPARE(items.at(2).text, QStringLiteral("1e400"));
        QVERIFY(std::isinf(items.at(2).number) && items.at(2).number > 0);
        QVERIFY(std::isinf(items.at(3).number) && items.at(3).number < 0);
        QCOMPARE(items.at(4).number, 0.0);
    }

    void reportsProblemsAtTheirPlace_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<bool>("hasRoot");
        QTest::newRow("empty") << QByteArray("  \n") << "it is empty" << 2 << 1 << false;
        QTest::newRow("truncated object")
            << QByteArray("{\"a\": 1,\n") << "ends inside the object opened at line 1, column 1"
            << 2 << 1 << false;
        QTest::newRow("trailing comma")
            << QByteArray("[1,\n 2,]") << "trailing commas are not JSON" << 2 << 4 << false;
        QTest::newRow("duplicate key") << QByteArray("{\"a\": 1,\n \"a\": 2}")
                                       << "duplicate key \"a\" (first at line 1, "
                                          "column 2)"
                                       << 2 << 2 << true;
        QTest::newRow("garbage after the document")
            << QByteArray("{}\n x") << "unexpected 'x' after the end" << 2 << 2 << true;
        QTest::newRow("unclosed string")
            << QByteArray("[\"abc\n\"]") << "not closed before the end of the line" << 1 << 2
            << false;
        QTest::newRow("invalid UTF-8")
            << QByteArray("[\"a\xff\"]") << "invalid UTF-8 byte 0xff" << 1 << 4 << true;
        QTest::newRow("bad escape")
            << QByteArray("[\"\\q\"]") << "invalid escape '\\q'" << 1 << 3 << true;
        QTest::newRow("lone surrogate")
            << QByteArray("[\"\\ud800\"]") << "half of a surrogate pair" << 1 << 3 << true;
        QTest::newRow("leading zero")
            << QByteArray("[01]") << "invalid number (a leading zero" << 1 << 2 << false;
        QTest::newRow("NaN") << QByteArray("[NaN]") << "expected a value, found 'N'" << 1 << 2
                             << false;
        QTest::newRow("misspelt literal")
            << QByteArray("[nul]") << "expected a value (true, false, null" << 1 << 2 << false;
        QTest::newRow("deep nesting")
            << QByteArray(300, '[') << "nested deeper than 256 levels" << 1 << 257 << false;
    }

    void reportsProblemsAtTheirPlace()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(bool, hasRoot);
        const JsonReadResult read = JsonReader::read(json, QStringLiteral("bad.json"));
        QVERIFY(hasErrors(read.issues));
        const Issue& issue = read.issues.constFirst();
        QVERIFY2(issue.message.contains(message), qPrintable(issue.toString()));
        QCOMPARE(issue.file, QStringLiteral("bad.json"));
        QCOMPARE(issue.line, line);
        QCOMPARE(issue.column, column);
        QCOMPARE(read.root.has_value(), hasRoot);
    }

    void warnsAboutAByteOrderMark()
    {
        const JsonReadResult read = JsonReader::read("\xEF\xBB\xBF{\"a\": 1}", "bom.json");
        QVERIFY(read.root);
        QVERIFY(!read.root->hasErrors);
        QVERIFY(!hasErrors(read.issues));
        QCOMPARE(read.issues.size(), 1);
        QCOMPARE(read.issues.first().severity, Severity::Warning);
        QCOMPARE(read.root->member(u"a")->column, 7);
    }

    void boundsLongStringsAndManyErrors()
    {
        const QByteArray huge = "[\"" + QByteArray(JsonReader::kMaxStringBytes + 10, 'x') + "\"]";
        const JsonReadResult longString = JsonReader::read(huge, "long.json");
        QVERIFY(longString.issues.first().message.contains("longer than 1 MiB"));
        QVERIFY(longString.root->items.at(0).text.isEmpty());

        QByteArray escapes = "[\"";
        for (int i = 0; i < 500; ++i)
            escapes += "\\q";
        const JsonReadResult many = JsonReader::read(escapes + "\"]", "many.json");
        QCOMPARE(many.issues.size(), JsonReader::kMaxIssues + 1);
        QVERIFY(many.issues.last().message.contains("too many errors"));
    }
};

QTEST_GUILESS_MAIN(JsonReaderTest)
#include "tst_json_reader.moc"
