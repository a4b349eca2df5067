#include "story_reader.h"

#include "step_comparison.h"

#include "core/json_reader.h"
#include "posture/record_reader.h"

#include <QFile>

namespace flank::story {

namespace {

using core::JsonNode;
using posture::Need;
using posture::RecordReader;

constexpr int kMaxSteps = 1000;
constexpr double kMinTransitionSeconds = 0.2;
constexpr double kMaxTransitionSeconds = 10.0;

const QStringList& viewKeys()
{
    static const QStringList keys{
        QStringLiteral("date"),   QStringLiteral("treaty"), QStringLiteral("overlayTreaty"),
        QStringLiteral("crs"),    QStringLiteral("extent"), QStringLiteral("selection"),
        QStringLiteral("theme"),  QStringLiteral("detail"), QStringLiteral("decorations"),
        QStringLiteral("layers"), QStringLiteral("title"),  QStringLiteral("subtitle")};
    return keys;
}

class Parser
{
public:
    explicit Parser(const QString& file) : m_file(file) {}

    StoryLoadResult parse(const QByteArray& data)
    {
        core::JsonReadResult json = core::JsonReader::read(data, m_file);
        m_issues = std::move(json.issues);
        if (!json.root)
            return {m_story, m_issues};
        const JsonNode& root = *json.root;
        if (!root.isObject()) {
            m_issues << core::makeError(
                m_file,
                QStringLiteral("the top level must be an object, not %1").arg(root.typeName()),
                root.line, root.column);
            return {m_story, m_issues};
        }
        RecordReader top(root, QStringLiteral("story"), m_file, m_issues);
        if (const JsonNode* format = top.field(u"format", Need::Required)) {
            if (!format->isString() || format->text != QLatin1String("flank-story"))
                top.error(*format, QStringLiteral("\"format\" must be \"flank-story\""));
        }
        const std::optional<int> version = top.integer(u"formatVersion", 1, 1'000'000);
        if (version && *version > kStoryFormatVersion) {
            top.error(*top.field(u"formatVersion", Need::Optional),
                      QStringLiteral("formatVersion %1 is newer than this Flank Atlas reads (%2)")
                          .arg(*version)
                          .arg(kStoryFormatVersion));
            return {m_story, m_issues};
        }
        m_story.title = top.string(u"title");
        m_story.transitions = top.boolean(u"transitions", Need::Optional).value_or(true);
        if (const auto seconds = top.number(u"transitionSeconds", Need::Optional)) {
            if (*seconds < kMinTransitionSeconds || *seconds > kMaxTransitionSeconds)
                top.error(*top.field(u"transitionSeconds", Need::Optional),
                          QStringLiteral("transitionSeconds must be from %1 to %2")
                              .arg(kMinTransitionSeconds)
                              .arg(kMaxTransitionSeconds));
            else
                m_story.transitionSeconds = *seconds;
        }
        if (const JsonNode* steps = top.field(u"steps", Need::Required))
            readSteps(top, *steps);
        top.finish();
        return {m_story, m_issues};
    }

private:
    void readSteps(RecordReader& top, const JsonNode& steps)
    {
        if (!steps.isArray()) {
            top.error(steps,
                      QStringLiteral("\"steps\" must be an array, not %1").arg(steps.typeName()));
            return;
        }
        if (steps.items.empty())
            top.error(steps, QStringLiteral("a story needs at least one step"));
        if (steps.items.size() > size_t(kMaxSteps)) {
            top.error(steps, QStringLiteral("a story has at most %1 steps").arg(kMaxSteps));
            return;
        }
        for (size_t i = 0; i < steps.items.size(); ++i)
            readStep(steps.items[i], int(i));
    }

    void readStep(const JsonNode& node, int index)
    {
        // Steps are counted from 1 as the presentation shows them; pointers count from 0.
        const QString label = QStringLiteral("step %1").arg(index + 1);
        const QString pointer = QStringLiteral("/steps/%1").arg(index);
        if (!node.isObject()) {
            m_issues << core::makeError(
                m_file, QStringLiteral("%1 must be an object, not %2").arg(label, node.typeName()),
                node.line, node.column);
            return;
        }
        RecordReader reader(node, label, m_file, m_issues);
        StoryStep step;
        step.title = reader.string(u"title");
        step.caption = reader.string(u"caption", Need::Optional);
        if (const JsonNode* view = reader.field(u"view", Need::Required)) {
            if (!view->isObject())
                reader.error(
                    *view,
                    QStringLiteral("\"view\" must be an object, not %1").arg(view->typeName()));
            else if (!readView(*view, pointer + QStringLiteral("/view"), step.state))
                reader.reject();
        }
        if (const auto seconds = reader.number(u"seconds", Need::Optional)) {
            if (*seconds < StoryStep::kMinSeconds || *seconds > StoryStep::kMaxSeconds)
                reader.error(*reader.field(u"seconds", Need::Optional),
                             QStringLiteral("seconds must be from %1 to %2")
                                 .arg(StoryStep::kMinSeconds)
                                 .arg(StoryStep::kMaxSeconds));
            else
                step.seconds = *seconds;
        }
        if (const JsonNode* annotations = reader.field(u"annotations", Need::Optional))
            readAnnotations(*annotations, step, reader);
        if (const JsonNode* compare = reader.field(u"compare", Need::Optional))
            step.comparison = readStepComparison(*compare, reader, m_file, m_issues)
                                  .value_or(core::ComparisonRequest());
        reader.finish();
        if (reader.ok())
            m_story.steps << step;
    }

    bool readView(const JsonNode& view, const QString& pointer, core::MapState& state)
    {
        core::Issues issues;
        state = core::MapState::fromJson(view, &issues, m_file, pointer);
        for (const core::JsonMember& member : view.members)
            if (!viewKeys().contains(member.key))
                issues << core::makeWarning(m_file,
                                            QStringLiteral("unknown view field %1 (ignored)")
                                                .arg(posture::quoted(member.key)),
                                            member.line, member.column);
        if (!view.member(u"date")) {
            core::Issue issue = core::makeError(m_file, QStringLiteral("the view needs a \"date\""),
                                                view.line, view.column);
            issue.place = pointer;
            issues << issue;
        }
        m_issues << issues;
        return !core::hasErrors(issues);
    }

    void readAnnotations(const JsonNode& node, StoryStep& step, RecordReader& stepReader)
    {
        if (!node.isObject()) {
            stepReader.error(
                node,
                QStringLiteral("\"annotations\" must be an object, not %1").arg(node.typeName()));
            return;
        }
        RecordReader reader(node, stepReader.label() + QStringLiteral(" annotations"), m_file,
                            m_issues);
        step.showAnnotations = reader.boolean(u"shown", Need::Optional).value_or(true);
        step.annotationsFile = reader.string(u"file", Need::Optional);
        reader.finish();
        if (!reader.ok())
            stepReader.reject();
    }

    QString m_file;
    core::Issues m_issues;
    Story m_story;
};

} // namespace

StoryLoadResult parseStory(const QByteArray& data, const QString& fileName)
{
    return Parser(fileName).parse(data);
}

StoryLoadResult loadStory(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {Story(),
                {core::makeError(path, QStringLiteral("cannot open: %1").arg(file.errorString()))}};
    if (file.size() > core::JsonReader::kMaxFileBytes)
        return {Story(),
                {core::makeError(path, QStringLiteral("the file is too large for a story"))}};
    return parseStory(file.readAll(), path);
}

} // namespace flank::story
