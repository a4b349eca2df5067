#pragma once

#include "partial_date.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace flank::posture {

// How well a quote's wording is established; unverified quotes are shown as such.
enum class Verification
{
    Confirmed,    // two or more independent sources, or the primary record
    SingleSource, // one source only
    Unverified,   // not confirmed elsewhere
};

QString verificationId(Verification verification); // "single-source"
std::optional<Verification> verificationFromId(const QString& id);
QString verificationLabel(Verification verification);

// Another published wording of the same statement, with the sources that print it.
struct QuoteVariant
{
    QString text;
    QStringList sources;
};

// The wording as spoken, when the quote's text is a translation.
struct QuoteOriginal
{
    QString language;     // BCP 47: "pl"
    QString text;         // verbatim; empty when no source gives the original wording
    QString translatedBy; // who made the English: an outlet, or "Flank Atlas"
};

struct Quote
{
    QString id;
    QString state; // ISO 3166-1 alpha-3, or "*" for a general statement
    QString speaker;
    QString role;
    PartialDate saidOn;
    QString text; // verbatim, as published
    QString language = QStringLiteral("en");
    Verification verification = Verification::Unverified;
    QStringList sources;
    QList<QuoteVariant> variants;
    std::optional<QuoteOriginal> original; // set when `text` is a translation
    QString note;
    PartialDate checked;
};

} // namespace flank::posture
