#include "record_reader.h"

#include "safe_link.h"

#include <QRegularExpression>

#include <cmath>

namespace flank::posture {

namespace {

QString typeNameOf(JsonNode::Type type)
{
    JsonNode node;
    node.type = type;
    return node.typeName();
}

// Long values are shortened in messages; a 1 MB string must not become a 1 MB message.
QString excerpt(const QString& text)
{
    constexpr qsizetype kMaxLength = 60;
    return text.size() <= kMaxLength ? text : text.left(kMaxLength) + QStringLiteral("\u2026");
}

} // namespace

QString quoted(const QString& text)
{
    return QStringLiteral("\"%1\"").arg(excerpt(text));
}

RecordReader::RecordReader(const JsonNode& object, const QString& kind, const QString& file,
                           core::Issues& issues)
    : m_object(object), m_kind(kind), m_label(kind), m_file(file), m_issues(issues)
{
}

void RecordReader::setId(const QString& id)
{
    if (!id.isEmpty())
        m_label = QStringLiteral("%1 %2").arg(m_kind, quoted(id));
}

void RecordReader::error(int line, int column, const QString& message)
{
    m_ok = false;
    m_issues << core::makeError(m_file, QStringLiteral("%1: %2").arg(m_label, message), line,
                                column);
}

void RecordReader::error(const JsonNode& at, const QString& message)
{
    error(at.line, at.column, message);
}

void RecordReader::warning(const JsonNode& at, const QString& message)
{
    m_issues << core::makeWarning(m_file, QStringLiteral("%1: %2").arg(m_label, message), at.line,
                                  at.column);
}

const JsonNode* RecordReader::field(QStringView key, Need need)
{
    m_known.insert(key.toString());
    const JsonNode* node = m_object.member(key);
    if (!node && need == Need::Required)
        error(m_object, QStringLiteral("missing required field \"%1\"").arg(key));
    return node;
}

const JsonNode* RecordReader::typed(QStringView key, Need need, JsonNode::Type type)
{
    const JsonNode* node = field(key, need);
    if (!node)
        return nullptr;
    if (node->type != type) {
        error(*node, QStringLiteral("\"%1\" must be %2, not %3")
                         .arg(key, typeNameOf(type), node->typeName()));
        return nullptr;
    }
    return node;
}

QString RecordReader::string(QStringView key, Need need)
{
    const JsonNode* node = typed(key, need, JsonNode::Type::String);
    if (!node)
        return {};
    if (need == Need::Required && node->text.trimmed().isEmpty())
        error(*node, QStringLiteral("\"%1\" must not be empty").arg(key));
    return node->text;
}

std::optional<PartialDate> RecordReader::date(QStringView key, Need need)
{
    const JsonNode* node = typed(key, need, JsonNode::Type::String);
    if (!node)
        return std::nullopt;
    const std::optional<PartialDate> date = PartialDate::fromString(node->text);
    if (!date)
        error(*node, QStringLiteral("\"%1\" is not a date of the form YYYY-MM-DD, YYYY-MM or "
                                    "YYYY: %2")
                         .arg(key, quoted(node->text)));
    return date;
}

std::optional<double> RecordReader::number(QStringView key, Need need)
{
    const JsonNode* node = typed(key, need, JsonNode::Type::Number);
    if (!node)
        return std::nullopt;
    if (!std::isfinite(node->number)) {
        error(*node, QStringLiteral("\"%1\" is out of range, not a finite number: %2")
                         .arg(key, excerpt(node->text)));
        return std::nullopt;
    }
    return node->number;
}

std::optional<int> RecordReader::integer(QStringView key, int minimum, int maximum, Need need)
{
    const JsonNode* node = field(key, need);
    const std::optional<double> value = node ? number(key, need) : std::nullopt;
    if (!value)
        return std::nullopt;
    if (std::floor(*value) != *value) {
        error(*node, QStringLiteral("\"%1\" must be a whole number, not %2").arg(key, node->text));
        return std::nullopt;
    }
    if (*value < minimum || *value > maximum) {
        error(*node, QStringLiteral("\"%1\" must be between %2 and %3, not %4")
                         .arg(key)
                         .arg(minimum)
                         .arg(maximum)
                         .arg(excerpt(node->text)));
        return std::nullopt;
    }
    return static_cast<int>(*value);
}

std::optional<bool> RecordReader::boolean(QStringView key, Need need)
{
    const JsonNode* node = typed(key, need, JsonNode::Type::Bool);
    return node ? std::optional<bool>(node->boolean) : std::nullopt;
}

QString RecordReader::iso3(QStringView key, Need need, const QStringList& alsoAllowed)
{
    static const QRegularExpression kIso3(QStringLiteral("^[A-Z]{3}$"));
    const JsonNode* node = typed(key, need, JsonNode::Type::String);
    if (!node)
        return {};
    if (alsoAllowed.contains(node->text) || kIso3.match(node->text).hasMatch())
        return node->text;
    QString allowed = QStringLiteral("an ISO 3166-1 alpha-3 code (three capital letters)");
    for (const QString& extra : alsoAllowed)
        allowed += QStringLiteral(" or %1").arg(quoted(extra));
    error(*node, QStringLiteral("\"%1\" must be %2, not %3").arg(key, allowed, quoted(node->text)));
    return {};
}

QString RecordReader::url(QStringView key, Need need)
{
    const JsonNode* node = typed(key, need, JsonNode::Type::String);
    if (!node)
        return {};
    if (!isSafeLink(node->text)) {
        error(*node, QStringLiteral("\"%1\" must be an http or https link with a host, not %2")
                         .arg(key, quoted(node->text)));
        return {};
    }
    if (node->text.startsWith(QLatin1String("http:"), Qt::CaseInsensitive))
        warning(*node, QStringLiteral("\"%1\" uses http; prefer the https address").arg(key));
    return node->text;
}

QString RecordReader::choice(QStringView key, const QStringList& allowed, Need need)
{
    const JsonNode* node = typed(key, need, JsonNode::Type::String);
    if (!node)
        return {};
    if (!allowed.contains(node->text)) {
        error(*node, QStringLiteral("\"%1\" must be one of %2, not %3")
                         .arg(key, allowed.join(QStringLiteral(", ")), quoted(node->text)));
        return {};
    }
    return node->text;
}

void RecordReader::finish()
{
    for (const JsonMember& member : m_object.members)
        if (!m_known.contains(member.key))
            m_issues << core::makeWarning(
                m_file,
                QStringLiteral("%1: unknown field %2 (ignored)").arg(m_label, quoted(member.key)),
                member.line, member.column);
}

} // namespace flank::posture
