#pragma once

#include "panel_builder.h"

#include "core/frontier_pair.h"
#include "posture/dataset.h"
#include "posture/fortification.h"
#include "posture/troop_note.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace flank::ui {

// The side panel's cards for what the border-posture layers show: a programme, a located
// deployment, a frontier. Every text from the dataset is plain text, with its sources.
class PostureCards
{
    Q_DECLARE_TR_FUNCTIONS(flank::ui::PostureCards)

public:
    PostureCards(PanelBuilder& builder, const posture::Dataset& dataset, QDate day);

    void fortification(const posture::Fortification& programme);
    void troopNote(const posture::TroopNote& note);
    // `measuredKm`: the length on the map's outlines, when known.
    void frontier(const core::FrontierPair& pair, const QString& stateName,
                  const QString& neighbourName, std::optional<double> measuredKm);

    // "East Shield (Tarcza Wschód)"
    static QString programmeTitle(const posture::Fortification& programme);
    // "under construction since 31 October 2024; planned completion 2028"
    QString stageLine(const posture::Fortification& programme) const;

private:
    PanelBuilder& m_builder;
    const posture::Dataset& m_dataset;
    QDate m_day;
};

} // namespace flank::ui
