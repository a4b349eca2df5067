#pragma once

#include <QSizeF>
#include <QString>

#include <optional>

namespace flank::core {

// A page size for print exports; None means a size in pixels.
enum class Paper
{
    None,
    A4,
    A3,
    Letter
};

QString paperId(Paper paper);
std::optional<Paper> paperFromId(const QString& id); // "a4", "A3", "letter"
QSizeF paperSizeMm(Paper paper, bool landscape);     // empty for Paper::None

} // namespace flank::core
