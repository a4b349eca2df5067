#pragma once

#include <QString>

#include <vector>

namespace flank::core {

struct JsonMember;

// One JSON value with the place it starts in its file. QJsonDocument keeps no positions and
// silently drops duplicate keys, and a data file's errors must point at a line and column.
struct JsonNode
{
    enum class Type
    {
        Null,
        Bool,
        Number,
        String,
        Array,
        Object,
    };

    Type type = Type::Null;
    int line = 0;   // 1-based
    int column = 0; // 1-based, in characters
    bool boolean = false;
    double number = 0.0;             // +-inf when the literal is out of range (e.g. 1e400)
    QString text;                    // a string's value, or a number's literal as written
    std::vector<JsonNode> items;     // Array
    std::vector<JsonMember> members; // Object, in file order, without duplicate keys
    // A syntax-level problem inside this value (bad UTF-8, an over-long string, a duplicate
    // key) was already reported; a record holding one is skipped rather than half-read.
    bool hasErrors = false;

    bool isNull() const { return type == Type::Null; }
    bool isBool() const { return type == Type::Bool; }
    bool isNumber() const { return type == Type::Number; }
    bool isString() const { return type == Type::String; }
    bool isArray() const { return type == Type::Array; }
    bool isObject() const { return type == Type::Object; }

    // The member's value, or nullptr when the object has no such key (or this is no object).
    const JsonNode* member(QStringView key) const;
    // "a string", "a number", ... for messages.
    QString typeName() const;
};

struct JsonMember
{
    QString key;
    int line = 0;
    int column = 0;
    JsonNode value;
};

} // namespace flank::core
