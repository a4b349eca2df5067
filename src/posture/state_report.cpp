#include "state_report.h"

#include "fortification_report.h"
#include "report_format.h"
#include "status_report.h"
#include "treaty_names.h"

#include <QJsonArray>

#include <cmath>

namespace flank::posture {

namespace {

// "59.2606° N"
QString coordinateText(double degrees, char positive, char negative)
{
    return QStringLiteral("%1\u00b0 %2")
        .arg(QString::number(std::abs(degrees), 'f', 4))
        .arg(QLatin1Char(degrees < 0 ? negative : positive));
}

QString treatySection(const Dataset& dataset, const TreatyBriefing& part, QDate date)
{
    const Treaty& treaty = part.treaty;
    const StatusOnDate& status = part.status;
    QString heading =
        QStringLiteral("%1: %2").arg(treatyShortName(treaty), statusLabel(status.status));
    if (status.lastStep)
        heading +=
            QStringLiteral(" (since %1%2)")
                .arg(status.lastStep->date.toString(),
                     status.lastStep->date.isExact() ? QString() : QStringLiteral(", approx."));
    if (const QString pending = pendingNote(status); !pending.isEmpty())
        heading += QStringLiteral(", ") + pending;
    QString text = heading + QLatin1Char('\n');
    for (const LegalStep& step : part.steps) {
        text += QStringLiteral("  %1%2\n").arg(dateCell(step.date), stepKindLabel(step.kind));
        if (!step.dateNote.isEmpty())
            text += kReportIndent + QStringLiteral("Date: %1\n").arg(step.dateNote);
        if (step.armedConflictClause)
            text += kReportIndent + QStringLiteral("Armed-conflict rule %1: %2\n")
                                        .arg(step.armedConflictClause->applies
                                                 ? QStringLiteral("applies")
                                                 : QStringLiteral("does not apply"),
                                             step.armedConflictClause->note);
        if (!step.note.isEmpty())
            text += kReportIndent + QStringLiteral("Note: %1\n").arg(step.note);
        if (!step.primaryNote.isEmpty())
            text += kReportIndent + QStringLiteral("No primary source: %1\n").arg(step.primaryNote);
        text += sourceLines(dataset, step.sources);
    }
    return text + laterLine(part.laterSteps, QStringLiteral("step"), QStringLiteral("steps"), date);
}

QJsonObject treatyJson(const Dataset& dataset, const TreatyBriefing& part)
{
    const Treaty& treaty = part.treaty;
    const StatusOnDate& status = part.status;
    QJsonObject object{{QStringLiteral("treaty"), treaty.id},
                       {QStringLiteral("name"), treaty.shortName},
                       {QStringLiteral("status"), statusId(status.status)},
                       {QStringLiteral("label"), statusLabel(status.status)}};
    if (status.lastStep)
        object.insert(QStringLiteral("since"), status.lastStep->date.toString());
    if (status.isUncertain())
        object.insert(QStringLiteral("uncertain"), true);
    if (status.effective)
        object.insert(QStringLiteral("effective"), status.effective->toString());
    QJsonArray steps;
    for (const LegalStep& step : part.steps) {
        QJsonObject entry{{QStringLiteral("id"), step.id},
                          {QStringLiteral("kind"), stepKindId(step.kind)},
                          {QStringLiteral("label"), stepKindLabel(step.kind)},
                          {QStringLiteral("date"), step.date.toString()},
                          {QStringLiteral("sources"), sourcesJson(dataset, step.sources)}};
        insertIfSet(entry, QStringLiteral("checked"), step.checked);
        insertIfSet(entry, QStringLiteral("dateNote"), step.dateNote);
        insertIfSet(entry, QStringLiteral("note"), step.note);
        insertIfSet(entry, QStringLiteral("primaryNote"), step.primaryNote);
        if (step.armedConflictClause)
            entry.insert(QStringLiteral("armedConflictClause"),
                         QJsonObject{{QStringLiteral("applies"), step.armedConflictClause->applies},
                                     {QStringLiteral("note"), step.armedConflictClause->note}});
        steps.append(entry);
    }
    object.insert(QStringLiteral("steps"), steps);
    object.insert(QStringLiteral("laterSteps"), part.laterSteps);
    return object;
}

QString quotesSection(const Dataset& dataset, const StateBriefing& briefing)
{
    QString text;
    for (const Quote& quote : briefing.quotes) {
        text += QStringLiteral("  %1%2, %3 [%4]\n")
                    .arg(dateCell(quote.saidOn), quote.speaker, quote.role,
                         verificationLabel(quote.verification));
        text += kReportIndent + QStringLiteral("\u201c%1\u201d\n").arg(quote.text);
        if (quote.original) {
            if (!quote.original->text.isEmpty())
                text += kReportIndent + QStringLiteral("Original (%1): \u201c%2\u201d\n")
                                            .arg(quote.original->language, quote.original->text);
            text +=
                kReportIndent + QStringLiteral("Translated from %1 by %2\n")
                                    .arg(quote.original->language, quote.original->translatedBy);
        }
        if (!quote.note.isEmpty())
            text += kReportIndent + QStringLiteral("Note: %1\n").arg(quote.note);
        text += sourceLines(dataset, quote.sources);
        for (const QuoteVariant& variant : quote.variants) {
            text += kReportIndent +
                    QStringLiteral("Also published as: \u201c%1\u201d\n").arg(variant.text);
            text += sourceLines(dataset, variant.sources);
        }
    }
    return text + laterLine(briefing.laterQuotes, QStringLiteral("quote"), QStringLiteral("quotes"),
                            briefing.date);
}

QJsonArray quotesJson(const Dataset& dataset, const StateBriefing& briefing)
{
    QJsonArray array;
    for (const Quote& quote : briefing.quotes) {
        QJsonObject object{{QStringLiteral("id"), quote.id},
                           {QStringLiteral("speaker"), quote.speaker},
                           {QStringLiteral("role"), quote.role},
                           {QStringLiteral("saidOn"), quote.saidOn.toString()},
                           {QStringLiteral("text"), quote.text},
                           {QStringLiteral("language"), quote.language},
                           {QStringLiteral("verification"), verificationId(quote.verification)},
                           {QStringLiteral("sources"), sourcesJson(dataset, quote.sources)}};
        insertIfSet(object, QStringLiteral("note"), quote.note);
        insertIfSet(object, QStringLiteral("checked"), quote.checked);
        if (quote.original) {
            QJsonObject original{{QStringLiteral("language"), quote.original->language},
                                 {QStringLiteral("translatedBy"), quote.original->translatedBy}};
            insertIfSet(original, QStringLiteral("text"), quote.original->text);
            object.insert(QStringLiteral("original"), original);
        }
        QJsonArray variants;
        for (const QuoteVariant& variant : quote.variants)
            variants.append(
                QJsonObject{{QStringLiteral("text"), variant.text},
                            {QStringLiteral("sources"), sourcesJson(dataset, variant.sources)}});
        if (!variants.isEmpty())
            object.insert(QStringLiteral("variants"), variants);
        array.append(object);
    }
    return array;
}

QString pledgesSection(const Dataset& dataset, const StateBriefing& briefing)
{
    QString text;
    for (const Pledge& pledge : briefing.pledges) {
        text += QStringLiteral("  %1%2").arg(dateCell(pledge.pledgedOn), pledgeFigure(pledge));
        if (pledge.amount)
            text += QStringLiteral(", %1").arg(pledgeAmountText(pledge));
        if (!pledge.scope.isEmpty())
            text += QStringLiteral(" (%1)").arg(pledge.scope);
        text += QLatin1Char('\n');
        if (!pledge.dateNote.isEmpty())
            text += kReportIndent + QStringLiteral("Date: %1\n").arg(pledge.dateNote);
        if (!pledge.note.isEmpty())
            text += kReportIndent + QStringLiteral("Note: %1\n").arg(pledge.note);
        text += sourceLines(dataset, pledge.sources);
    }
    return text + laterLine(briefing.laterPledges, QStringLiteral("figure"),
                            QStringLiteral("figures"), briefing.date);
}

QJsonArray pledgesJson(const Dataset& dataset, const StateBriefing& briefing)
{
    QJsonArray array;
    for (const Pledge& pledge : briefing.pledges) {
        QJsonObject object{{QStringLiteral("id"), pledge.id},
                           {QStringLiteral("value"), pledge.value},
                           {QStringLiteral("unit"), pledgeUnitId(pledge.unit)},
                           {QStringLiteral("basis"), pledgeBasisId(pledge.basis)},
                           {QStringLiteral("targetYear"), pledge.targetYear},
                           {QStringLiteral("pledgedOn"), pledge.pledgedOn.toString()},
                           {QStringLiteral("sources"), sourcesJson(dataset, pledge.sources)}};
        insertIfSet(object, QStringLiteral("currency"), pledge.currency);
        insertIfSet(object, QStringLiteral("scope"), pledge.scope);
        insertIfSet(object, QStringLiteral("dateNote"), pledge.dateNote);
        insertIfSet(object, QStringLiteral("note"), pledge.note);
        insertIfSet(object, QStringLiteral("checked"), pledge.checked);
        if (pledge.amount)
            object.insert(QStringLiteral("amount"), amountJson(*pledge.amount));
        array.append(object);
    }
    return array;
}

QString troopNotesSection(const Dataset& dataset, const StateBriefing& briefing)
{
    QString text;
    for (const TroopNote& note : briefing.troopNotes) {
        QStringList details;
        if (!note.lead.isEmpty())
            details << QStringLiteral("lead: %1").arg(note.lead);
        if (!note.size.isEmpty())
            details << QStringLiteral("size: %1").arg(note.size);
        if (note.since.isValid())
            details << QStringLiteral("since %1").arg(note.since.toString());
        if (note.troops)
            details << QStringLiteral("troops: %1").arg(*note.troops);
        if (!note.place.isEmpty())
            details << QStringLiteral("at %1").arg(note.place);
        if (note.until.isValid())
            details << QStringLiteral("until %1").arg(note.until.toString());
        text += QStringLiteral("  %1[%2] %3\n")
                    .arg(dateCell(note.date), troopNoteKindLabel(note.kind), note.title);
        if (!details.isEmpty())
            text += kReportIndent + details.join(QStringLiteral("; ")) + QLatin1Char('\n');
        if (!note.dateNote.isEmpty())
            text += kReportIndent + QStringLiteral("Date: %1\n").arg(note.dateNote);
        text += kReportIndent + note.text + QLatin1Char('\n');
        text += sourceLines(dataset, note.sources);
        if (note.location) {
            text += kReportIndent + QStringLiteral("Location: %1 (%2, %3)\n")
                                        .arg(note.location->place,
                                             coordinateText(note.location->lat, 'N', 'S'),
                                             coordinateText(note.location->lon, 'E', 'W'));
            text += sourceLines(dataset, note.location->sources);
        }
    }
    return text + laterLine(briefing.laterTroopNotes, QStringLiteral("note"),
                            QStringLiteral("notes"), briefing.date);
}

QJsonArray troopNotesJson(const Dataset& dataset, const StateBriefing& briefing)
{
    QJsonArray array;
    for (const TroopNote& note : briefing.troopNotes) {
        QJsonObject object{{QStringLiteral("id"), note.id},
                           {QStringLiteral("kind"), troopNoteKindId(note.kind)},
                           {QStringLiteral("title"), note.title},
                           {QStringLiteral("date"), note.date.toString()},
                           {QStringLiteral("text"), note.text},
                           {QStringLiteral("sources"), sourcesJson(dataset, note.sources)}};
        insertIfSet(object, QStringLiteral("lead"), note.lead);
        insertIfSet(object, QStringLiteral("size"), note.size);
        insertIfSet(object, QStringLiteral("since"), note.since);
        insertIfSet(object, QStringLiteral("dateNote"), note.dateNote);
        insertIfSet(object, QStringLiteral("place"), note.place);
        insertIfSet(object, QStringLiteral("until"), note.until);
        if (note.troops)
            object.insert(QStringLiteral("troops"), *note.troops);
        if (note.location)
            object.insert(QStringLiteral("location"),
                          QJsonObject{{QStringLiteral("place"), note.location->place},
                                      {QStringLiteral("lon"), note.location->lon},
                                      {QStringLiteral("lat"), note.location->lat},
                                      {QStringLiteral("sources"),
                                       sourcesJson(dataset, note.location->sources)}});
        insertIfSet(object, QStringLiteral("checked"), note.checked);
        array.append(object);
    }
    return array;
}

QString borderFiguresSection(const Dataset& dataset, const StateBriefing& briefing)
{
    QString text;
    for (const BorderFigure& figure : briefing.borderFigures) {
        text += QStringLiteral("  %1\u2013%2: %3 km")
                    .arg(figure.state, figure.neighbour, QString::number(figure.km, 'g', 10));
        if (!figure.note.isEmpty())
            text += QStringLiteral(" (%1)").arg(figure.note);
        text += QLatin1Char('\n') + sourceLines(dataset, figure.sources);
    }
    return text;
}

QJsonArray borderFiguresJson(const Dataset& dataset, const StateBriefing& briefing)
{
    QJsonArray array;
    for (const BorderFigure& figure : briefing.borderFigures) {
        QJsonObject object{{QStringLiteral("id"), figure.id},
                           {QStringLiteral("state"), figure.state},
                           {QStringLiteral("neighbour"), figure.neighbour},
                           {QStringLiteral("km"), figure.km},
                           {QStringLiteral("sources"), sourcesJson(dataset, figure.sources)}};
        insertIfSet(object, QStringLiteral("note"), figure.note);
        array.append(object);
    }
    return array;
}

} // namespace

QString stateReportText(const Dataset& dataset, const StateBriefing& briefing)
{
    if (briefing.isEmpty())
        return {};
    QString text = QStringLiteral("%1 (%2) on %3\n")
                       .arg(briefing.name, briefing.iso3, briefing.date.toString(Qt::ISODate));
    if (briefing.checked.isValid())
        text += QStringLiteral("Data checked on %1\n").arg(briefing.checked.toString());
    for (const TreatyBriefing& part : briefing.treaties)
        text += QLatin1Char('\n') + treatySection(dataset, part, briefing.date);

    const std::pair<QString, QString> sections[] = {
        {QStringLiteral("Quotes"), quotesSection(dataset, briefing)},
        {QStringLiteral("Defence spending"), pledgesSection(dataset, briefing)},
        {QStringLiteral("Forces and fortifications"), troopNotesSection(dataset, briefing)},
        {QStringLiteral("Border figures"), borderFiguresSection(dataset, briefing)},
        {QStringLiteral("Fortification programmes"), fortificationsSection(dataset, briefing)},
    };
    for (const auto& [title, body] : sections)
        if (!body.isEmpty())
            text += QStringLiteral("\n%1\n%2").arg(title, body);
    return text;
}

QJsonObject stateReportJson(const Dataset& dataset, const StateBriefing& briefing)
{
    if (briefing.isEmpty())
        return {};
    QJsonArray treaties;
    for (const TreatyBriefing& part : briefing.treaties)
        treaties.append(treatyJson(dataset, part));
    QJsonObject object{
        {QStringLiteral("iso3"), briefing.iso3},
        {QStringLiteral("name"), briefing.name},
        {QStringLiteral("date"), briefing.date.toString(Qt::ISODate)},
        {QStringLiteral("treaties"), treaties},
        {QStringLiteral("quotes"), quotesJson(dataset, briefing)},
        {QStringLiteral("pledges"), pledgesJson(dataset, briefing)},
        {QStringLiteral("troopNotes"), troopNotesJson(dataset, briefing)},
        {QStringLiteral("borderFigures"), borderFiguresJson(dataset, briefing)},
        {QStringLiteral("fortifications"), fortificationsJson(dataset, briefing)},
        {QStringLiteral("later"),
         QJsonObject{{QStringLiteral("quotes"), briefing.laterQuotes},
                     {QStringLiteral("pledges"), briefing.laterPledges},
                     {QStringLiteral("troopNotes"), briefing.laterTroopNotes},
                     {QStringLiteral("fortifications"), briefing.laterFortifications}}}};
    insertIfSet(object, QStringLiteral("checked"), briefing.checked);
    return object;
}

QString stateReportText(const Dataset& dataset, const QString& iso3, QDate date)
{
    return stateReportText(dataset, briefState(dataset, iso3, date));
}

QJsonObject stateReportJson(const Dataset& dataset, const QString& iso3, QDate date)
{
    return stateReportJson(dataset, briefState(dataset, iso3, date));
}

} // namespace flank::posture
