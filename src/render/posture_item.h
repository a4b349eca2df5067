#pragma once

#include <QString>

namespace flank::render {

// What a click or hover on the posture layers found.
struct PostureItem
{
    enum class Kind
    {
        Frontier,      // id: "POL-BLR"
        Fortification, // id: the programme's
        Troops,        // id: the troop note's
    };
    Kind kind = Kind::Frontier;
    QString id;
    friend bool operator==(const PostureItem&, const PostureItem&) = default;
};

} // namespace flank::render
