#include "issue.h"

#include <algorithm>

namespace flank::core {

QString Issue::toString() const
{
    QString where = file;
    if (line > 0) {
        where += QStringLiteral(":%1").arg(line);
        if (column > 0)
            where += QStringLiteral(":%1").arg(column);
    }
    if (!place.isEmpty())
        where += QStringLiteral(" [%1]").arg(place);
    const QString kind =
        severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
    return QStringLiteral("%1: %2: %3").arg(where, kind, message);
}

bool hasErrors(const Issues& issues)
{
    return std::any_of(issues.begin(), issues.end(),
                       [](const Issue& issue) { return issue.severity == Severity::Error; });
}

Issue makeError(const QString& file, const QString& message, int line, int column)
{
    return Issue{Severity::Error, file, line, column, {}, message};
}

Issue makeWarning(const QString& file, const QString& message, int line, int column)
{
    return Issue{Severity::Warning, file, line, column, {}, message};
}

} // namespace flank::core
