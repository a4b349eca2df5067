#pragma once

#include "partial_date.h"

#include <QJsonObject>
#include <QString>

namespace flank::posture {

// A published page or document that a record rests on.
struct Source
{
    QString id;
    QString outlet; // publisher: "Reuters", "UN Treaty Collection"
    QString title;  // as published
    PartialDate date;
    QString url;        // empty only for an unreliable source with no public address (see its note)
    QString archiveUrl; // empty when none
    QString kind; // news, official, treaty-depositary, ngo, analysis, state-media; may be empty
    bool unreliable = false; // known to contain errors; `note` says why
    QString note;
};

// "Reuters, “Title”, 2025-03-18, https://…" for plain-text output.
QString sourceCitation(const Source& source);
QJsonObject sourceToJson(const Source& source);

} // namespace flank::posture
