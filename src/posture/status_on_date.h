#pragma once

#include "legal_step.h"
#include "partial_date.h"
#include "status.h"

#include <optional>

namespace flank::posture {

// What Dataset::statusOn() found for one state, treaty and day.
struct StatusOnDate
{
    Status status = Status::NoData;
    // The step that decides the status; empty when none has been reached.
    std::optional<LegalStep> lastStep;
    // With Status::WithdrawalNotified: the date the withdrawal takes effect, when the data has
    // a withdrawal-effective step. Empty while it is unknown (e.g. blocked by an armed conflict).
    std::optional<PartialDate> effective;

    // A deciding date known only to the month or year: the status may be a few days off.
    bool isUncertain() const
    {
        return (lastStep && !lastStep->date.isExact()) || (effective && !effective->isExact());
    }
};

} // namespace flank::posture
