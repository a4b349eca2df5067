#include "data_failure_text.h"

#include <QCoreApplication>

#include <algorithm>

namespace flank::ui {

class DataMessages
{
    Q_DECLARE_TR_FUNCTIONS(flank::ui::DataMessages)
};

namespace {

qsizetype errorCount(const core::Issues& issues)
{
    return std::count_if(issues.begin(), issues.end(), [](const core::Issue& issue) {
        return issue.severity == core::Severity::Error;
    });
}

} // namespace

QString firstProblem(const core::Issues& issues)
{
    if (issues.isEmpty())
        return DataMessages::tr("the file has nothing the map can show");
    const auto error = std::find_if(issues.begin(), issues.end(), [](const core::Issue& issue) {
        return issue.severity == core::Severity::Error;
    });
    const core::Issue& issue = error != issues.end() ? *error : issues.constFirst();
    if (issue.line > 0)
        return DataMessages::tr("line %1, column %2: %3")
            .arg(issue.line)
            .arg(issue.column)
            .arg(issue.message);
    if (!issue.place.isEmpty())
        return DataMessages::tr("%1: %2").arg(issue.place, issue.message);
    return issue.message;
}

QString describeFailure(const render::DataFailure& failure)
{
    const bool countries = failure.file == render::DataFailure::File::Countries;
    const QString problem = firstProblem(failure.issues);
    if (!failure.replacement.isEmpty())
        return (countries ? DataMessages::tr(
                                "The country outlines in %1 could not be read: %2. The bundled "
                                "outlines from %3 are shown instead. Replace the file with a good "
                                "copy, or remove it.")
                          : DataMessages::tr(
                                "The posture data in %1 could not be read: %2. The bundled data "
                                "from %3 are shown instead. Correct the file (Data Issues lists "
                                "every problem), or remove it."))
            .arg(failure.path, problem, failure.replacement);
    if (failure.bundled)
        return (countries ? DataMessages::tr(
                                "The bundled country outlines in %1 could not be read: %2. The "
                                "map has no countries to draw. Reinstall Flank Atlas.")
                          : DataMessages::tr(
                                "The bundled posture data in %1 could not be read: %2. The map "
                                "shows no statuses. Reinstall Flank Atlas, or open a good copy "
                                "with File › Open Dataset…"))
            .arg(failure.path, problem);
    return (countries ? DataMessages::tr(
                            "The country outlines in %1 could not be read: %2; and the bundled "
                            "copy could not be used in their place.")
                      : DataMessages::tr(
                            "The posture data in %1 could not be read: %2; and the bundled copy "
                            "could not be used in their place."))
        .arg(failure.path, problem);
}

QString describeUnusableDataset(const QString& path, const core::Issues& issues)
{
    return DataMessages::tr(
               "%1 could not be opened as a dataset: %2. The map still shows the data it showed "
               "before.")
        .arg(path, firstProblem(issues));
}

QString describeSkippedRecords(const QString& path, const core::Issues& issues)
{
    return DataMessages::tr("%1 has errors (%2 in all); the first is at %3. Its valid records "
                            "are shown, and Data Issues lists every problem.")
        .arg(path, QString::number(errorCount(issues)), firstProblem(issues));
}

QString describeFailedReload(const QString& path, const core::Issues& issues)
{
    return DataMessages::tr("%1 changed, and the new version has errors; the first is at %2. The "
                            "map keeps the last version that could be read.")
        .arg(path, firstProblem(issues));
}

} // namespace flank::ui
