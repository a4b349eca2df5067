#include "comparison_options.h"

#include "view_options.h"

#include <QRegularExpression>

namespace flank::core {

namespace {

const QString kCompare = QStringLiteral("compare");
const QString kMultiples = QStringLiteral("multiples");
const QString kColumns = QStringLiteral("columns");
const QString kTreaties = QStringLiteral("compare-treaties");

// Whether an option the parser may not know was given: isSet() warns about unknown names.
bool given(const QCommandLineParser& parser, const QString& name)
{
    return parser.optionNames().contains(name);
}

} // namespace

QString comparisonOption(Comparison kind)
{
    switch (kind) {
    case Comparison::Dates:
        return QStringLiteral("--") + kCompare;
    case Comparison::Multiples:
        return QStringLiteral("--") + kMultiples;
    case Comparison::Treaties:
        return QStringLiteral("--") + kTreaties;
    case Comparison::None:
        break;
    }
    return {};
}

void ComparisonOptionReader::addTo(QCommandLineParser& parser, const QString& note) const
{
    const QString end = note.isEmpty() ? QString() : QLatin1Char(' ') + note;
    parser.addOptions({
        {kCompare,
         QStringLiteral("Two maps side by side, one per date, with one legend: D1,D2 "
                        "(YYYY-MM-DD).") +
             end,
         QStringLiteral("dates")},
        {kMultiples,
         QStringLiteral("A grid of 2 to 12 maps, one per date: D1,D2,... or yearly:FIRST-LAST "
                        "(1 January of each year).") +
             end,
         QStringLiteral("dates")},
        {kColumns,
         QStringLiteral("Columns of the --multiples grid, 1 to 12 (default: chosen "
                        "for the picture's shape)."),
         QStringLiteral("n")},
        {kTreaties,
         QStringLiteral("The Ottawa Convention left and the CCM right, on --date.") + end},
    });
}

QString ComparisonOptionReader::parseDates(const QString& option, const QString& text,
                                           QList<QDate>& dates)
{
    dates.clear();
    static const QRegularExpression kYearly(QStringLiteral(R"(^\s*yearly:(\d{4})-(\d{4})\s*$)"));
    if (const QRegularExpressionMatch yearly = kYearly.match(text); yearly.hasMatch()) {
        const int first = yearly.captured(1).toInt(), last = yearly.captured(2).toInt();
        if (last <= first || last - first >= kMaxMultiples)
            return QStringLiteral("--%1: '%2' is not yearly:FIRST-LAST with FIRST before LAST "
                                  "and at most %3 years")
                .arg(option, text)
                .arg(kMaxMultiples);
        for (int year = first; year <= last; ++year)
            dates << QDate(year, 1, 1);
        return {};
    }
    for (const QString& part : text.split(QLatin1Char(','))) {
        const auto date = ViewOptionReader::parseDate(part);
        if (!date)
            return ViewOptionReader::dateError(option, part.trimmed());
        dates << *date;
    }
    return {};
}

QString ComparisonOptionReader::read(const QCommandLineParser& parser,
                                     ComparisonRequest& request) const
{
    const bool compare = parser.isSet(kCompare), multiples = parser.isSet(kMultiples);
    const bool treaties = parser.isSet(kTreaties);
    if (int(compare) + int(multiples) + int(treaties) > 1)
        return QStringLiteral("--compare, --multiples and --compare-treaties cannot be used "
                              "together");
    if (parser.isSet(kColumns) && !multiples)
        return QStringLiteral("--columns: only with --multiples");
    if (compare || multiples) {
        const QString& option = compare ? kCompare : kMultiples;
        if (given(parser, QStringLiteral("date")))
            return QStringLiteral("--%1: the maps' dates are in its list; leave out --date")
                .arg(option);
        QList<QDate> dates;
        if (QString error = parseDates(option, parser.value(option), dates); !error.isEmpty())
            return error;
        if (compare && dates.size() != 2)
            return QStringLiteral("--compare: give two dates, D1,D2 (got %1)").arg(dates.size());
        if (multiples && (dates.size() < kMinMultiples || dates.size() > kMaxMultiples))
            return QStringLiteral("--multiples: give from %1 to %2 dates (got %3)")
                .arg(kMinMultiples)
                .arg(kMaxMultiples)
                .arg(dates.size());
        request.kind = compare ? Comparison::Dates : Comparison::Multiples;
        request.dates = dates;
    }
    if (treaties) {
        if (given(parser, QStringLiteral("treaty")))
            return QStringLiteral("--compare-treaties: the maps are Ottawa and CCM; leave out "
                                  "--treaty");
        request.kind = Comparison::Treaties;
        request.dates.clear();
    }
    if (parser.isSet(kColumns)) {
        bool ok = false;
        const int columns = parser.value(kColumns).trimmed().toInt(&ok);
        if (!ok || columns < 1 || columns > kMaxColumns)
            return QStringLiteral("--columns: '%1' is not a number of columns from 1 to %2")
                .arg(parser.value(kColumns))
                .arg(kMaxColumns);
        request.columns = columns;
    }
    return {};
}

} // namespace flank::core
