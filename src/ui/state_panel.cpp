#include "state_panel.h"

#include "link_label.h"
#include "locale_format.h"
#include "map_session.h"
#include "panel_builder.h"
#include "pledge_chart.h"
#include "posture_cards.h"
#include "posture_summary.h"
#include "troop_facts.h"

#include "core/country_names.h"
#include "geo/border_lengths.h"
#include "posture/state_briefing.h"
#include "posture/status_report.h"
#include "posture/treaty_names.h"

#include <QEvent>
#include <QFutureWatcher>
#include <QLabel>
#include <QPointer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace flank::ui {

namespace {

const QStringList kNeighbours = {QStringLiteral("RUS"), QStringLiteral("BLR")};

QString kilometres(double km)
{
    return QLocale().toString(km, 'f', km < 100 ? 1 : 0);
}

} // namespace

StatePanel::StatePanel(MapSession* session, QWidget* parent)
    : QScrollArea(parent), m_session(session),
      m_borders(std::make_shared<geo::BorderLengths>(session->data().countries))
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // text wraps instead
    setAccessibleName(tr("State details"));
    // rebuild() returns early when only pan or zoom changed.
    connect(m_session, &MapSession::stateChanged, this, &StatePanel::rebuild);
    connect(m_session, &MapSession::postureFocusChanged, this, &StatePanel::rebuild);
    connect(m_session, &MapSession::datasetChanged, this, [this] {
        if (m_content)
            m_content->setProperty("panelKey", QVariant());
    });
    rebuild();
}

StatePanel::~StatePanel() = default;

void StatePanel::changeEvent(QEvent* event)
{
    QScrollArea::changeEvent(event);
    if (event->type() == QEvent::FontChange || event->type() == QEvent::PaletteChange)
        rebuild();
}

void StatePanel::rebuild()
{
    const core::MapState& state = m_session->state();
    const QString iso3 = state.selection;
    const QDate date = state.date.isValid() ? state.date : QDate::currentDate();
    const auto& focus = m_session->postureFocus();
    const QString key =
        QStringList{iso3,
                    date.toString(Qt::ISODate),
                    core::treatyChoiceName(state.treaty),
                    QString::number(font().pointSizeF()),
                    palette().color(QPalette::Link).name(),
                    focus ? QString::number(int(focus->kind)) + focus->id : QString()}
            .join(QLatin1Char('|'));
    if (m_content && m_content->property("panelKey").toString() == key)
        return;
    ++m_generation;
    m_pending = 0;
    m_content = new QWidget(this); // inherits the theme's font and palette from the start
    m_content->setProperty("panelKey", key);
    m_layout = new QVBoxLayout(m_content);
    m_layout->setContentsMargins(10, 8, 10, 8);
    PanelBuilder builder(m_content, m_layout, m_session->dataset());
    if (focus && addPostureCard(builder, *focus, date))
        builder.spacing(14);
    if (iso3.isEmpty()) {
        builder.heading(tr("No state selected"));
        builder.text(tr("Click a state on the map, find it by name (Ctrl+F), or press Tab to "
                        "move through the states and Enter to select one."));
        addGlossaryLink(tr("What do the colors mean?"), QStringLiteral("reading"));
    } else {
        const posture::StateBriefing briefing =
            posture::briefState(m_session->dataset(), iso3, date, core::treatyIds(state.treaty));
        QString name = briefing.isEmpty() ? m_session->data().countries->nameOf(iso3)
                                          : core::localCountryName(iso3, briefing.name);
        builder.heading(tr("%1 (%2)").arg(name.isEmpty() ? iso3 : name, iso3), 1.4)
            ->setObjectName(QStringLiteral("stateName"));
        builder.detail(tr("As of %1").arg(localDate(date)));
        if (briefing.isEmpty()) {
            builder.text(posture::statusExplanation(posture::Status::NoData));
        } else {
            if (briefing.checked.isValid())
                builder.detail(tr("Data checked on %1").arg(localDate(briefing.checked)),
                               QStringLiteral("dataChecked"));
            addTreaties(builder, briefing);
            addBorders(builder, briefing);
            addQuotes(builder, briefing);
            addPledges(builder, briefing);
            addTroopNotes(builder, briefing);
            addFortifications(builder, briefing, date);
        }
    }
    m_layout->addStretch(1);
    setWidget(m_content); // deletes the previous content
}

bool StatePanel::addPostureCard(PanelBuilder& builder, const render::PostureItem& item, QDate day)
{
    const posture::Dataset& dataset = m_session->dataset();
    PostureCards cards(builder, dataset, day);
    switch (item.kind) {
    case render::PostureItem::Kind::Fortification:
        if (const posture::Fortification* programme = dataset.findFortification(item.id)) {
            cards.fortification(*programme);
            return true;
        }
        return false;
    case render::PostureItem::Kind::Troops:
        for (const posture::TroopNote& note : dataset.records().troopNotes)
            if (note.id == item.id) {
                cards.troopNote(note);
                return true;
            }
        return false;
    case render::PostureItem::Kind::Frontier: {
        const QStringList parts = item.id.split(QLatin1Char('-'));
        if (parts.size() != 2)
            return false;
        const auto& countries = *m_session->data().countries;
        const std::optional<double> km = measuredFrontierKm(*m_session, item.id);
        cards.frontier({parts[0], parts[1]}, countries.nameOf(parts[0]), countries.nameOf(parts[1]),
                       km);
        if (!km && m_session->data().frontiers) {
            // Tracing the 1:10m lines takes a moment: the card comes back with the length.
            auto* watcher = new QFutureWatcher<void>(m_content);
            connect(watcher, &QFutureWatcher<void>::finished, this,
                    [this, generation = m_generation] {
                        if (generation != m_generation || !m_content)
                            return;
                        m_content->setProperty("panelKey", QVariant());
                        rebuild();
                    });
            watcher->setFuture(QtConcurrent::run(
                [lines = m_session->data().frontiers] { lines->lines(geo::Scale::Fine10m); }));
        }
        return true;
    }
    }
    return false;
}

void StatePanel::addGlossaryLink(const QString& text, const QString& anchor)
{
    auto* link = new LinkLabel(text, anchor, palette().color(QPalette::Link), m_content);
    link->setObjectName(QStringLiteral("glossaryLink"));
    connect(link, &QLabel::linkActivated, this, &StatePanel::glossaryRequested);
    m_layout->addWidget(link);
}

void StatePanel::addTreaties(PanelBuilder& builder, const posture::StateBriefing& briefing)
{
    for (const posture::TreatyBriefing& part : briefing.treaties) {
        const posture::Treaty& treaty = part.treaty;
        const posture::StatusOnDate& status = part.status;
        builder.spacing(6);
        QString heading =
            tr("%1: %2").arg(posture::treatyShortName(treaty), posture::statusLabel(status.status));
        builder.heading(heading)->setObjectName(QStringLiteral("treatyStatus"));
        if (const QString pending = posture::pendingNote(status); !pending.isEmpty())
            builder.text(pending);
        builder.detail(posture::statusExplanation(status.status));
        for (const posture::LegalStep& step : part.steps) {
            builder.text(tr("%1  %2").arg(localDate(step.date), posture::stepKindLabel(step.kind)),
                         QStringLiteral("step"));
            if (!step.dateNote.isEmpty())
                builder.detail(tr("Date: %1").arg(step.dateNote));
            if (step.armedConflictClause)
                builder.detail(tr("%1, armed-conflict rule %2: %3")
                                   .arg(treaty.withdrawalArticle,
                                        step.armedConflictClause->applies ? tr("applies")
                                                                          : tr("does not apply"),
                                        step.armedConflictClause->note),
                               QStringLiteral("article20"));
            if (!step.note.isEmpty())
                builder.detail(step.note);
            if (!step.primaryNote.isEmpty())
                builder.detail(tr("No primary source: %1").arg(step.primaryNote),
                               QStringLiteral("primaryNote"));
            builder.compactSources(step.sources);
        }
        if (part.laterSteps > 0)
            builder.detail(
                tr("%n later step(s) not shown: move the timeline forward.", "", part.laterSteps),
                QStringLiteral("laterSteps"));
    }
    addGlossaryLink(tr("What do these statuses and Article 20 mean?"),
                    QStringLiteral("article-20"));
}

void StatePanel::addQuotes(PanelBuilder& builder, const posture::StateBriefing& briefing)
{
    const int hidden = briefing.laterQuotes;
    if (briefing.quotes.isEmpty() && hidden == 0)
        return;
    builder.spacing(10);
    builder.heading(tr("Quotes"));
    for (const posture::Quote& quote : briefing.quotes) {
        builder.spacing(4);
        QLabel* text = builder.text(tr("“%1”").arg(quote.text), QStringLiteral("quoteText"));
        QFont italic = text->font();
        italic.setItalic(true);
        text->setFont(italic);
        if (quote.original) {
            if (!quote.original->text.isEmpty()) {
                QLabel* original = builder.text(tr("“%1”").arg(quote.original->text),
                                                QStringLiteral("quoteOriginal"));
                original->setFont(italic);
            }
            builder.detail(tr("Translated from the original (%1) by %2")
                               .arg(quote.original->language, quote.original->translatedBy),
                           QStringLiteral("quoteTranslation"));
        }
        builder.text(tr("— %1, %2, %3").arg(quote.speaker, quote.role, localDate(quote.saidOn)),
                     QStringLiteral("quoteSpeaker"));
        if (quote.verification != posture::Verification::Confirmed)
            builder.text(tr("⚠ %1").arg(posture::verificationLabel(quote.verification)),
                         QStringLiteral("quoteVerification"));
        if (!quote.note.isEmpty())
            builder.detail(quote.note);
        for (const posture::QuoteVariant& variant : quote.variants) {
            builder.detail(tr("Also published as: “%1”").arg(variant.text));
            builder.sources(variant.sources);
        }
        builder.sources(quote.sources);
    }
    if (hidden > 0)
        builder.detail(tr("%n later quote(s) not shown: move the timeline forward.", "", hidden));
}

void StatePanel::addPledges(PanelBuilder& builder, const posture::StateBriefing& briefing)
{
    const QList<posture::Pledge>& pledges = briefing.pledges;
    if (pledges.isEmpty())
        return;
    builder.spacing(10);
    builder.heading(tr("Defence spending"));
    auto* chart = new PledgeChart(pledges, m_content);
    if (chart->barCount() > 0)
        builder.addWidget(chart);
    else
        delete chart;
    for (const posture::Pledge& pledge : pledges) {
        QString line =
            pledge.basis == posture::PledgeBasis::Pledge
                ? tr("%1 (pledged %2)").arg(localPledgeFigure(pledge), localDate(pledge.pledgedOn))
                : tr("%1 (published %2)")
                      .arg(localPledgeFigure(pledge), localDate(pledge.pledgedOn));
        if (pledge.amount)
            line += tr(", %1").arg(posture::pledgeAmountText(pledge));
        if (!pledge.scope.isEmpty())
            line += tr(", %1").arg(pledge.scope);
        builder.text(line, QStringLiteral("pledge"));
        if (!pledge.note.isEmpty())
            builder.detail(pledge.note);
        builder.sources(pledge.sources);
    }
    if (briefing.laterPledges > 0)
        builder.detail(tr("%n later figure(s) not shown: move the timeline forward.", "",
                          briefing.laterPledges));
}

void StatePanel::addTroopNotes(PanelBuilder& builder, const posture::StateBriefing& briefing)
{
    const QList<posture::TroopNote>& notes = briefing.troopNotes;
    if (notes.isEmpty())
        return;
    builder.spacing(10);
    builder.heading(tr("Forces and fortifications"));
    for (const posture::TroopNote& note : notes) {
        builder.spacing(4);
        builder.text(tr("%1 (%2)").arg(note.title, posture::troopNoteKindLabel(note.kind)),
                     QStringLiteral("troopTitle"));
        QStringList facts = troopFacts(note);
        if (!note.place.isEmpty())
            facts << tr("at %1").arg(note.place);
        facts << tr("reported %1").arg(localDate(note.date));
        builder.detail(facts.join(QStringLiteral("; ")));
        builder.text(note.text);
        builder.sources(note.sources);
    }
    if (briefing.laterTroopNotes > 0)
        builder.detail(tr("%n later note(s) not shown: move the timeline forward.", "",
                          briefing.laterTroopNotes));
}

void StatePanel::addFortifications(PanelBuilder& builder, const posture::StateBriefing& briefing,
                                   QDate day)
{
    if (briefing.fortifications.isEmpty() && briefing.laterFortifications == 0)
        return;
    builder.spacing(10);
    builder.heading(tr("Fortification programmes"));
    PostureCards cards(builder, m_session->dataset(), day);
    for (const posture::FortificationOnDay& entry : briefing.fortifications) {
        builder.spacing(4);
        builder.text(PostureCards::programmeTitle(entry.programme),
                     QStringLiteral("programmeTitle"));
        builder.detail(cards.stageLine(entry.programme));
        builder.text(entry.programme.text);
        builder.compactSources(entry.programme.sources);
    }
    if (briefing.laterFortifications > 0)
        builder.detail(tr("%n later programme(s) not shown: move the timeline forward.", "",
                          briefing.laterFortifications));
}

void StatePanel::addBorders(PanelBuilder& builder, const posture::StateBriefing& briefing)
{
    const QString& iso3 = briefing.iso3;
    bool headed = false;
    for (const QString& neighbour : kNeighbours) {
        if (neighbour == iso3)
            continue;
        QList<posture::BorderFigure> figures;
        for (const posture::BorderFigure& figure : briefing.borderFigures)
            if (figure.neighbour == neighbour ||
                (figure.state == neighbour && figure.neighbour == iso3))
                figures << figure;
        const QString neighbourName = m_session->data().countries->nameOf(neighbour);
        if (!headed) {
            builder.spacing(10);
            builder.heading(tr("Borders"));
            headed = true;
        }
        QLabel* computed = builder.text(tr("With %1: measuring…").arg(neighbourName),
                                        QStringLiteral("borderComputed"));
        ++m_pending;
        auto* watcher = new QFutureWatcher<std::optional<double>>(computed);
        connect(watcher, &QFutureWatcher<std::optional<double>>::finished, this,
                [this, watcher, label = QPointer<QLabel>(computed), neighbourName,
                 generation = m_generation] {
                    if (generation != m_generation || !label)
                        return;
                    --m_pending;
                    const std::optional<double> km = watcher->result();
                    if (!km)
                        label->setText(tr("With %1: could not be measured").arg(neighbourName));
                    else if (*km < 0.5)
                        label->setText(tr("With %1: no shared border").arg(neighbourName));
                    else
                        label->setText(tr("With %1: about %2 km, computed from Natural Earth "
                                          "1:10m (geodesic length)")
                                           .arg(neighbourName, kilometres(*km)));
                });
        watcher->setFuture(QtConcurrent::run(
            [lengths = m_borders, iso3, neighbour] { return lengths->sharedKm(iso3, neighbour); }));
        for (const posture::BorderFigure& figure : figures) {
            builder.text(tr("Published: %1 km").arg(kilometres(figure.km)),
                         QStringLiteral("borderFigure"));
            if (!figure.note.isEmpty())
                builder.detail(figure.note);
            builder.sources(figure.sources);
        }
    }
}

} // namespace flank::ui
