#pragma once

#include "partial_date.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace flank::posture {

// How close a source stands to the fact it carries; exports credit originals, never copies.
enum class SourceKind
{
    Primary, // government, parliament, gazette, UN depositary, treaty unit, NATO
    Outlet,  // a named news organisation's or NGO's own page
    Copy,    // a republished copy, kept only where the original cannot be found
};

QString sourceKindId(SourceKind kind); // "primary"
// Also accepts the finer kinds of the first dataset edition ("news", "official", ...).
std::optional<SourceKind> sourceKindFromId(const QString& id);

// The original publication a copy reproduces.
struct SourceOrigin
{
    QString outlet;
    QString title;
    PartialDate date;
    QString url; // empty when the original's address is not known
};

// A published page or document that a record rests on.
struct Source
{
    QString id;
    QString outlet; // publisher: "Reuters", "UN Treaty Collection"
    QString title;  // as published
    PartialDate date;
    QString url;        // empty only for an unreliable source with no public address (see its note)
    QString archiveUrl; // empty when none
    SourceKind kind = SourceKind::Outlet;
    std::optional<SourceOrigin> copyOf; // set on every copy
    QString language;                   // BCP 47 of the page when not English; may be empty
    PartialDate checked;                // when the page was last checked
    bool unreliable = false;            // known to contain errors; `note` says why
    QString note;
};

// The publisher to credit: the original's outlet for a copy, else the source's own.
QString creditedOutlet(const Source& source);
// "Reuters, “Title”, 2025-03-18, https://…" for plain-text output; a copy names its original.
QString sourceCitation(const Source& source);
QJsonObject sourceToJson(const Source& source);

} // namespace flank::posture
