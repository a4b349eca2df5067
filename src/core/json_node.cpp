#include "json_node.h"

namespace flank::core {

const JsonNode* JsonNode::member(QStringView key) const
{
    for (const JsonMember& entry : members)
        if (entry.key == key)
            return &entry.value;
    return nullptr;
}

QString JsonNode::typeName() const
{
    switch (type) {
    case Type::Null:
        return QStringLiteral("null");
    case Type::Bool:
        return QStringLiteral("a boolean");
    case Type::Number:
        return QStringLiteral("a number");
    case Type::String:
        return QStringLiteral("a string");
    case Type::Array:
        return QStringLiteral("an array");
    case Type::Object:
        break;
    }
    return QStringLiteral("an object");
}

} // namespace flank::core
