#include "command_run.h"
#include "csl_schema_check.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

// `cite` as a user runs it on the bundled dataset, its BibTeX read back by a BibTeX parser
// (Debian's python3-bibtexparser) and its CSL-JSON checked against the CSL input schema's rules.
class CiteCommandTest : public QObject
{
    Q_OBJECT

private slots:
    void bibtexParsesToTheSameSourcesAsCslJson();
    void allSourcesFollowTheCslSchema();
    void risHasOneEntryPerSource();
    void refusals_data();
    void refusals();

private:
    static CommandRun run(const QStringList& arguments)
    {
        return runCommand(QStringLiteral(FLANK_EXECUTABLE), arguments);
    }
    static QJsonArray csl(const QString& state);
};

QJsonArray CiteCommandTest::csl(const QString& state)
{
    const CommandRun result = run({"cite", state, "--format", "csljson"});
    return result.exitCode == 0 ? QJsonDocument::fromJson(result.out.toUtf8()).array()
                                : QJsonArray();
}

void CiteCommandTest::bibtexParsesToTheSameSourcesAsCslJson()
{
    const QJsonArray items = csl("LTU");
    QVERIFY(items.size() >= 10);
    const CommandRun bib = run({"cite", "ltu", "--format", "bibtex"});
    QCOMPARE(bib.exitCode, 0);
    QTemporaryDir dir;
    QFile file(dir.filePath("ltu.bib"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bib.out.toUtf8());
    file.close();
    // The parser's view of each entry: key, type, url, urldate and whether it has a title.
    QProcess parser;
    parser.start("/usr/bin/python3", {"-c", R"(import sys, json, bibtexparser
from bibtexparser.bparser import BibTexParser
with open(sys.argv[1], encoding='utf-8') as f:
    db = bibtexparser.load(f, parser=BibTexParser(common_strings=True))
print(json.dumps([{'key': e['ID'], 'type': e['ENTRYTYPE'], 'url': e.get('url', ''),
                   'urldate': e.get('urldate', ''), 'title': bool(e.get('title')),
                   'month': e.get('month', '')} for e in db.entries]))
)",
                                      file.fileName()});
    QVERIFY(parser.waitForFinished(60000));
    QVERIFY2(parser.exitCode() == 0, parser.readAllStandardError().constData());
    const QJsonArray entries = QJsonDocument::fromJson(parser.readAllStandardOutput()).array();
    QCOMPARE(entries.size(), items.size());
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        const QJsonObject item = items.at(i).toObject();
        QCOMPARE(entry.value("key").toString(), item.value("id").toString());
        QCOMPARE(entry.value("type").toString(), QStringLiteral("misc"));
        QVERIFY(entry.value("title").toBool());
        QCOMPARE(entry.value("url").toString(), item.value("URL").toString());
        QVERIFY(!entry.value("urldate").toString().isEmpty());
        const QJsonArray issued =
            item.value("issued").toObject().value("date-parts").toArray().at(0).toArray();
        if (issued.size() >= 2) // common_strings turns "mar" into "March"
            QCOMPARE(QDate::fromString(entry.value("month").toString(), "MMMM").month(),
                     issued.at(1).toInt());
    }
}

void CiteCommandTest::allSourcesFollowTheCslSchema()
{
    const QJsonArray items = csl("all");
    QVERIFY(items.size() > 300);
    QSet<QString> ids;
    for (const QJsonValue& item : items) {
        const QString problem = flank::test::cslItemProblem(item.toObject());
        QVERIFY2(problem.isEmpty(),
                 qPrintable(item.toObject().value("id").toString() + ": " + problem));
        ids.insert(item.toObject().value("id").toString());
    }
    QCOMPARE(ids.size(), items.size());
}

void CiteCommandTest::risHasOneEntryPerSource()
{
    const CommandRun ris = run({"cite", "POL", "--format", "ris"});
    QCOMPARE(ris.exitCode, 0);
    QCOMPARE(ris.out.count("\r\nER  - \r\n"), qsizetype(csl("POL").size()));
    QVERIFY(ris.out.startsWith("TY  - ELEC\r\n"));
}

void CiteCommandTest::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no state") << QStringList{"cite"} << 2 << "or \"all\"";
    QTest::newRow("unknown state") << QStringList{"cite", "ATL"} << 1 << "no state \"ATL\"";
    QTest::newRow("unknown format")
        << QStringList{"cite", "POL", "--format", "endnote"} << 2 << "--format";
}

void CiteCommandTest::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const CommandRun result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

QTEST_GUILESS_MAIN(CiteCommandTest)
#include "tst_cite_command.moc"
