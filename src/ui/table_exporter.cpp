#include "table_exporter.h"

#include "map_session.h"
#include "save_file_chooser.h"

#include "core/atomic_file.h"

#include <QAction>
#include <QMainWindow>

namespace flank::ui {

namespace {

struct FormatChoice
{
    posture::TableFormat format;
    const char* filter;
    const char* suffix;
};

// The dialog's filters, CSV first: the form most tables are opened in.
constexpr FormatChoice kFormats[] = {
    {posture::TableFormat::Csv, QT_TRANSLATE_NOOP("flank::ui::TableExporter", "CSV (*.csv)"),
     "csv"},
    {posture::TableFormat::Json, QT_TRANSLATE_NOOP("flank::ui::TableExporter", "JSON (*.json)"),
     "json"},
    {posture::TableFormat::Text,
     QT_TRANSLATE_NOOP("flank::ui::TableExporter", "Text, aligned columns (*.txt)"), "txt"},
};

} // namespace

TableExporter::TableExporter(MapSession* session, QMainWindow* window)
    : QObject(window), m_session(session), m_window(window),
      m_action(new QAction(tr("Export &Table…"), this))
{
    connect(m_action, &QAction::triggered, this, &TableExporter::chooseFile);
}

QString TableExporter::write(const QString& path, posture::TableFormat format) const
{
    const core::MapState& state = m_session->state();
    const posture::StatusTable table =
        posture::statusTable(m_session->dataset(), state.date, state.treaty);
    return core::writeFileAtomically(path, posture::statusTableReport(table, format).toUtf8());
}

void TableExporter::chooseFile()
{
    QList<SaveFormatChoice> formats;
    for (const FormatChoice& choice : kFormats)
        formats.append({tr(choice.filter), QString::fromLatin1(choice.suffix)});
    const QString name =
        QStringLiteral("status-%1.csv").arg(m_session->state().date.toString(Qt::ISODate));
    askForSaveFile(m_window, QStringLiteral("exportTableDialog"), tr("Export Table"), name, formats,
                   [this](const QString& path, qsizetype format) {
                       writeChosen(path, kFormats[format].format);
                   });
}

void TableExporter::writeChosen(const QString& path, posture::TableFormat format)
{
    reportFileWritten(m_window, QStringLiteral("exportTableError"), tr("Export Table"),
                      tr("Table written to %1").arg(path), tr("The table could not be written."),
                      write(path, format));
}

} // namespace flank::ui
