#include "record_fields.h"

#include "report_format.h"

#include <QJsonArray>

namespace flank::posture {

namespace {

QJsonValue text(const PartialDate& date)
{
    return date.toString();
}

QJsonValue list(const QStringList& items)
{
    return QJsonArray::fromStringList(items);
}

} // namespace

QJsonObject recordFields(const Source& source)
{
    QJsonObject fields = sourceToJson(source);
    fields.insert(QStringLiteral("note"), source.note);
    return fields;
}

QJsonObject recordFields(const Treaty& treaty)
{
    return {{QStringLiteral("id"), treaty.id},
            {QStringLiteral("name"), treaty.name},
            {QStringLiteral("shortName"), treaty.shortName},
            {QStringLiteral("adopted"), text(treaty.adopted)},
            {QStringLiteral("entryIntoForce"), text(treaty.entryIntoForce)},
            {QStringLiteral("withdrawalNoticeMonths"), treaty.withdrawalNoticeMonths},
            {QStringLiteral("armedConflictClause"), treaty.armedConflictClause},
            {QStringLiteral("withdrawalArticle"), treaty.withdrawalArticle},
            {QStringLiteral("summary"), treaty.summary},
            {QStringLiteral("sources"), list(treaty.sources)}};
}

QJsonObject recordFields(const StateInfo& state)
{
    return {{QStringLiteral("iso3"), state.iso3},
            {QStringLiteral("name"), state.name},
            {QStringLiteral("sources"), list(state.sources)}};
}

QJsonObject recordFields(const LegalStep& step)
{
    QJsonObject fields{{QStringLiteral("id"), step.id},
                       {QStringLiteral("state"), step.state},
                       {QStringLiteral("treaty"), step.treaty},
                       {QStringLiteral("kind"), stepKindId(step.kind)},
                       {QStringLiteral("date"), text(step.date)},
                       {QStringLiteral("dateNote"), step.dateNote},
                       {QStringLiteral("sources"), list(step.sources)},
                       {QStringLiteral("note"), step.note},
                       {QStringLiteral("checked"), text(step.checked)},
                       {QStringLiteral("primaryNote"), step.primaryNote}};
    if (step.armedConflictClause)
        fields.insert(QStringLiteral("armedConflictClause"),
                      QJsonObject{{QStringLiteral("applies"), step.armedConflictClause->applies},
                                  {QStringLiteral("note"), step.armedConflictClause->note}});
    return fields;
}

QJsonObject recordFields(const Quote& quote)
{
    QJsonArray variants;
    for (const QuoteVariant& variant : quote.variants)
        variants.append(QJsonObject{{QStringLiteral("text"), variant.text},
                                    {QStringLiteral("sources"), list(variant.sources)}});
    QJsonObject fields{{QStringLiteral("id"), quote.id},
                       {QStringLiteral("state"), quote.state},
                       {QStringLiteral("speaker"), quote.speaker},
                       {QStringLiteral("role"), quote.role},
                       {QStringLiteral("saidOn"), text(quote.saidOn)},
                       {QStringLiteral("text"), quote.text},
                       {QStringLiteral("language"), quote.language},
                       {QStringLiteral("verification"), verificationId(quote.verification)},
                       {QStringLiteral("sources"), list(quote.sources)},
                       {QStringLiteral("variants"), variants},
                       {QStringLiteral("note"), quote.note},
                       {QStringLiteral("checked"), text(quote.checked)}};
    if (quote.original)
        fields.insert(QStringLiteral("original"),
                      QJsonObject{{QStringLiteral("language"), quote.original->language},
                                  {QStringLiteral("text"), quote.original->text},
                                  {QStringLiteral("translatedBy"), quote.original->translatedBy}});
    return fields;
}

QJsonObject recordFields(const Pledge& pledge)
{
    QJsonObject fields{{QStringLiteral("id"), pledge.id},
                       {QStringLiteral("state"), pledge.state},
                       {QStringLiteral("value"), pledge.value},
                       {QStringLiteral("unit"), pledgeUnitId(pledge.unit)},
                       {QStringLiteral("currency"), pledge.currency},
                       {QStringLiteral("basis"), pledgeBasisId(pledge.basis)},
                       {QStringLiteral("scope"), pledge.scope},
                       {QStringLiteral("targetYear"), pledge.targetYear},
                       {QStringLiteral("pledgedOn"), text(pledge.pledgedOn)},
                       {QStringLiteral("dateNote"), pledge.dateNote},
                       {QStringLiteral("sources"), list(pledge.sources)},
                       {QStringLiteral("note"), pledge.note},
                       {QStringLiteral("checked"), text(pledge.checked)}};
    if (pledge.amount)
        fields.insert(QStringLiteral("amount"), amountJson(*pledge.amount));
    return fields;
}

QJsonObject recordFields(const TroopNote& note)
{
    QJsonObject fields{{QStringLiteral("id"), note.id},
                       {QStringLiteral("state"), note.state},
                       {QStringLiteral("kind"), troopNoteKindId(note.kind)},
                       {QStringLiteral("title"), note.title},
                       {QStringLiteral("lead"), note.lead},
                       {QStringLiteral("size"), note.size},
                       {QStringLiteral("since"), text(note.since)},
                       {QStringLiteral("date"), text(note.date)},
                       {QStringLiteral("dateNote"), note.dateNote},
                       {QStringLiteral("place"), note.place},
                       {QStringLiteral("until"), text(note.until)},
                       {QStringLiteral("text"), note.text},
                       {QStringLiteral("sources"), list(note.sources)},
                       {QStringLiteral("checked"), text(note.checked)}};
    if (note.troops)
        fields.insert(QStringLiteral("troops"), *note.troops);
    if (note.location)
        fields.insert(QStringLiteral("location"),
                      QJsonObject{{QStringLiteral("place"), note.location->place},
                                  {QStringLiteral("lon"), note.location->lon},
                                  {QStringLiteral("lat"), note.location->lat},
                                  {QStringLiteral("sources"), list(note.location->sources)}});
    return fields;
}

QJsonObject recordFields(const BorderFigure& figure)
{
    return {{QStringLiteral("id"), figure.id},
            {QStringLiteral("state"), figure.state},
            {QStringLiteral("neighbour"), figure.neighbour},
            {QStringLiteral("km"), figure.km},
            {QStringLiteral("sources"), list(figure.sources)},
            {QStringLiteral("note"), figure.note}};
}

QJsonObject recordFields(const Fortification& programme)
{
    QJsonArray frontiers;
    for (const FortifiedFrontier& frontier : programme.frontiers)
        frontiers.append(
            QJsonObject{{QStringLiteral("state"), frontier.state},
                        {QStringLiteral("neighbour"), frontier.neighbour},
                        {QStringLiteral("coverage"), frontierCoverageId(frontier.coverage)},
                        {QStringLiteral("note"), frontier.note}});
    QStringList includes;
    for (const FortificationElement element : programme.includes)
        includes << fortificationElementId(element);
    QJsonObject fields{{QStringLiteral("id"), programme.id},
                       {QStringLiteral("name"), programme.name},
                       {QStringLiteral("states"), list(programme.states)},
                       {QStringLiteral("frontiers"), frontiers},
                       {QStringLiteral("announced"), text(programme.announced)},
                       {QStringLiteral("started"), text(programme.started)},
                       {QStringLiteral("plannedCompletion"), text(programme.plannedCompletion)},
                       {QStringLiteral("completed"), text(programme.completed)},
                       {QStringLiteral("includes"), list(includes)},
                       {QStringLiteral("includesNote"), programme.includesNote},
                       {QStringLiteral("text"), programme.text},
                       {QStringLiteral("sources"), list(programme.sources)},
                       {QStringLiteral("checked"), text(programme.checked)}};
    if (programme.nameOriginal)
        fields.insert(QStringLiteral("nameOriginal"),
                      QJsonObject{{QStringLiteral("language"), programme.nameOriginal->language},
                                  {QStringLiteral("text"), programme.nameOriginal->text}});
    if (programme.length)
        fields.insert(QStringLiteral("length"),
                      QJsonObject{{QStringLiteral("km"), programme.length->km},
                                  {QStringLiteral("note"), programme.length->note}});
    if (programme.budget) {
        QJsonObject budget = amountJson(programme.budget->amount);
        budget.insert(QStringLiteral("note"), programme.budget->note);
        fields.insert(QStringLiteral("budget"), budget);
    }
    return fields;
}

QJsonObject recordFields(const DataNote& note)
{
    return {{QStringLiteral("id"), note.id},
            {QStringLiteral("kind"), dataNoteKindId(note.kind)},
            {QStringLiteral("about"), note.about},
            {QStringLiteral("text"), note.text},
            {QStringLiteral("sources"), list(note.sources)},
            {QStringLiteral("checked"), text(note.checked)}};
}

} // namespace flank::posture
