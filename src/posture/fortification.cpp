#include "fortification.h"

#include "enum_text.h"

#include "core/frontier_pair.h"

#include <QCoreApplication>

namespace flank::posture {

namespace {

constexpr const char* kContext = "flank::posture::Fortification";

constexpr EnumText<FortificationElement> kElements[] = {
    {FortificationElement::Fence, "fence",
     QT_TRANSLATE_NOOP("flank::posture::Fortification", "fence")},
    {FortificationElement::Ditches, "ditches",
     QT_TRANSLATE_NOOP("flank::posture::Fortification", "ditches")},
    {FortificationElement::DragonsTeeth, "dragons-teeth",
     QT_TRANSLATE_NOOP("flank::posture::Fortification", "dragon's teeth")},
    {FortificationElement::Bunkers, "bunkers",
     QT_TRANSLATE_NOOP("flank::posture::Fortification", "bunkers")},
    {FortificationElement::AntiTankObstacles, "anti-tank-obstacles",
     QT_TRANSLATE_NOOP("flank::posture::Fortification", "anti-tank obstacles")},
    {FortificationElement::MinefieldsPlanned, "minefields-planned",
     QT_TRANSLATE_NOOP("flank::posture::Fortification", "minefields (planned)")},
    {FortificationElement::MinefieldsPrepared, "minefields-prepared",
     QT_TRANSLATE_NOOP("flank::posture::Fortification", "minefields (prepared)")},
    {FortificationElement::Surveillance, "surveillance",
     QT_TRANSLATE_NOOP("flank::posture::Fortification", "surveillance")},
    {FortificationElement::Roads, "roads",
     QT_TRANSLATE_NOOP("flank::posture::Fortification", "roads")},
    {FortificationElement::ForestBarriers, "forest-barriers",
     QT_TRANSLATE_NOOP("flank::posture::Fortification", "forest barriers")},
    {FortificationElement::Other, "other",
     QT_TRANSLATE_NOOP("flank::posture::Fortification", "other")},
};

constexpr EnumText<FortificationStage> kStages[] = {
    {FortificationStage::NotAnnounced, "not-announced",
     QT_TRANSLATE_NOOP("flank::posture::Fortification", "not yet announced")},
    {FortificationStage::Announced, "announced",
     QT_TRANSLATE_NOOP("flank::posture::Fortification", "announced")},
    {FortificationStage::UnderConstruction, "under-construction",
     QT_TRANSLATE_NOOP("flank::posture::Fortification", "under construction")},
    {FortificationStage::Completed, "completed",
     QT_TRANSLATE_NOOP("flank::posture::Fortification", "completed")},
};

constexpr EnumText<FrontierCoverage> kCoverages[] = {
    {FrontierCoverage::Whole, "whole",
     QT_TRANSLATE_NOOP("flank::posture::Fortification", "the whole border")},
    {FrontierCoverage::Part, "part",
     QT_TRANSLATE_NOOP("flank::posture::Fortification", "part of the border")},
};

bool reached(const PartialDate& date, QDate day)
{
    return date.isValid() && date.first() <= day;
}

} // namespace

QList<FortificationElement> allFortificationElements()
{
    QList<FortificationElement> elements;
    for (const auto& text : kElements)
        elements << text.value;
    return elements;
}

QString fortificationElementId(FortificationElement element)
{
    return QString::fromLatin1(textOf(kElements, element).id);
}

std::optional<FortificationElement> fortificationElementFromId(const QString& id)
{
    return valueOf(kElements, id);
}

QString fortificationElementLabel(FortificationElement element)
{
    return QCoreApplication::translate(kContext, textOf(kElements, element).label);
}

QString frontierCoverageId(FrontierCoverage coverage)
{
    return QString::fromLatin1(textOf(kCoverages, coverage).id);
}

std::optional<FrontierCoverage> frontierCoverageFromId(const QString& id)
{
    return valueOf(kCoverages, id);
}

QString frontierCoverageLabel(FrontierCoverage coverage)
{
    return QCoreApplication::translate(kContext, textOf(kCoverages, coverage).label);
}

QString fortificationStageId(FortificationStage stage)
{
    return QString::fromLatin1(textOf(kStages, stage).id);
}

QString fortificationStageLabel(FortificationStage stage)
{
    return QCoreApplication::translate(kContext, textOf(kStages, stage).label);
}

const FortifiedFrontier* Fortification::frontier(const QString& state,
                                                 const QString& neighbour) const
{
    for (const FortifiedFrontier& entry : frontiers)
        if (core::FrontierPair{entry.state, entry.neighbour}.joins(state, neighbour))
            return &entry;
    return nullptr;
}

FortificationStage fortificationStageOn(const Fortification& programme, QDate day)
{
    if (!reached(programme.announced, day))
        return FortificationStage::NotAnnounced;
    if (reached(programme.completed, day))
        return FortificationStage::Completed;
    if (reached(programme.started, day))
        return FortificationStage::UnderConstruction;
    return FortificationStage::Announced;
}

} // namespace flank::posture
