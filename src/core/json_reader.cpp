#include "json_reader.h"

#include "json_bytes.h"

#include <QHash>

#include <cctype>
#include <charconv>
#include <cmath>
#include <limits>
#include <utility>

namespace flank::core {

namespace {

using namespace json_bytes;

class Parser
{
public:
    Parser(const QByteArray& data, const QString& file)
        : m_data(reinterpret_cast<const unsigned char*>(data.constData())), m_size(data.size()),
          m_file(file)
    {
    }

    JsonReadResult run()
    {
        if (m_size > JsonReader::kMaxFileBytes) {
            m_issues << makeError(
                m_file, QStringLiteral("the file is %1 bytes, more than the 64 MiB a JSON file "
                                       "may have; it was not read")
                            .arg(m_size));
            return {std::nullopt, m_issues};
        }
        if (m_size >= 3 && m_data[0] == 0xEF && m_data[1] == 0xBB && m_data[2] == 0xBF) {
            m_issues << makeWarning(
                m_file,
                QStringLiteral("the file starts with a UTF-8 byte order mark; it was ignored, "
                               "but JSON files should not have one"),
                1, 1);
            m_pos = 3; // invisible in editors, so the next character is still column 1
        }
        skipWhitespace();
        if (atEnd()) {
            fail(m_line, m_column, QStringLiteral("the file holds no JSON value (it is empty)"));
            return {std::nullopt, m_issues};
        }
        JsonNode root;
        if (!parseValue(root, 1))
            return {std::nullopt, m_issues};
        skipWhitespace();
        if (!atEnd())
            error(m_line, m_column,
                  QStringLiteral("unexpected %1 after the end of the JSON document")
                      .arg(describeHere()));
        return {std::move(root), m_issues};
    }

private:
    bool atEnd() const { return m_pos >= m_size; }
    unsigned char peek() const { return m_data[m_pos]; }

    void advance()
    {
        const unsigned char c = m_data[m_pos++];
        if (c == '\n') {
            ++m_line;
            m_column = 1;
        } else if (!isContinuation(c)) {
            ++m_column; // columns count characters, not bytes
        }
    }

    void skipWhitespace()
    {
        while (!atEnd()) {
            const unsigned char c = peek();
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
                return;
            advance();
        }
    }

    QString describeHere() const
    {
        return atEnd() ? QStringLiteral("end of file")
                       : describeCharacter(m_data + m_pos, m_size - m_pos);
    }

    // A problem the reader can continue after. Returns false once there are too many to list.
    bool error(int line, int column, const QString& message)
    {
        if (m_stopped)
            return false;
        m_issues << makeError(m_file, message, line, column);
        if (++m_errorCount >= JsonReader::kMaxIssues) {
            m_issues << makeError(m_file, QStringLiteral("too many errors; stopped reading"), line,
                                  column);
            m_stopped = true;
        }
        return !m_stopped;
    }

    // A problem after which the rest of the text cannot be read.
    bool fail(int line, int column, const QString& message)
    {
        if (!m_stopped)
            m_issues << makeError(m_file, message, line, column);
        m_stopped = true;
        return false;
    }

    bool failHere(const QString& message) { return fail(m_line, m_column, message); }

    bool parseValue(JsonNode& node, int depth)
    {
        node.line = m_line;
        node.column = m_column;
        if (depth > JsonReader::kMaxDepth)
            return failHere(QStringLiteral("values nested deeper than %1 levels; the file was not "
                                           "read further")
                                .arg(JsonReader::kMaxDepth));
        if (atEnd())
            return failHere(
                QStringLiteral("the file ends where a value was expected (truncated?)"));
        const unsigned char c = peek();
        if (c == '{')
            return parseObject(node, depth);
        if (c == '[')
            return parseArray(node, depth);
        if (c == '"')
            return parseString(node);
        if (c == '-' || isDigit(c))
            return parseNumber(node);
        if (c == 't' || c == 'f' || c == 'n')
            return parseLiteral(node);
        return failHere(QStringLiteral("expected a value, found %1").arg(describeHere()));
    }

    bool parseObject(JsonNode& node, int depth)
    {
        node.type = JsonNode::Type::Object;
        const int openLine = m_line;
        const int openColumn = m_column;
        const auto endedInside = [&] {
            return failHere(QStringLiteral("the file ends inside the object opened at line %1, "
                                           "column %2 (truncated?)")
                                .arg(openLine)
                                .arg(openColumn));
        };
        advance();
        skipWhitespace();
        if (!atEnd() && peek() == '}') {
            advance();
            return true;
        }
        QHash<QString, std::pair<int, int>> seen;
        while (true) {
            skipWhitespace();
            if (atEnd())
                return endedInside();
            if (peek() == '}')
                return failHere(
                    QStringLiteral("a comma before '}' (trailing commas are not JSON)"));
            if (peek() != '"')
                return failHere(
                    QStringLiteral("expected a quoted key, found %1").arg(describeHere()));
            JsonMember member;
            member.line = m_line;
            member.column = m_column;
            JsonNode key;
            if (!parseString(key))
                return false;
            member.key = key.text;
            node.hasErrors = node.hasErrors || key.hasErrors;
            skipWhitespace();
            if (atEnd())
                return endedInside();
            if (peek() != ':')
                return failHere(QStringLiteral("expected ':' after the key \"%1\", found %2")
                                    .arg(member.key, describeHere()));
            advance();
            skipWhitespace();
            if (!parseValue(member.value, depth + 1))
                return false;
            node.hasErrors = node.hasErrors || member.value.hasErrors;
            const auto first = seen.constFind(member.key);
            if (first != seen.constEnd()) {
                // QJsonDocument would keep one silently; an edited file with two answers to one
                // question must not load either of them unnoticed.
                node.hasErrors = true;
                if (!error(member.line, member.column,
                           QStringLiteral("duplicate key \"%1\" (first at line %2, column %3)")
                               .arg(member.key)
                               .arg(first->first)
                               .arg(first->second)))
                    return false;
            } else {
                seen.insert(member.key, {member.line, member.column});
                node.members.push_back(std::move(member));
            }
            skipWhitespace();
            if (atEnd())
                return endedInside();
            if (peek() == ',') {
                advance();
                continue;
            }
            if (peek() == '}') {
                advance();
                return true;
            }
            return failHere(
                QStringLiteral("expected ',' or '}' in an object, found %1").arg(describeHere()));
        }
    }

    bool parseArray(JsonNode& node, int depth)
    {
        node.type = JsonNode::Type::Array;
        const int openLine = m_line;
        const int openColumn = m_column;
        advance();
        skipWhitespace();
        if (!atEnd() && peek() == ']') {
            advance();
            return true;
        }
        while (true) {
            skipWhitespace();
            if (!atEnd() && peek() == ']')
                return failHere(
                    QStringLiteral("a comma before ']' (trailing commas are not JSON)"));
            JsonNode item;
            if (!parseValue(item, depth + 1))
                return false;
            node.hasErrors = node.hasErrors || item.hasErrors;
            node.items.push_back(std::move(item));
            skipWhitespace();
            if (atEnd())
                return failHere(QStringLiteral("the file ends inside the array opened at line %1, "
                                               "column %2 (truncated?)")
                                    .arg(openLine)
                                    .arg(openColumn));
            if (peek() == ',') {
                advance();
                continue;
            }
            if (peek() == ']') {
                advance();
                return true;
            }
            return failHere(
                QStringLiteral("expected ',' or ']' in an array, found %1").arg(describeHere()));
        }
    }

    // Four hex digits after "\u"; -1 when they are not.
    int readHex4()
    {
        const int value = hex4Value(m_data + m_pos, m_size - m_pos);
        if (value >= 0)
            for (int i = 0; i < 4; ++i)
                advance();
        return value;
    }

    // After a backslash: appends the escaped character, or reports a malformed escape and marks
    // the string. False only when reading must stop.
    bool readEscape(QByteArray& bytes, int line, int column, JsonNode& node)
    {
        const unsigned char e = peek();
        advance();
        if (const int simple = simpleEscape(e); simple >= 0) {
            bytes += char(simple);
            return true;
        }
        if (e != 'u') {
            node.hasErrors = true;
            return error(line, column,
                         QStringLiteral("invalid escape '\\%1' in a string")
                             .arg(e >= 0x20 && e < 0x7F ? QString(QLatin1Char(char(e)))
                                                        : QStringLiteral("?")));
        }
        const int unit = readHex4();
        if (unit < 0) {
            node.hasErrors = true;
            return error(line, column, QStringLiteral("'\\u' must be followed by four hex digits"));
        }
        char32_t code = char32_t(unit);
        if (unit >= 0xD800 && unit <= 0xDBFF && m_size - m_pos >= 6 && m_data[m_pos] == '\\' &&
            m_data[m_pos + 1] == 'u') {
            const qsizetype save = m_pos;
            const int saveColumn = m_column;
            advance();
            advance();
            const int low = readHex4();
            if (low >= 0xDC00 && low <= 0xDFFF) {
                code = 0x10000 + ((char32_t(unit) - 0xD800) << 10) + (char32_t(low) - 0xDC00);
            } else {
                m_pos = save; // not a pair; the next escape is read on its own
                m_column = saveColumn;
            }
        }
        if (code >= 0xD800 && code <= 0xDFFF) {
            node.hasErrors = true;
            return error(
                line, column,
                QStringLiteral("'\\u%1' is half of a surrogate pair without its other half")
                    .arg(unit, 4, 16, QLatin1Char('0')));
        }
        appendUtf8(bytes, code);
        return true;
    }

    bool parseString(JsonNode& node)
    {
        node.type = JsonNode::Type::String;
        const int openLine = m_line;
        const int openColumn = m_column;
        advance();
        QByteArray bytes;
        bool tooLong = false;
        bool encodingReported = false;
        while (true) {
            if (atEnd())
                return fail(openLine, openColumn,
                            QStringLiteral("the string starting here is not closed before the end "
                                           "of the file (truncated?)"));
            const unsigned char c = peek();
            if (c == '"') {
                advance();
                break;
            }
            if (!tooLong && bytes.size() > JsonReader::kMaxStringBytes) {
                tooLong = true;
                node.hasErrors = true;
                bytes = QByteArray();
                if (!error(openLine, openColumn,
                           QStringLiteral("string longer than 1 MiB; no field needs that much")))
                    return false;
            }
            if (c == '\\') {
                const int line = m_line;
                const int column = m_column;
                advance();
                if (atEnd())
                    continue;
                QByteArray escaped;
                if (!readEscape(escaped, line, column, node) && m_stopped)
                    return false;
                if (!tooLong)
                    bytes += escaped;
                continue;
            }
            if (c == '\n' || c == '\r')
                // Most likely a missing closing quote; reading on would misplace every later error.
                return fail(openLine, openColumn,
                            QStringLiteral("the string starting here is not closed before the end "
                                           "of the line"));
            if (c < 0x20) {
                node.hasErrors = true;
                if (!error(m_line, m_column,
                           QStringLiteral("control character 0x%1 in a string; write it as an "
                                          "escape such as \\t")
                               .arg(c, 2, 16, QLatin1Char('0'))))
                    return false;
                advance();
                continue;
            }
            const int length = utf8SequenceLength(m_data + m_pos, m_size - m_pos);
            if (length == 0) {
                node.hasErrors = true;
                if (!encodingReported) {
                    encodingReported = true;
                    if (!error(m_line, m_column,
                               QStringLiteral("invalid UTF-8 byte 0x%1 in a string; the file must "
                                              "be saved as UTF-8")
                                   .arg(c, 2, 16, QLatin1Char('0'))))
                        return false;
                }
                advance();
                continue;
            }
            if (!tooLong)
                bytes.append(reinterpret_cast<const char*>(m_data + m_pos), length);
            for (int i = 0; i < length; ++i)
                advance();
        }
        node.text = QString::fromUtf8(bytes);
        return true;
    }

    bool parseNumber(JsonNode& node)
    {
        node.type = JsonNode::Type::Number;
        const qsizetype begin = m_pos;
        const auto invalid = [&] {
            return fail(node.line, node.column,
                        QStringLiteral("invalid number; found %1").arg(describeHere()));
        };
        const auto skipDigits = [&] {
            while (!atEnd() && isDigit(peek()))
                advance();
        };
        if (peek() == '-')
            advance();
        if (atEnd() || !isDigit(peek()))
            return invalid();
        if (peek() == '0')
            advance();
        else
            skipDigits();
        if (!atEnd() && peek() == '.') {
            advance();
            if (atEnd() || !isDigit(peek()))
                return invalid();
            skipDigits();
        }
        if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
            advance();
            if (!atEnd() && (peek() == '+' || peek() == '-'))
                advance();
            if (atEnd() || !isDigit(peek()))
                return invalid();
            skipDigits();
        }
        if (!atEnd() && (isDigit(peek()) || peek() == '.'))
            return fail(node.line, node.column,
                        QStringLiteral("invalid number (a leading zero or a second point)"));
        const char* first = reinterpret_cast<const char*>(m_data + begin);
        const char* last = reinterpret_cast<const char*>(m_data + m_pos);
        node.text = QString::fromLatin1(first, last - first);
        const auto [end, code] = std::from_chars(first, last, node.number);
        if (code == std::errc::result_out_of_range)
            node.number = outOfRangeValue(std::string_view(first, size_t(last - first)));
        else if (code != std::errc() || end != last)
            return invalid();
        return true;
    }

    bool parseLiteral(JsonNode& node)
    {
        static constexpr std::pair<std::string_view, JsonNode::Type> kLiterals[] = {
            {"true", JsonNode::Type::Bool},
            {"false", JsonNode::Type::Bool},
            {"null", JsonNode::Type::Null},
        };
        const std::string_view rest(reinterpret_cast<const char*>(m_data + m_pos),
                                    size_t(m_size - m_pos));
        for (const auto& [word, type] : kLiterals) {
            if (!rest.starts_with(word))
                continue;
            const size_t after = word.size();
            if (after < rest.size() && std::isalnum(static_cast<unsigned char>(rest[after])))
                break;
            node.type = type;
            node.boolean = word == "true";
            for (size_t i = 0; i < word.size(); ++i)
                advance();
            return true;
        }
        return failHere(QStringLiteral("expected a value (true, false, null, a number, a string, "
                                       "an array or an object), found %1")
                            .arg(describeHere()));
    }

    const unsigned char* m_data;
    qsizetype m_size;
    QString m_file;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_column = 1;
    Issues m_issues;
    int m_errorCount = 0;
    bool m_stopped = false;
};

} // namespace

JsonReadResult JsonReader::read(const QByteArray& data, const QString& file)
{
    return Parser(data, file).run();
}

} // namespace flank::core
