#include "data_note.h"

namespace flank::posture {

QList<DataNoteKind> allDataNoteKinds()
{
    return {DataNoteKind::SeedCorrection, DataNoteKind::Disagreement, DataNoteKind::Unconfirmed,
            DataNoteKind::Superseded, DataNoteKind::NoStatement};
}

QString dataNoteKindId(DataNoteKind kind)
{
    switch (kind) {
    case DataNoteKind::SeedCorrection:
        return QStringLiteral("seed-correction");
    case DataNoteKind::Disagreement:
        return QStringLiteral("disagreement");
    case DataNoteKind::Superseded:
        return QStringLiteral("superseded");
    case DataNoteKind::NoStatement:
        return QStringLiteral("no-statement");
    case DataNoteKind::Unconfirmed:
        break;
    }
    return QStringLiteral("unconfirmed");
}

std::optional<DataNoteKind> dataNoteKindFromId(const QString& id)
{
    for (const DataNoteKind kind : allDataNoteKinds())
        if (dataNoteKindId(kind) == id)
            return kind;
    return std::nullopt;
}

} // namespace flank::posture
