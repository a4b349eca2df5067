#include "story_writer.h"

#include "step_comparison.h"
#include "story_reader.h"

#include "core/atomic_file.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace flank::story {

namespace {

QJsonObject stepToJson(const StoryStep& step)
{
    QJsonObject object;
    object.insert(QStringLiteral("title"), step.title);
    if (!step.caption.isEmpty())
        object.insert(QStringLiteral("caption"), step.caption);
    object.insert(QStringLiteral("view"), step.state.toJson());
    if (step.seconds)
        object.insert(QStringLiteral("seconds"), *step.seconds);
    // Written only when it differs from the default, so plain stories stay short.
    if (!step.showAnnotations || !step.annotationsFile.isEmpty()) {
        QJsonObject annotations;
        annotations.insert(QStringLiteral("shown"), step.showAnnotations);
        if (!step.annotationsFile.isEmpty())
            annotations.insert(QStringLiteral("file"), step.annotationsFile);
        object.insert(QStringLiteral("annotations"), annotations);
    }
    if (step.comparison.kind != core::Comparison::None)
        object.insert(QStringLiteral("compare"), stepComparisonToJson(step.comparison));
    return object;
}

} // namespace

QByteArray storyToJson(const Story& story)
{
    QJsonObject object;
    object.insert(QStringLiteral("format"), QStringLiteral("flank-story"));
    object.insert(QStringLiteral("formatVersion"), kStoryFormatVersion);
    object.insert(QStringLiteral("title"), story.title);
    object.insert(QStringLiteral("transitions"), story.transitions);
    object.insert(QStringLiteral("transitionSeconds"), story.transitionSeconds);
    QJsonArray steps;
    for (const StoryStep& step : story.steps)
        steps.append(stepToJson(step));
    object.insert(QStringLiteral("steps"), steps);
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QString saveStory(const Story& story, const QString& path)
{
    return core::writeFileAtomically(path, storyToJson(story));
}

} // namespace flank::story
