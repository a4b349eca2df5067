#include "story_reader.h"

#include "posture/json_reader.h"
#include "posture/record_reader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace flank::story {

namespace {

using posture::JsonNode;
using posture::Need;
using posture::RecordReader;

constexpr int kMaxSteps = 1000;
constexpr double kMinTransitionSeconds = 0.2;
constexpr double kMaxTransitionSeconds = 10.0;

// MapState reads QJson values; the positions stay in the JsonNode tree for messages.
QJsonValue toQJson(const JsonNode& node)
{
    switch (node.type) {
    case JsonNode::Type::Null:
        return QJsonValue::Null;
    case JsonNode::Type::Bool:
        return node.boolean;
    case JsonNode::Type::Number:
        return node.number;
    case JsonNode::Type::String:
        return node.text;
    case JsonNode::Type::Array: {
        QJsonArray array;
        for (const JsonNode& item : node.items)
            array.append(toQJson(item));
        return array;
    }
    case JsonNode::Type::Object: {
        QJsonObject object;
        for (const posture::JsonMember& member : node.members)
            object.insert(member.key, toQJson(member.value));
        return object;
    }
    }
    return QJsonValue::Null;
}

// The node a JSON Pointer names, or the deepest existing node on its way.
const JsonNode& nodeAt(const JsonNode& root, const QString& pointer)
{
    const JsonNode* node = &root;
    const QStringList tokens = pointer.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (const QString& token : tokens) {
        const JsonNode* next = nullptr;
        if (node->isObject()) {
            next = node->member(token);
        } else if (node->isArray()) {
            bool ok = false;
            const qsizetype index = token.toLongLong(&ok);
            if (ok && index >= 0 && index < qsizetype(node->items.size()))
                next = &node->items[size_t(index)];
        }
        if (!next)
            break;
        node = next;
    }
    return *node;
}

const QStringList& viewKeys()
{
    static const QStringList keys{
        QStringLiteral("date"),  QStringLiteral("treaty"),  QStringLiteral("overlayTreaty"),
        QStringLiteral("crs"),   QStringLiteral("extent"),  QStringLiteral("selection"),
        QStringLiteral("theme"), QStringLiteral("detail"),  QStringLiteral("decorations"),
        QStringLiteral("title"), QStringLiteral("subtitle")};
    return keys;
}

class Parser
{
public:
    explicit Parser(const QString& file) : m_file(file) {}

    StoryLoadResult parse(const QByteArray& data)
    {
        posture::JsonReadResult json = posture::JsonReader::read(data, m_file);
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
            readSteps(top, *steps, root);
        top.finish();
        return {m_story, m_issues};
    }

private:
    void readSteps(RecordReader& top, const JsonNode& steps, const JsonNode& root)
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
            readStep(steps.items[i], int(i), root);
    }

    void readStep(const JsonNode& node, int index, const JsonNode& root)
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
            else if (!readView(*view, pointer + QStringLiteral("/view"), root, step.state))
                reader.reject();
        }
        if (const JsonNode* annotations = reader.field(u"annotations", Need::Optional))
            readAnnotations(*annotations, step, reader);
        reader.finish();
        if (reader.ok())
            m_story.steps << step;
    }

    bool readView(const JsonNode& view, const QString& pointer, const JsonNode& root,
                  core::MapState& state)
    {
        core::Issues issues;
        state = core::MapState::fromJson(toQJson(view).toObject(), &issues, m_file, pointer);
        for (core::Issue& issue : issues) {
            const JsonNode& at = nodeAt(root, issue.place);
            issue.line = at.line;
            issue.column = at.column;
        }
        for (const posture::JsonMember& member : view.members)
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
    if (file.size() > posture::JsonReader::kMaxFileBytes)
        return {Story(),
                {core::makeError(path, QStringLiteral("the file is too large for a story"))}};
    return parseStory(file.readAll(), path);
}

} // namespace flank::story
