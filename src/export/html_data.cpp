#include "html_data.h"

#include "posture/state_report.h"
#include "posture/status.h"
#include "posture/treaty_names.h"
#include "render/map_style.h"
#include "render/status_brush.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace flank::exporting {

namespace {

QString colorText(const QColor& color)
{
    return color.isValid() ? color.name(QColor::HexRgb) : QStringLiteral("none");
}

QString patternId(render::FillPattern pattern)
{
    switch (pattern) {
    case render::FillPattern::Solid:
        break;
    case render::FillPattern::SparseHatch:
    case render::FillPattern::Hatch:
    case render::FillPattern::DenseHatch:
        return QStringLiteral("diagonal");
    case render::FillPattern::CrossHatch:
        return QStringLiteral("cross");
    case render::FillPattern::Stripes:
        return QStringLiteral("horizontal");
    }
    return QStringLiteral("solid");
}

// Each status as the renderer fills it: color, then pattern lines with the brush's spacing.
QJsonArray statusStyles(const render::MapFrame& frame)
{
    const render::MapStyle style = render::MapStyle::forTheme(frame.state.theme);
    QJsonArray statuses;
    for (const posture::Status status : posture::allStatuses()) {
        const render::StatusStyle fill = style.statusStyle(status);
        const double scale = render::patternScale(fill, frame);
        statuses.append(QJsonObject{
            {QStringLiteral("id"), posture::statusId(status)},
            {QStringLiteral("label"), posture::statusLabel(status)},
            {QStringLiteral("explanation"), posture::statusExplanation(status)},
            {QStringLiteral("fill"), colorText(fill.fill)},
            {QStringLiteral("pattern"), patternId(fill.pattern)},
            {QStringLiteral("patternColor"), colorText(fill.patternColor)},
            // Qt's pattern brushes repeat every 8 pixels before their transform.
            {QStringLiteral("patternStep"), 8.0 * scale},
            {QStringLiteral("patternWidth"), std::max(1.0, scale)},
        });
    }
    return statuses;
}

// The days the timeline stops at: every step's day, the map's own and the day the data was
// checked (the slider runs to it), oldest first.
QList<QDate> timelineDates(const posture::Dataset& dataset, QDate mapDate)
{
    QList<QDate> dates{mapDate};
    if (const QDate checked = dataset.asOf().first(); checked.isValid())
        dates << checked;
    for (const posture::TimelineEvent& event : dataset.eventDates())
        dates << event.date;
    std::sort(dates.begin(), dates.end());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    return dates;
}

// Replaces every list of source objects with their ids, keeping each source once in `table`:
// a briefing names the same source under many records.
QJsonValue withSourceIds(const QJsonValue& value, QJsonObject& table)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& item : value.toArray())
            out.append(withSourceIds(item, table));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key() == QLatin1String("sources") && it.value().isArray()) {
            QJsonArray ids;
            for (const QJsonValue& source : it.value().toArray()) {
                const QJsonObject entry = source.toObject();
                const QString id = entry.value(QLatin1String("id")).toString();
                ids.append(id);
                table.insert(id, entry);
            }
            it.value() = ids;
        } else {
            it.value() = withSourceIds(it.value(), table);
        }
    }
    return object;
}

} // namespace

QColor htmlStatusPlaceholder()
{
    return render::MapStyle::forTheme(core::Theme::Light).statusStyle(posture::Status::Party).fill;
}

QJsonObject htmlMapData(const posture::Dataset& dataset, const render::MapFrame& frame)
{
    const render::MapStyle style = render::MapStyle::forTheme(frame.state.theme);
    const QList<posture::Status> statusOrder = posture::allStatuses();
    const QList<QDate> dates = timelineDates(dataset, frame.state.date);
    const QDate lastDate = dates.constLast();

    QJsonArray dateTexts;
    for (const QDate date : dates)
        dateTexts.append(date.toString(Qt::ISODate));

    QJsonArray treaties;
    for (const posture::Treaty& treaty : dataset.treaties())
        treaties.append(
            QJsonObject{{QStringLiteral("id"), treaty.id},
                        {QStringLiteral("name"), treaty.name},
                        {QStringLiteral("shortName"), posture::treatyShortName(treaty)}});

    QJsonArray events;
    for (const posture::TimelineEvent& event : dataset.eventDates())
        events.append(QJsonObject{{QStringLiteral("date"), event.date.toString(Qt::ISODate)},
                                  {QStringLiteral("state"), event.state},
                                  {QStringLiteral("treaty"), event.treaty},
                                  {QStringLiteral("label"), posture::stepKindLabel(event.kind)}});

    QJsonObject states;
    QJsonObject briefings;
    QJsonObject sources;
    for (const posture::StateInfo& state : dataset.states()) {
        QJsonObject byTreaty;
        for (const posture::Treaty& treaty : dataset.treaties()) {
            QJsonArray steps;
            for (const QDate date : dates)
                steps.append(
                    int(statusOrder.indexOf(dataset.statusOn(state.iso3, treaty.id, date).status)));
            byTreaty.insert(treaty.id, steps);
        }
        states.insert(state.iso3, QJsonObject{{QStringLiteral("name"), state.name},
                                              {QStringLiteral("status"), byTreaty}});
        // As of the timeline's last day: the page leaves out what is dated after the slider's.
        QJsonObject briefing = posture::stateReportJson(dataset, state.iso3, lastDate);
        briefings.insert(state.iso3, withSourceIds(briefing, sources));
    }

    const QStringList treatyOrder = core::treatyIds(frame.state.treaty);
    return QJsonObject{
        {QStringLiteral("title"), frame.state.title},
        {QStringLiteral("subtitle"), frame.state.subtitle},
        {QStringLiteral("date"), frame.state.date.toString(Qt::ISODate)},
        {QStringLiteral("treaty"), treatyOrder.value(0, QStringLiteral("ottawa"))},
        {QStringLiteral("selection"), frame.state.selection},
        {QStringLiteral("placeholderFill"), colorText(htmlStatusPlaceholder())},
        {QStringLiteral("colors"),
         QJsonObject{{QStringLiteral("sea"), colorText(style.sea)},
                     {QStringLiteral("land"), colorText(style.land)},
                     {QStringLiteral("text"), colorText(style.text)},
                     {QStringLiteral("selection"), colorText(style.selection)},
                     {QStringLiteral("hover"), colorText(style.hover)}}},
        {QStringLiteral("statuses"), statusStyles(frame)},
        {QStringLiteral("treaties"), treaties},
        {QStringLiteral("dates"), dateTexts},
        {QStringLiteral("events"), events},
        {QStringLiteral("states"), states},
        {QStringLiteral("briefings"), briefings},
        {QStringLiteral("sources"), sources},
        {QStringLiteral("outlets"), QJsonArray::fromStringList(frame.sourceOutlets)},
        {QStringLiteral("dataAsOf"), frame.dataAsOf},
    };
}

QByteArray scriptSafeJson(const QJsonObject& data)
{
    QByteArray json = QJsonDocument(data).toJson(QJsonDocument::Compact);
    // JSON strings may hold "\u003c" for '<'; outside strings JSON has no '<' at all.
    json.replace('<', "\\u003c");
    return json;
}

} // namespace flank::exporting
