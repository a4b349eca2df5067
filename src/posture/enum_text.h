#pragma once

#include <QString>

#include <cstddef>
#include <optional>

namespace flank::posture {

// One value of an enum with its id in the posture file and its label, marked for translation
// with QT_TRANSLATE_NOOP: a table of these is the one place the two are spelled.
template <typename Enum> struct EnumText
{
    Enum value;
    const char* id;
    const char* label;
};

template <typename Enum, std::size_t N>
const EnumText<Enum>& textOf(const EnumText<Enum> (&table)[N], Enum value)
{
    for (const EnumText<Enum>& text : table)
        if (text.value == value)
            return text;
    return table[0];
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const EnumText<Enum> (&table)[N], const QString& id)
{
    for (const EnumText<Enum>& text : table)
        if (id == QLatin1String(text.id))
            return text.value;
    return std::nullopt;
}

} // namespace flank::posture
