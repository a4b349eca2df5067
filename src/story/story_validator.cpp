#include "story_validator.h"

#include "step_comparison.h"

namespace flank::story {

namespace {

void report(core::Issues& issues, const QString& file, const QString& pointer,
            const QString& message)
{
    core::Issue issue = core::makeError(file, message);
    issue.place = pointer;
    issues << issue;
}

// The maps of a comparison need sensible dates, and the treaties compared must exist.
void validateComparison(core::Issues& issues, const core::ComparisonRequest& comparison,
                        const posture::Dataset& dataset, const QString& file, qsizetype index)
{
    if (comparison.kind == core::Comparison::None)
        return;
    const QString pointer = QStringLiteral("/steps/%1/compare").arg(index);
    const QString step = QStringLiteral("step %1").arg(index + 1);
    if (const QString problem = stepComparisonProblem(comparison); !problem.isEmpty())
        report(issues, file, pointer, QStringLiteral("%1: %2").arg(step, problem));
    if (comparison.kind != core::Comparison::Treaties)
        return;
    for (const QString& treaty : {QStringLiteral("ottawa"), QStringLiteral("ccm")})
        if (!dataset.findTreaty(treaty))
            report(issues, file, pointer,
                   QStringLiteral("%1: the dataset has no treaty \"%2\" to compare")
                       .arg(step, treaty));
}

} // namespace

core::Issues validateStory(const Story& story, const posture::Dataset& dataset, const QString& file)
{
    core::Issues issues;
    for (qsizetype i = 0; i < story.steps.size(); ++i) {
        const core::MapState& state = story.steps[i].state;
        const QString view = QStringLiteral("/steps/%1/view").arg(i);
        const QString step = QStringLiteral("step %1").arg(i + 1);
        if (!state.date.isValid())
            report(issues, file, view + QStringLiteral("/date"),
                   QStringLiteral("%1: no valid date").arg(step));
        const QString overlay = core::overlayTreatyId(state.treaty);
        for (const QString& treaty : core::treatyIds(state.treaty))
            if (!dataset.findTreaty(treaty))
                report(issues, file,
                       view + (treaty == overlay ? QStringLiteral("/overlayTreaty")
                                                 : QStringLiteral("/treaty")),
                       QStringLiteral("%1: the dataset has no treaty \"%2\"").arg(step, treaty));
        if (!state.selection.isEmpty() && !dataset.findState(state.selection))
            report(
                issues, file, view + QStringLiteral("/selection"),
                QStringLiteral("%1: the dataset has no state \"%2\"").arg(step, state.selection));
        validateComparison(issues, story.steps[i].comparison, dataset, file, i);
    }
    return issues;
}

} // namespace flank::story
