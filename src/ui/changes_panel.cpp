#include "changes_panel.h"

#include "locale_format.h"
#include "map_session.h"
#include "panel_builder.h"

#include "core/country_names.h"
#include "posture/status_changes.h"
#include "posture/treaty_names.h"

#include <QLabel>
#include <QVBoxLayout>

namespace flank::ui {

ChangesPanel::ChangesPanel(MapSession* session, QWidget* parent)
    : QScrollArea(parent), m_session(session)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("What changed"));
    connect(session, &MapSession::datasetChanged, this, [this] { m_shownKey.clear(); });
}

void ChangesPanel::showChanges(const QDate& from, const QDate& to, core::TreatyChoice treaties)
{
    const QString key =
        QStringList{from.toString(Qt::ISODate), to.toString(Qt::ISODate),
                    core::treatyChoiceName(treaties), palette().color(QPalette::Link).name(),
                    QString::number(font().pointSizeF())}
            .join(QLatin1Char('|'));
    if (key == m_shownKey)
        return;
    m_shownKey = key;
    const posture::Dataset& dataset = m_session->dataset();
    const QList<posture::StatusChange> changes =
        posture::statusChanges(dataset, from, to, treaties);
    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->setContentsMargins(10, 8, 10, 8);
    PanelBuilder builder(content, layout, dataset);
    builder.heading(tr("%1 → %2").arg(localDate(from), localDate(to)), 1.2)
        ->setObjectName(QStringLiteral("changesHeading"));
    m_listed.clear();
    if (changes.isEmpty())
        builder.text(tr("No state's status changed between these two dates."))
            ->setObjectName(QStringLiteral("noChanges"));
    for (const posture::StatusChange& change : changes) {
        if (!m_listed.contains(change.iso3))
            m_listed << change.iso3;
        const posture::Treaty* treaty = dataset.findTreaty(change.treaty);
        builder.spacing(8);
        builder.heading(tr("%1 · %2").arg(
            change.name.isEmpty() ? change.iso3 : core::localCountryName(change.iso3, change.name),
            posture::treatyShortName(treaty, change.treaty)));
        builder.text(
            tr("%1 → %2").arg(posture::statusLabel(change.from), posture::statusLabel(change.to)));
        for (const posture::LegalStep& step : change.steps) {
            builder.detail(
                tr("%1  %2").arg(localDate(step.date), posture::stepKindLabel(step.kind)));
            builder.compactSources(step.sources);
        }
    }
    layout->addStretch(1);
    setWidget(content); // deletes the previous list
    emit changesListed(from, to, int(changes.size()));
}

} // namespace flank::ui
