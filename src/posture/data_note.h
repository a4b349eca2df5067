#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace flank::posture {

enum class DataNoteKind
{
    SeedCorrection, // a claim in the seed articles the sources contradict
    Disagreement,   // sources disagree; both claims are kept
    Unconfirmed,    // a claim no second source confirms
};

QString dataNoteKindId(DataNoteKind kind); // "seed-correction"
std::optional<DataNoteKind> dataNoteKindFromId(const QString& id);

struct DataNote
{
    QString id;
    DataNoteKind kind = DataNoteKind::Unconfirmed;
    QString about;
    QString text;
    QStringList sources;
};

} // namespace flank::posture
