#include "paper.h"

namespace flank::core {

namespace {

struct PaperName
{
    Paper paper;
    const char* id;
    double widthMm, heightMm; // portrait
};
constexpr PaperName kPapers[] = {{Paper::A4, "a4", 210, 297},
                                 {Paper::A3, "a3", 297, 420},
                                 {Paper::Letter, "letter", 215.9, 279.4}};

} // namespace

QString paperId(Paper paper)
{
    for (const auto& name : kPapers)
        if (name.paper == paper)
            return QString::fromLatin1(name.id);
    return {};
}

std::optional<Paper> paperFromId(const QString& id)
{
    for (const auto& name : kPapers)
        if (id.toLower() == QLatin1String(name.id))
            return name.paper;
    return std::nullopt;
}

QSizeF paperSizeMm(Paper paper, bool landscape)
{
    for (const auto& name : kPapers)
        if (name.paper == paper)
            return landscape ? QSizeF(name.heightMm, name.widthMm)
                             : QSizeF(name.widthMm, name.heightMm);
    return {};
}

} // namespace flank::core
