#include "data_note.h"

namespace flank::posture {

QString dataNoteKindId(DataNoteKind kind)
{
    switch (kind) {
    case DataNoteKind::SeedCorrection:
        return QStringLiteral("seed-correction");
    case DataNoteKind::Disagreement:
        return QStringLiteral("disagreement");
    case DataNoteKind::Unconfirmed:
        break;
    }
    return QStringLiteral("unconfirmed");
}

std::optional<DataNoteKind> dataNoteKindFromId(const QString& id)
{
    for (const DataNoteKind kind :
         {DataNoteKind::SeedCorrection, DataNoteKind::Disagreement, DataNoteKind::Unconfirmed})
        if (dataNoteKindId(kind) == id)
            return kind;
    return std::nullopt;
}

} // namespace flank::posture
