#include "csl_schema_check.h"

#include "posture/citation_formats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace flank::posture;

namespace {

Source source(const QString& id, const QString& title, const QString& date)
{
    Source s;
    s.id = id;
    s.outlet = QStringLiteral("Reuters");
    s.title = title;
    s.date = *PartialDate::fromString(date);
    s.url = QStringLiteral("https://www.reuters.com/world/europe/a-b_c?x=1%2C2#top");
    s.checked = *PartialDate::fromString(u"2026-12-02");
    return s;
}

} // namespace

class CitationFormatsTest : public QObject
{
    Q_OBJECT

private slots:
    void bibtexEscapesLatexAndKeepsUrls()
    {
        const QString bib = formatCitations(
            {source("r-1", "Tanks & mines: 50% more {fast} $costs_#1 ~ ^\\", "2025-03-18")},
            CitationFormat::BibTeX);
        QVERIFY2(bib.startsWith("@misc{r-1,\n"), qPrintable(bib));
        QVERIFY2(bib.contains(R"(title = {Tanks \& mines: 50\% more \{fast\} \$costs\_\#1 )"
                              R"(\textasciitilde{} \textasciicircum{}\textbackslash{}})"),
                 qPrintable(bib));
        QVERIFY(bib.contains("  month = mar,\n"));
        QVERIFY(bib.contains("  year = {2025}"));
        QVERIFY(bib.contains("  urldate = {2026-12-02}"));
        QVERIFY(bib.contains("url = {https://www.reuters.com/world/europe/a-b_c?x=1%2C2#top}"));
        // Every brace opened is closed: the parser would otherwise swallow the next entry.
        int depth = 0;
        QString unescaped = bib;
        unescaped.remove("\\{").remove("\\}");
        for (const QChar c : std::as_const(unescaped)) {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            QVERIFY(depth >= 0);
        }
        QCOMPARE(depth, 0);
    }

    void bibtexMonthAndDayOnlyWhenKnown()
    {
        const QString bib =
            formatCitations({source("y", "Year only", "2024")}, CitationFormat::BibTeX);
        QVERIFY(!bib.contains("month"));
        QVERIFY(bib.contains("date = {2024}"));
    }

    void risLinesEndInCrLfAndCloseEachEntry()
    {
        Source copy = source("c", "Copied", "2025-05");
        copy.kind = SourceKind::Copy;
        copy.copyOf =
            SourceOrigin{"Yle", "Original title", *PartialDate::fromString(u"2025-05-02"), {}};
        const QString ris =
            formatCitations({source("a", "First", "2025-03-18"), copy}, CitationFormat::Ris);
        const QStringList lines = ris.split("\r\n");
        QVERIFY(!ris.contains(QRegularExpression("[^\r]\n")));
        QCOMPARE(lines.filter(QRegularExpression("^TY  - ")).size(), 2);
        QCOMPARE(lines.filter(QRegularExpression("^ER  - $")).size(), 2);
        for (const QString& line : lines)
            QVERIFY2(line.isEmpty() ||
                         QRegularExpression("^[A-Z][A-Z0-9]  - ").match(line).hasMatch(),
                     qPrintable(line));
        QVERIFY(lines.contains("DA  - 2025/03/18/"));
        QVERIFY(lines.contains("DA  - 2025/05//"));
        QVERIFY(lines.contains("Y2  - 2026/12/02/"));
        QVERIFY(lines.filter("N1  - Republished copy of an article by Yle").size() == 1);
    }

    void cslJsonFollowsTheSchema()
    {
        Source copy = source("c", "Copied", "2025-05");
        copy.kind = SourceKind::Copy;
        copy.language = "lt";
        copy.copyOf =
            SourceOrigin{"LRT", "Originalas", *PartialDate::fromString(u"2025-05-02"), {}};
        const QJsonArray items =
            QJsonDocument::fromJson(
                formatCitations({source("a", "First", "2025-03-18"), copy}, CitationFormat::CslJson)
                    .toUtf8())
                .array();
        QCOMPARE(items.size(), 2);
        for (const QJsonValue& item : items)
            QVERIFY2(flank::test::cslItemProblem(item.toObject()).isEmpty(),
                     qPrintable(flank::test::cslItemProblem(item.toObject())));
        const QJsonObject first = items.at(0).toObject();
        QCOMPARE(first.value("issued").toObject().value("date-parts").toArray().at(0).toArray(),
                 (QJsonArray{2025, 3, 18}));
        QCOMPARE(first.value("URL").toString(), source("a", "", "2025").url);
        const QJsonObject second = items.at(1).toObject();
        QCOMPARE(second.value("original-publisher").toString(), QStringLiteral("LRT"));
        QCOMPARE(second.value("issued").toObject().value("date-parts").toArray().at(0).toArray(),
                 (QJsonArray{2025, 5}));
        QCOMPARE(second.value("language").toString(), QStringLiteral("lt"));
    }

    void schemaCheckRefusesWhatTheSchemaRefuses()
    {
        QVERIFY(
            !flank::test::cslItemProblem(QJsonObject{{"id", "x"}, {"type", "web page"}}).isEmpty());
        QVERIFY(!flank::test::cslItemProblem(
                     QJsonObject{{"id", "x"}, {"type", "webpage"}, {"url", "h"}})
                     .isEmpty());
        QVERIFY(!flank::test::cslItemProblem(
                     QJsonObject{{"id", "x"},
                                 {"type", "webpage"},
                                 {"issued", QJsonObject{{"date-parts", QJsonArray{}}}}})
                     .isEmpty());
    }

    void formatIdsRoundTrip()
    {
        for (const QString& id : citationFormatIds())
            QCOMPARE(citationFormatId(*citationFormatFromId(id)), id);
        QVERIFY(!citationFormatFromId("endnote"));
    }
};

QTEST_GUILESS_MAIN(CitationFormatsTest)
#include "tst_citation_formats.moc"
