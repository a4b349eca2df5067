#pragma once

#include "partial_date.h"
#include "pledge.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace flank::posture {

// What a programme builds, from the fixed list of docs/posture-format.md.
enum class FortificationElement
{
    Fence,
    Ditches,
    DragonsTeeth,
    Bunkers,
    AntiTankObstacles,
    MinefieldsPlanned,
    MinefieldsPrepared,
    Surveillance,
    Roads,
    ForestBarriers,
    Other,
};

QList<FortificationElement> allFortificationElements();
QString fortificationElementId(FortificationElement element); // "dragons-teeth"
std::optional<FortificationElement> fortificationElementFromId(const QString& id);
QString fortificationElementLabel(FortificationElement element); // "dragon's teeth"

// How much of a border a programme runs along: "whole" only where a source says so.
enum class FrontierCoverage
{
    Whole,
    Part,
};

QString frontierCoverageId(FrontierCoverage coverage); // "part"
std::optional<FrontierCoverage> frontierCoverageFromId(const QString& id);
QString frontierCoverageLabel(FrontierCoverage coverage); // "part of the border"

// One land border a programme covers; the neighbour is RUS (Kaliningrad included) or BLR.
struct FortifiedFrontier
{
    QString state;
    QString neighbour;
    FrontierCoverage coverage = FrontierCoverage::Part;
    QString note; // what the sources say about which part
};

// Where a programme stands on a day, from its announced, started and completed dates.
enum class FortificationStage
{
    NotAnnounced,
    Announced,
    UnderConstruction,
    Completed,
};

QString fortificationStageId(FortificationStage stage);    // "under-construction"
QString fortificationStageLabel(FortificationStage stage); // "under construction"

// The programme's name in its own language: {"language": "pl", "text": "Tarcza Wschód"}.
struct OriginalName
{
    QString language; // BCP 47
    QString text;
};

struct AnnouncedLength
{
    double km = 0.0;
    QString note; // what the figure covers
};

struct FortificationBudget
{
    PledgeAmount amount;
    QString note;
};

// A named programme that fortifies a land border with Russia or Belarus.
struct Fortification
{
    QString id;
    QString name; // English, as official English sources use it
    std::optional<OriginalName> nameOriginal;
    QStringList states; // ISO3 of the states running it
    QList<FortifiedFrontier> frontiers;
    std::optional<AnnouncedLength> length;
    std::optional<FortificationBudget> budget;
    PartialDate announced;
    PartialDate started;           // invalid when construction has not begun
    PartialDate plannedCompletion; // invalid when none is given
    PartialDate completed;         // invalid unless finished
    QList<FortificationElement> includes;
    QString includesNote;
    QString text;
    QStringList sources;
    PartialDate checked;

    // The entry for this border, in either order of the two states; nullptr when not covered.
    const FortifiedFrontier* frontier(const QString& state, const QString& neighbour) const;
};

// A partial date counts from its first day, as legal steps do.
FortificationStage fortificationStageOn(const Fortification& programme, QDate day);

} // namespace flank::posture
