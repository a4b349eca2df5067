#include "dataset.h"

#include "core/frontier_pair.h"

#include <QSet>

#include <algorithm>

namespace flank::posture {

namespace {

template <typename Record>
QHash<QString, qsizetype> indexBy(const QList<Record>& records, QString Record::*key)
{
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < records.size(); ++i)
        index.insert(records.at(i).*key, i); // the loader rejects duplicates; last one wins here
    return index;
}

// Suspension has no place in the required order; at the same date it ranks after in-force and
// before the withdrawal steps, which override it.
int sortRank(StepKind kind)
{
    const int order = stepOrder(kind);
    if (order < 0)
        return 5; // between in-force (2 * 2) and withdrawal-announced (3 * 2)
    return order * 2;
}

bool stepBefore(const LegalStep& a, const LegalStep& b)
{
    if (a.date.first() != b.date.first())
        return a.date.first() < b.date.first();
    return sortRank(a.kind) < sortRank(b.kind);
}

Status statusOfStep(StepKind kind, bool signedReached)
{
    switch (kind) {
    case StepKind::Signed:
        return Status::Signatory;
    case StepKind::Ratified:
    case StepKind::Acceded:
        // Bound only once the treaty is in force for the state.
        return signedReached ? Status::Signatory : Status::NonParty;
    case StepKind::InForce:
        return Status::Party;
    case StepKind::WithdrawalAnnounced:
        return Status::WithdrawalAnnounced;
    case StepKind::WithdrawalApproved:
        return Status::WithdrawalApproved;
    case StepKind::WithdrawalNotified:
        return Status::WithdrawalNotified;
    case StepKind::WithdrawalEffective:
        return Status::Withdrawn;
    case StepKind::SuspensionDeclared:
        return Status::SuspensionDeclared;
    }
    return Status::NonParty;
}

// Programmes by announcement date, then name, so every list of them reads the same way.
QList<Fortification> byAnnouncement(QList<Fortification> programmes)
{
    std::stable_sort(programmes.begin(), programmes.end(),
                     [](const Fortification& a, const Fortification& b) {
                         if (a.announced.first() != b.announced.first())
                             return a.announced.first() < b.announced.first();
                         return a.name < b.name;
                     });
    return programmes;
}

template <typename Record>
QList<Record> recordsAbout(const QList<Record>& records, const QString& iso3,
                           PartialDate Record::*date)
{
    QList<Record> result;
    for (const Record& record : records)
        if (record.state == iso3)
            result << record;
    std::stable_sort(result.begin(), result.end(),
                     [date](const Record& a, const Record& b) { return a.*date < b.*date; });
    return result;
}

} // namespace

Dataset::Dataset(DatasetRecords records)
    : m_records(std::move(records)), m_sourceIndex(indexBy(m_records.sources, &Source::id)),
      m_treatyIndex(indexBy(m_records.treaties, &Treaty::id)),
      m_stateIndex(indexBy(m_records.states, &StateInfo::iso3)),
      m_fortificationIndex(indexBy(m_records.fortifications, &Fortification::id))
{
}

bool Dataset::isEmpty() const
{
    return m_records.states.isEmpty() && m_records.steps.isEmpty();
}

const Source* Dataset::findSource(const QString& id) const
{
    const auto it = m_sourceIndex.constFind(id);
    return it == m_sourceIndex.constEnd() ? nullptr : &m_records.sources.at(*it);
}

const Treaty* Dataset::findTreaty(const QString& id) const
{
    const auto it = m_treatyIndex.constFind(id);
    return it == m_treatyIndex.constEnd() ? nullptr : &m_records.treaties.at(*it);
}

const StateInfo* Dataset::findState(const QString& iso3) const
{
    const auto it = m_stateIndex.constFind(iso3);
    return it == m_stateIndex.constEnd() ? nullptr : &m_records.states.at(*it);
}

QList<LegalStep> Dataset::stepsFor(const QString& iso3, const QString& treaty) const
{
    QList<LegalStep> steps;
    for (const LegalStep& step : m_records.steps)
        if (step.state == iso3 && step.treaty == treaty)
            steps << step;
    std::stable_sort(steps.begin(), steps.end(), stepBefore);
    return steps;
}

StatusOnDate Dataset::statusOn(const QString& iso3, const QString& treaty, QDate date) const
{
    StatusOnDate result;
    if (!findState(iso3) || !findTreaty(treaty))
        return result;
    result.status = Status::NonParty;
    if (!date.isValid())
        return result;

    // A partial date counts from its first day.
    const QList<LegalStep> steps = stepsFor(iso3, treaty);
    const LegalStep* chainLast = nullptr; // furthest step reached in the required order
    const LegalStep* suspension = nullptr;
    bool signedReached = false;
    for (const LegalStep& step : steps) {
        if (step.date.first() > date)
            continue;
        signedReached = signedReached || step.kind == StepKind::Signed;
        if (step.kind == StepKind::SuspensionDeclared)
            suspension = &step;
        else if (!chainLast || stepOrder(step.kind) >= stepOrder(chainLast->kind))
            chainLast = &step;
    }
    // The order is checked by the loader, but partial dates can tie or overlap; going by the
    // order keeps "2025-07" approved after "2025-07-15" announced from reading backwards.
    const LegalStep* last = chainLast;
    if (suspension && (!chainLast || !stepBefore(*suspension, *chainLast)))
        last = suspension;
    if (!last)
        return result;

    result.status = statusOfStep(last->kind, signedReached);
    result.lastStep = *last;
    if (result.status == Status::WithdrawalNotified) {
        for (const LegalStep& step : steps)
            if (step.kind == StepKind::WithdrawalEffective)
                result.effective = step.date;
    }
    return result;
}

QList<TimelineEvent> Dataset::eventDates() const
{
    QList<LegalStep> steps = m_records.steps;
    std::stable_sort(steps.begin(), steps.end(), [](const LegalStep& a, const LegalStep& b) {
        if (a.date.first() != b.date.first())
            return a.date.first() < b.date.first();
        if (a.state != b.state)
            return a.state < b.state;
        if (a.treaty != b.treaty)
            return a.treaty < b.treaty;
        return sortRank(a.kind) < sortRank(b.kind);
    });
    QList<TimelineEvent> events;
    events.reserve(steps.size());
    for (const LegalStep& step : steps)
        events << TimelineEvent{step.date.first(),
                                step.date.isExact(),
                                step.state,
                                step.treaty,
                                step.kind,
                                step.id,
                                TimelineEvent::Origin::LegalStep,
                                {}};
    return events;
}

QList<Quote> Dataset::quotesFor(const QString& iso3) const
{
    return recordsAbout(m_records.quotes, iso3, &Quote::saidOn);
}

QList<Pledge> Dataset::pledgesFor(const QString& iso3) const
{
    return recordsAbout(m_records.pledges, iso3, &Pledge::pledgedOn);
}

QList<TroopNote> Dataset::troopNotesFor(const QString& iso3) const
{
    return recordsAbout(m_records.troopNotes, iso3, &TroopNote::date);
}

QList<BorderFigure> Dataset::borderFiguresFor(const QString& iso3) const
{
    QList<BorderFigure> figures;
    for (const BorderFigure& figure : m_records.borderFigures)
        if (figure.state == iso3 || figure.neighbour == iso3)
            figures << figure;
    return figures;
}

QList<BorderFigure> Dataset::borderFiguresOn(const QString& state, const QString& neighbour) const
{
    QList<BorderFigure> figures;
    for (const BorderFigure& figure : m_records.borderFigures)
        if (core::FrontierPair{state, neighbour}.joins(figure.state, figure.neighbour))
            figures << figure;
    return figures;
}

QList<TroopNote> Dataset::troopNotesPresentOn(QDate day) const
{
    QList<TroopNote> present;
    for (const TroopNote& note : m_records.troopNotes)
        if (note.isPresentOn(day))
            present << note;
    return present;
}

const Fortification* Dataset::findFortification(const QString& id) const
{
    const auto it = m_fortificationIndex.constFind(id);
    return it == m_fortificationIndex.constEnd() ? nullptr : &m_records.fortifications.at(*it);
}

QList<Fortification> Dataset::fortificationsFor(const QString& iso3) const
{
    QList<Fortification> programmes;
    for (const Fortification& programme : m_records.fortifications)
        if (programme.states.contains(iso3))
            programmes << programme;
    return byAnnouncement(programmes);
}

QList<Fortification> Dataset::fortificationsOn(const QString& state, const QString& neighbour) const
{
    QList<Fortification> programmes;
    for (const Fortification& programme : m_records.fortifications)
        if (programme.frontier(state, neighbour))
            programmes << programme;
    return byAnnouncement(programmes);
}

QList<Fortification> Dataset::fortificationsExistingOn(QDate day) const
{
    QList<Fortification> programmes;
    for (const Fortification& programme : m_records.fortifications)
        if (fortificationStageOn(programme, day) != FortificationStage::NotAnnounced)
            programmes << programme;
    return byAnnouncement(programmes);
}

QList<Source> Dataset::sourcesFor(const QStringList& ids) const
{
    QList<Source> sources;
    for (const QString& id : ids)
        if (const Source* source = findSource(id))
            sources << *source;
    return sources;
}

QList<Source> Dataset::outletsBehind(const QStringList& iso3s, QDate date,
                                     const QStringList& treaties) const
{
    QStringList treatyIds = treaties;
    if (treatyIds.isEmpty())
        for (const Treaty& treaty : m_records.treaties)
            treatyIds << treaty.id;

    // A step resting on the primary record (a depositary notice, a gazette, a government) is
    // credited to it alone; the reports beside it add nothing a reader of the map must cite.
    const auto credit = [this](const LegalStep& step) {
        QStringList primary;
        for (const QString& id : step.sources)
            if (const Source* source = findSource(id);
                source && source->kind == SourceKind::Primary)
                primary << id;
        return primary.isEmpty() ? step.sources : primary;
    };
    QStringList ids;
    for (const QString& iso3 : iso3s) {
        for (const QString& treaty : std::as_const(treatyIds)) {
            const StatusOnDate status = statusOn(iso3, treaty, date);
            if (status.lastStep)
                ids << credit(*status.lastStep);
            // A pending withdrawal's date is shown too, so its sources are credited.
            if (status.effective)
                for (const LegalStep& step : stepsFor(iso3, treaty))
                    if (step.kind == StepKind::WithdrawalEffective)
                        ids << credit(step);
        }
    }
    ids.removeDuplicates();
    QList<Source> sources = sourcesFor(ids);
    std::stable_sort(sources.begin(), sources.end(), [](const Source& a, const Source& b) {
        const int byOutlet = a.outlet.compare(b.outlet, Qt::CaseInsensitive);
        return byOutlet != 0 ? byOutlet < 0 : a.date < b.date;
    });
    return sources;
}

} // namespace flank::posture
