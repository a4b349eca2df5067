#include "troop_note.h"

#include <QCoreApplication>

namespace flank::posture {

namespace {

struct TroopNoteKindText
{
    TroopNoteKind kind;
    const char* id;
    const char* label;
};

constexpr TroopNoteKindText kKinds[] = {
    {TroopNoteKind::AlliedPresence, "allied-presence",
     QT_TRANSLATE_NOOP("flank::posture::TroopNoteKind", "Allied presence")},
    {TroopNoteKind::Fortification, "fortification",
     QT_TRANSLATE_NOOP("flank::posture::TroopNoteKind", "Fortification")},
    {TroopNoteKind::RussianBuildup, "russian-buildup",
     QT_TRANSLATE_NOOP("flank::posture::TroopNoteKind", "Russian build-up")},
    {TroopNoteKind::NationalForces, "national-forces",
     QT_TRANSLATE_NOOP("flank::posture::TroopNoteKind", "National forces")},
    {TroopNoteKind::Mining, "mining", QT_TRANSLATE_NOOP("flank::posture::TroopNoteKind", "Mining")},
};

const TroopNoteKindText& textFor(TroopNoteKind kind)
{
    for (const auto& text : kKinds)
        if (text.kind == kind)
            return text;
    return kKinds[0];
}

} // namespace

QString troopNoteKindId(TroopNoteKind kind)
{
    return QString::fromLatin1(textFor(kind).id);
}

std::optional<TroopNoteKind> troopNoteKindFromId(const QString& id)
{
    for (const auto& text : kKinds)
        if (id == QLatin1String(text.id))
            return text.kind;
    return std::nullopt;
}

QString troopNoteKindLabel(TroopNoteKind kind)
{
    return QCoreApplication::translate("flank::posture::TroopNoteKind", textFor(kind).label);
}

QDate TroopNote::startsOn() const
{
    return since.isValid() ? since.first() : date.first();
}

bool TroopNote::isPresentOn(QDate day) const
{
    const QDate start = startsOn();
    return day.isValid() && start.isValid() && start <= day &&
           (!until.isValid() || day < until.first());
}

} // namespace flank::posture
