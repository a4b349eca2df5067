#include "citation_exporter.h"

#include "main_window.h"
#include "map_canvas.h"
#include "map_session.h"
#include "save_file_chooser.h"

#include "core/atomic_file.h"
#include "posture/cited_sources.h"

#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QSet>

#include <algorithm>

namespace flank::ui {

namespace {

struct FormatChoice
{
    posture::CitationFormat format;
    const char* filter;
};

// BibTeX first: what most reference managers and LaTeX users import.
constexpr FormatChoice kFormats[] = {
    {posture::CitationFormat::BibTeX,
     QT_TRANSLATE_NOOP("flank::ui::CitationExporter", "BibTeX (*.bib)")},
    {posture::CitationFormat::Ris, QT_TRANSLATE_NOOP("flank::ui::CitationExporter", "RIS (*.ris)")},
    {posture::CitationFormat::CslJson,
     QT_TRANSLATE_NOOP("flank::ui::CitationExporter", "CSL-JSON (*.json)")},
    {posture::CitationFormat::Text,
     QT_TRANSLATE_NOOP("flank::ui::CitationExporter", "Plain text (*.txt)")},
};

void appendUnseen(QList<posture::Source>& into, QSet<QString>& seen,
                  const QList<posture::Source>& sources)
{
    for (const posture::Source& source : sources)
        if (!seen.contains(source.id)) {
            seen.insert(source.id);
            into.append(source);
        }
}

} // namespace

CitationExporter::CitationExporter(MapSession* session, MapCanvas* canvas, QMainWindow* window)
    : QObject(window), m_session(session), m_canvas(canvas), m_window(window),
      m_menu(new QMenu(tr("Export &Citations"), window)),
      m_stateAction(m_menu->addAction(QString())),
      m_viewAction(m_menu->addAction(tr("Of the States in &View…")))
{
    m_menu->setObjectName(QStringLiteral("exportCitationsMenu"));
    connect(m_stateAction, &QAction::triggered, this, [this] {
        const QString iso3 = m_session->state().selection;
        chooseFile(selectedStateSources(), QStringLiteral("sources-%1.bib").arg(iso3));
    });
    connect(m_viewAction, &QAction::triggered, this, [this] {
        chooseFile(viewSources(), QStringLiteral("sources-view-%1.bib")
                                      .arg(m_session->state().date.toString(Qt::ISODate)));
    });
    connect(m_session, &MapSession::stateChanged, this, &CitationExporter::updateStateAction);
    connect(m_session, &MapSession::datasetChanged, this, &CitationExporter::updateStateAction);
    updateStateAction();
}

void CitationExporter::updateStateAction()
{
    const QString iso3 = m_session->state().selection;
    const posture::StateInfo* state = m_session->dataset().findState(iso3);
    m_stateAction->setEnabled(state != nullptr);
    QString name = state ? state->name : QString();
    m_stateAction->setText(
        state ? tr("Of %1…").arg(name.replace(QLatin1Char('&'), QStringLiteral("&&")))
              : tr("Of the &Selected State…"));
}

QList<posture::Source> CitationExporter::selectedStateSources() const
{
    return posture::sourcesCitedFor(m_session->dataset(), m_session->state().selection);
}

QList<posture::Source> CitationExporter::viewSources() const
{
    // The states a screen reader lists and Tab walks: those whose land shows in the view.
    QList<posture::Source> sources;
    QSet<QString> seen;
    for (const QString& iso3 : m_canvas->statesInTabOrder())
        appendUnseen(sources, seen, posture::sourcesCitedFor(m_session->dataset(), iso3));
    return sources;
}

QString CitationExporter::write(const QString& path, const QList<posture::Source>& sources,
                                posture::CitationFormat format)
{
    return core::writeFileAtomically(path, posture::formatCitations(sources, format).toUtf8());
}

void CitationExporter::chooseFile(const QList<posture::Source>& sources,
                                  const QString& suggestedName)
{
    QList<SaveFormatChoice> formats;
    for (const FormatChoice& choice : kFormats)
        formats.append({tr(choice.filter), posture::citationFileSuffix(choice.format)});
    askForSaveFile(m_window, QStringLiteral("exportCitationsDialog"), tr("Export Citations"),
                   suggestedName, formats, [this, sources](const QString& path, qsizetype format) {
                       reportFileWritten(
                           m_window, QStringLiteral("exportCitationsError"), tr("Export Citations"),
                           tr("%n source(s) written to %1", nullptr, int(sources.size())).arg(path),
                           tr("The citations could not be written."),
                           write(path, sources, kFormats[format].format));
                   });
}

void installCitationExport(MainWindow* window)
{
    auto* exporter = new CitationExporter(window->session(), window->canvas(), window);
    // In File's first group, after File › Export… and Export Table….
    QMenu* file = window->fileMenu();
    const QList<QAction*> actions = file->actions();
    const auto groupEnd = std::find_if(actions.begin(), actions.end(),
                                       [](const QAction* action) { return action->isSeparator(); });
    file->insertMenu(groupEnd == actions.end() ? nullptr : *groupEnd, exporter->menu());
}

} // namespace flank::ui
