#pragma once

#include "dataset_records.h"
#include "status_on_date.h"
#include "timeline_event.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace flank::posture {

// The one model of the facts: read-only after construction, cheap to copy (implicitly shared
// lists). It is the single place every view asks, so it carries more than ~20 queries.
// Pointers returned by find*() stay valid as long as this Dataset (or a copy of it) lives.
class Dataset
{
public:
    Dataset() = default;
    explicit Dataset(DatasetRecords records);

    bool isEmpty() const;
    const DatasetRecords& records() const { return m_records; }
    const QString& format() const { return m_records.format; }
    int formatVersion() const { return m_records.formatVersion; }
    PartialDate asOf() const { return m_records.asOf; }
    const QList<Source>& sources() const { return m_records.sources; }
    const QList<Treaty>& treaties() const { return m_records.treaties; }
    const QList<StateInfo>& states() const { return m_records.states; }
    const QList<LegalStep>& steps() const { return m_records.steps; }
    const QList<DataNote>& notes() const { return m_records.notes; }

    const Source* findSource(const QString& id) const;
    const Treaty* findTreaty(const QString& id) const;
    const StateInfo* findState(const QString& iso3) const;

    // A state's steps under one treaty, by date (then by their required order).
    QList<LegalStep> stepsFor(const QString& iso3, const QString& treaty) const;
    // THE status function: maps, timeline, panels and the command line all ask this.
    StatusOnDate statusOn(const QString& iso3, const QString& treaty, QDate date) const;
    // Every step of every state and treaty, by date, for timeline ticks.
    QList<TimelineEvent> eventDates() const;

    // Records about one state, oldest first.
    QList<Quote> quotesFor(const QString& iso3) const;
    QList<Pledge> pledgesFor(const QString& iso3) const;
    QList<TroopNote> troopNotesFor(const QString& iso3) const;
    // Figures where the state is either side of the border.
    QList<BorderFigure> borderFiguresFor(const QString& iso3) const;
    // Figures for one border, in either order of the two states.
    QList<BorderFigure> borderFiguresOn(const QString& state, const QString& neighbour) const;
    // Troop notes whose deployment is there on the day: from `since` (or the report's date)
    // until the day before `until`.
    QList<TroopNote> troopNotesPresentOn(QDate day) const;

    // Fortification programmes, in file order; the others by announcement date.
    const QList<Fortification>& fortifications() const { return m_records.fortifications; }
    const Fortification* findFortification(const QString& id) const;
    // The programmes a state runs (it is one of their "states").
    QList<Fortification> fortificationsFor(const QString& iso3) const;
    // The programmes along one land border, in either order of the two states.
    QList<Fortification> fortificationsOn(const QString& state, const QString& neighbour) const;
    // The programmes announced on or before the day; fortificationStageOn() says how far along.
    QList<Fortification> fortificationsExistingOn(QDate day) const;

    // The sources behind a record, in the record's order; unknown ids are left out.
    QList<Source> sourcesFor(const QStringList& ids) const;
    template <typename Record> QList<Source> sourcesFor(const Record& record) const
    {
        return sourcesFor(record.sources);
    }
    // The sources behind the statuses shown for these states on this day (all treaties when
    // `treaties` is empty), each once, by outlet: what an exported map must credit. A step's
    // primary sources stand for it when it has any.
    QList<Source> outletsBehind(const QStringList& iso3s, QDate date,
                                const QStringList& treaties = {}) const;

private:
    DatasetRecords m_records;
    QHash<QString, qsizetype> m_sourceIndex;
    QHash<QString, qsizetype> m_treatyIndex;
    QHash<QString, qsizetype> m_stateIndex;
    QHash<QString, qsizetype> m_fortificationIndex;
};

} // namespace flank::posture
