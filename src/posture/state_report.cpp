#include "state_report.h"

#include "status_report.h"

#include <QJsonArray>

namespace flank::posture {

namespace {

const QString kIndent = QStringLiteral("              ");

QString sourceLines(const Dataset& dataset, const QStringList& ids)
{
    QString text;
    for (const Source& source : dataset.sourcesFor(ids))
        text += kIndent + QStringLiteral("Source: %1\n").arg(sourceCitation(source));
    return text;
}

QJsonArray sourcesJson(const Dataset& dataset, const QStringList& ids)
{
    QJsonArray array;
    for (const Source& source : dataset.sourcesFor(ids))
        array.append(sourceToJson(source));
    return array;
}

// "2025-07-10  " with the date column the same width for every precision; after the two-space
// margin, the text starts where the detail lines below it do.
QString dateCell(const PartialDate& date)
{
    return date.toString().leftJustified(kIndent.size() - 2);
}

void insertIfSet(QJsonObject& object, const QString& key, const QString& value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

QString treatySection(const Dataset& dataset, const Treaty& treaty, const QString& iso3, QDate date)
{
    const StatusOnDate status = dataset.statusOn(iso3, treaty.id, date);
    QString heading = QStringLiteral("%1: %2").arg(treaty.shortName, statusLabel(status.status));
    if (status.lastStep)
        heading +=
            QStringLiteral(" (since %1%2)")
                .arg(status.lastStep->date.toString(),
                     status.lastStep->date.isExact() ? QString() : QStringLiteral(", approx."));
    if (const QString pending = pendingNote(status); !pending.isEmpty())
        heading += QStringLiteral(", ") + pending;
    QString text = heading + QLatin1Char('\n');
    for (const LegalStep& step : dataset.stepsFor(iso3, treaty.id)) {
        text += QStringLiteral("  %1%2").arg(dateCell(step.date), stepKindLabel(step.kind));
        if (step.date.first() > date)
            text += QStringLiteral(" (after %1)").arg(date.toString(Qt::ISODate));
        text += QLatin1Char('\n');
        if (!step.dateNote.isEmpty())
            text += kIndent + QStringLiteral("Date: %1\n").arg(step.dateNote);
        if (step.armedConflictClause)
            text += kIndent + QStringLiteral("Armed-conflict rule %1: %2\n")
                                  .arg(step.armedConflictClause->applies
                                           ? QStringLiteral("applies")
                                           : QStringLiteral("does not apply"),
                                       step.armedConflictClause->note);
        if (!step.note.isEmpty())
            text += kIndent + QStringLiteral("Note: %1\n").arg(step.note);
        text += sourceLines(dataset, step.sources);
    }
    return text;
}

QJsonObject treatyJson(const Dataset& dataset, const Treaty& treaty, const QString& iso3,
                       QDate date)
{
    const StatusOnDate status = dataset.statusOn(iso3, treaty.id, date);
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
    for (const LegalStep& step : dataset.stepsFor(iso3, treaty.id)) {
        QJsonObject entry{{QStringLiteral("id"), step.id},
                          {QStringLiteral("kind"), stepKindId(step.kind)},
                          {QStringLiteral("label"), stepKindLabel(step.kind)},
                          {QStringLiteral("date"), step.date.toString()},
                          {QStringLiteral("reached"), step.date.first() <= date},
                          {QStringLiteral("sources"), sourcesJson(dataset, step.sources)}};
        insertIfSet(entry, QStringLiteral("dateNote"), step.dateNote);
        insertIfSet(entry, QStringLiteral("note"), step.note);
        if (step.armedConflictClause)
            entry.insert(QStringLiteral("armedConflictClause"),
                         QJsonObject{{QStringLiteral("applies"), step.armedConflictClause->applies},
                                     {QStringLiteral("note"), step.armedConflictClause->note}});
        steps.append(entry);
    }
    object.insert(QStringLiteral("steps"), steps);
    return object;
}

QString quotesSection(const Dataset& dataset, const QString& iso3)
{
    QString text;
    for (const Quote& quote : dataset.quotesFor(iso3)) {
        text += QStringLiteral("  %1%2, %3 [%4]\n")
                    .arg(dateCell(quote.saidOn), quote.speaker, quote.role,
                         verificationLabel(quote.verification));
        text += kIndent + QStringLiteral("\u201c%1\u201d\n").arg(quote.text);
        if (!quote.note.isEmpty())
            text += kIndent + QStringLiteral("Note: %1\n").arg(quote.note);
        text += sourceLines(dataset, quote.sources);
        for (const QuoteVariant& variant : quote.variants) {
            text +=
                kIndent + QStringLiteral("Also published as: \u201c%1\u201d\n").arg(variant.text);
            text += sourceLines(dataset, variant.sources);
        }
    }
    return text;
}

QJsonArray quotesJson(const Dataset& dataset, const QString& iso3)
{
    QJsonArray array;
    for (const Quote& quote : dataset.quotesFor(iso3)) {
        QJsonObject object{{QStringLiteral("id"), quote.id},
                           {QStringLiteral("speaker"), quote.speaker},
                           {QStringLiteral("role"), quote.role},
                           {QStringLiteral("saidOn"), quote.saidOn.toString()},
                           {QStringLiteral("text"), quote.text},
                           {QStringLiteral("language"), quote.language},
                           {QStringLiteral("verification"), verificationId(quote.verification)},
                           {QStringLiteral("sources"), sourcesJson(dataset, quote.sources)}};
        insertIfSet(object, QStringLiteral("note"), quote.note);
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

QString pledgesSection(const Dataset& dataset, const QString& iso3)
{
    QString text;
    for (const Pledge& pledge : dataset.pledgesFor(iso3)) {
        text += QStringLiteral("  %1%2").arg(dateCell(pledge.pledgedOn), pledgeFigure(pledge));
        if (!pledge.scope.isEmpty())
            text += QStringLiteral(" (%1)").arg(pledge.scope);
        text += QLatin1Char('\n');
        if (!pledge.dateNote.isEmpty())
            text += kIndent + QStringLiteral("Date: %1\n").arg(pledge.dateNote);
        if (!pledge.note.isEmpty())
            text += kIndent + QStringLiteral("Note: %1\n").arg(pledge.note);
        text += sourceLines(dataset, pledge.sources);
    }
    return text;
}

QJsonArray pledgesJson(const Dataset& dataset, const QString& iso3)
{
    QJsonArray array;
    for (const Pledge& pledge : dataset.pledgesFor(iso3)) {
        QJsonObject object{{QStringLiteral("id"), pledge.id},
                           {QStringLiteral("value"), pledge.value},
                           {QStringLiteral("unit"), pledgeUnitId(pledge.unit)},
                           {QStringLiteral("targetYear"), pledge.targetYear},
                           {QStringLiteral("pledgedOn"), pledge.pledgedOn.toString()},
                           {QStringLiteral("sources"), sourcesJson(dataset, pledge.sources)}};
        insertIfSet(object, QStringLiteral("currency"), pledge.currency);
        insertIfSet(object, QStringLiteral("scope"), pledge.scope);
        insertIfSet(object, QStringLiteral("dateNote"), pledge.dateNote);
        insertIfSet(object, QStringLiteral("note"), pledge.note);
        array.append(object);
    }
    return array;
}

QString troopNotesSection(const Dataset& dataset, const QString& iso3)
{
    QString text;
    for (const TroopNote& note : dataset.troopNotesFor(iso3)) {
        QStringList details;
        if (!note.lead.isEmpty())
            details << QStringLiteral("lead: %1").arg(note.lead);
        if (!note.size.isEmpty())
            details << QStringLiteral("size: %1").arg(note.size);
        if (note.since.isValid())
            details << QStringLiteral("since %1").arg(note.since.toString());
        text += QStringLiteral("  %1[%2] %3\n")
                    .arg(dateCell(note.date), troopNoteKindLabel(note.kind), note.title);
        if (!details.isEmpty())
            text += kIndent + details.join(QStringLiteral("; ")) + QLatin1Char('\n');
        if (!note.dateNote.isEmpty())
            text += kIndent + QStringLiteral("Date: %1\n").arg(note.dateNote);
        text += kIndent + note.text + QLatin1Char('\n');
        text += sourceLines(dataset, note.sources);
    }
    return text;
}

QJsonArray troopNotesJson(const Dataset& dataset, const QString& iso3)
{
    QJsonArray array;
    for (const TroopNote& note : dataset.troopNotesFor(iso3)) {
        QJsonObject object{{QStringLiteral("id"), note.id},
                           {QStringLiteral("kind"), troopNoteKindId(note.kind)},
                           {QStringLiteral("title"), note.title},
                           {QStringLiteral("date"), note.date.toString()},
                           {QStringLiteral("text"), note.text},
                           {QStringLiteral("sources"), sourcesJson(dataset, note.sources)}};
        insertIfSet(object, QStringLiteral("lead"), note.lead);
        insertIfSet(object, QStringLiteral("size"), note.size);
        insertIfSet(object, QStringLiteral("since"), note.since.toString());
        insertIfSet(object, QStringLiteral("dateNote"), note.dateNote);
        array.append(object);
    }
    return array;
}

QString borderFiguresSection(const Dataset& dataset, const QString& iso3)
{
    QString text;
    for (const BorderFigure& figure : dataset.borderFiguresFor(iso3)) {
        text += QStringLiteral("  %1\u2013%2: %3 km")
                    .arg(figure.state, figure.neighbour, QString::number(figure.km, 'g', 10));
        if (!figure.note.isEmpty())
            text += QStringLiteral(" (%1)").arg(figure.note);
        text += QLatin1Char('\n') + sourceLines(dataset, figure.sources);
    }
    return text;
}

QJsonArray borderFiguresJson(const Dataset& dataset, const QString& iso3)
{
    QJsonArray array;
    for (const BorderFigure& figure : dataset.borderFiguresFor(iso3)) {
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

QString stateReportText(const Dataset& dataset, const QString& iso3, QDate date)
{
    const StateInfo* state = dataset.findState(iso3);
    if (!state)
        return {};
    QString text =
        QStringLiteral("%1 (%2) on %3\n").arg(state->name, state->iso3, date.toString(Qt::ISODate));
    for (const Treaty& treaty : dataset.treaties())
        text += QLatin1Char('\n') + treatySection(dataset, treaty, iso3, date);

    const std::pair<QString, QString> sections[] = {
        {QStringLiteral("Quotes"), quotesSection(dataset, iso3)},
        {QStringLiteral("Defence spending pledges"), pledgesSection(dataset, iso3)},
        {QStringLiteral("Forces and fortifications"), troopNotesSection(dataset, iso3)},
        {QStringLiteral("Border figures"), borderFiguresSection(dataset, iso3)},
    };
    for (const auto& [title, body] : sections)
        if (!body.isEmpty())
            text += QStringLiteral("\n%1\n%2").arg(title, body);
    return text;
}

QJsonObject stateReportJson(const Dataset& dataset, const QString& iso3, QDate date)
{
    const StateInfo* state = dataset.findState(iso3);
    if (!state)
        return {};
    QJsonArray treaties;
    for (const Treaty& treaty : dataset.treaties())
        treaties.append(treatyJson(dataset, treaty, iso3, date));
    return QJsonObject{{QStringLiteral("iso3"), state->iso3},
                       {QStringLiteral("name"), state->name},
                       {QStringLiteral("date"), date.toString(Qt::ISODate)},
                       {QStringLiteral("treaties"), treaties},
                       {QStringLiteral("quotes"), quotesJson(dataset, iso3)},
                       {QStringLiteral("pledges"), pledgesJson(dataset, iso3)},
                       {QStringLiteral("troopNotes"), troopNotesJson(dataset, iso3)},
                       {QStringLiteral("borderFigures"), borderFiguresJson(dataset, iso3)}};
}

} // namespace flank::posture
