// The HTML map as a file: one page whose script and style are allowed by their hashes alone,
// with the data as JSON that no text can break out of. The browser test (tests/browser) checks
// what the page does.
#include "cli_run.h"
#include "export/html_data.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace flank;
using test::runExport;

namespace {

// The text between `open` and the next "</script>" or "</style>" after it.
QByteArray elementText(const QByteArray& html, const QByteArray& open, const QByteArray& close)
{
    const qsizetype start = html.indexOf(open);
    if (start < 0)
        return {};
    const qsizetype from = start + open.size();
    return html.mid(from, html.indexOf(close, from) - from);
}

QByteArray hashSource(const QByteArray& text)
{
    return "'sha256-" + QCryptographicHash::hash(text, QCryptographicHash::Sha256).toBase64() + "'";
}

} // namespace

class TestHtmlExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void writesOnePageThatFetchesNothing()
    {
        const QString file = m_dir.filePath(QStringLiteral("map.html"));
        const test::CliRun run = runExport({QStringLiteral("-o"), file, QStringLiteral("--scale"),
                                            QStringLiteral("110m"), QStringLiteral("--date"),
                                            QStringLiteral("2025-12-01")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.errors));
        const QByteArray html = test::readAll(file);
        QVERIFY(html.startsWith("<!DOCTYPE html>"));

        const QByteArray policy =
            elementText(html, "<meta http-equiv=\"Content-Security-Policy\" content=\"", "\"");
        QVERIFY(policy.startsWith("default-src 'none'"));
        const QByteArray script = elementText(html, "<script>", "</script>");
        const QByteArray style = elementText(html, "<style>", "</style>");
        QVERIFY(!script.isEmpty() && !style.isEmpty());
        QVERIFY(policy.contains("script-src " + hashSource(script) + ";"));
        QVERIFY(policy.contains("style-src " + hashSource(style) + ";"));
        // Nothing to fetch: no external script, style, image or frame.
        QVERIFY(!html.contains("<script src"));
        QVERIFY(!html.contains("<link"));
        QVERIFY(!html.contains("<iframe"));
        QCOMPARE(html.count("</script>"), 2);

        const QByteArray json =
            elementText(html, "<script type=\"application/json\" id=\"map-data\">", "</script>");
        QJsonParseError error;
        const QJsonObject data = QJsonDocument::fromJson(json, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const qsizetype dates = data.value(QLatin1String("dates")).toArray().size();
        QVERIFY(dates > 10);
        const QJsonObject poland =
            data.value(QLatin1String("states")).toObject().value(QLatin1String("POL")).toObject();
        QCOMPARE(poland.value(QLatin1String("status"))
                     .toObject()
                     .value(QLatin1String("ottawa"))
                     .toArray()
                     .size(),
                 dates);
        QVERIFY(data.value(QLatin1String("briefings")).toObject().contains(QLatin1String("LTU")));
        // Every state of the dataset is in the picture, grouped by its code.
        QVERIFY(html.contains("class=\"state\" data-iso3=\"POL\""));
    }

    void dataTextCannotCloseItsScript()
    {
        const QJsonObject data{
            {QStringLiteral("quote"), QStringLiteral("</script><script>alert(1)</script><!--")}};
        const QByteArray json = exporting::scriptSafeJson(data);
        QVERIFY(!json.contains('<'));
        QCOMPARE(QJsonDocument::fromJson(json).object(), data);
    }

    void refusesASheetOfMaps()
    {
        const QString file = m_dir.filePath(QStringLiteral("compare.html"));
        const QString problem = test::refusal(
            file, {QStringLiteral("--compare"), QStringLiteral("2025-01-01,2026-03-01")},
            QStringLiteral("an HTML map holds one map with its own timeline"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
};

QTEST_GUILESS_MAIN(TestHtmlExport)
#include "tst_html_export.moc"
