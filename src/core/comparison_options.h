#pragma once

#include <QCommandLineParser>
#include <QDate>
#include <QList>
#include <QString>

namespace flank::core {

// Several maps of one view on one picture.
enum class Comparison
{
    None,
    Dates,     // --compare D1,D2: two dates side by side
    Multiples, // --multiples D1,...: a grid of dates
    Treaties,  // --compare-treaties: Ottawa left, CCM right, on one date
};

inline constexpr int kMinMultiples = 2, kMaxMultiples = 12, kMaxColumns = 12;

struct ComparisonRequest
{
    Comparison kind = Comparison::None;
    QList<QDate> dates; // as given: left to right, then row by row
    int columns = 0;    // 0: chosen for the picture's shape

    friend bool operator==(const ComparisonRequest&, const ComparisonRequest&) = default;
};

// "--compare", "--multiples" or "--compare-treaties": what messages about a comparison name.
QString comparisonOption(Comparison kind);

// Reads --compare, --multiples, --columns and --compare-treaties, the same for every command
// that offers them. Dates are read as --date reads them.
class ComparisonOptionReader
{
public:
    // `note` ends the help of each comparison: what the command does with several maps beyond
    // drawing them on one picture.
    void addTo(QCommandLineParser& parser, const QString& note = {}) const;
    // Applies the options given to `request`; an error message that starts with the option's
    // name, or an empty string. Refuses --date with a list of dates and --treaty with the
    // treaties compared, when the parser has those options.
    QString read(const QCommandLineParser& parser, ComparisonRequest& request) const;

    // "2024-01-01,2025-01-01" or "yearly:2024-2026" (1 January of each year) for `option`
    // ("compare"); an error message naming it, or an empty string.
    static QString parseDates(const QString& option, const QString& text, QList<QDate>& dates);
};

} // namespace flank::core
