#pragma once

#include "partial_date.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace flank::posture {

enum class DataNoteKind
{
    SeedCorrection, // a claim in the seed articles the sources contradict
    Disagreement,   // sources disagree; both claims are kept
    Unconfirmed,    // a claim no second source confirms
    Superseded,     // a figure or claim replaced by a later one, kept for the record
    NoStatement,    // officials said nothing quotable on the subject: said rather than stretched
};

QList<DataNoteKind> allDataNoteKinds();
QString dataNoteKindId(DataNoteKind kind); // "seed-correction"
std::optional<DataNoteKind> dataNoteKindFromId(const QString& id);

struct DataNote
{
    QString id;
    DataNoteKind kind = DataNoteKind::Unconfirmed;
    QString about;
    QString text;
    QStringList sources;
    PartialDate checked;
};

} // namespace flank::posture
