#include "table_exporter.h"

#include "map_session.h"

#include "core/atomic_file.h"

#include <QAction>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

#include <algorithm>

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

// The choice behind one of the dialog's filters, CSV for one it does not know.
const FormatChoice& choiceOf(const QStringList& filters, const QString& filter)
{
    return kFormats[std::max<qsizetype>(0, filters.indexOf(filter))];
}

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
    QStringList filters;
    for (const FormatChoice& choice : kFormats)
        filters << tr(choice.filter);
    const QString name =
        QStringLiteral("status-%1.csv").arg(m_session->state().date.toString(Qt::ISODate));
    auto* dialog = new QFileDialog(m_window, tr("Export Table"), name);
    dialog->setObjectName(QStringLiteral("exportTableDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilters(filters);
    dialog->setDefaultSuffix(QString::fromLatin1(kFormats[0].suffix));
    // The file's suffix follows the format chosen, and a typed suffix chooses the format.
    connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, filters](const QString& filter) {
        dialog->setDefaultSuffix(QString::fromLatin1(choiceOf(filters, filter).suffix));
    });
    connect(dialog, &QFileDialog::fileSelected, this, [this, dialog, filters](const QString& path) {
        posture::TableFormat format = choiceOf(filters, dialog->selectedNameFilter()).format;
        const QString suffix = QFileInfo(path).suffix().toLower();
        for (const FormatChoice& choice : kFormats)
            if (suffix == QLatin1String(choice.suffix))
                format = choice.format;
        writeChosen(path, format);
    });
    dialog->open();
}

void TableExporter::writeChosen(const QString& path, posture::TableFormat format)
{
    const QString problem = write(path, format);
    if (problem.isEmpty()) {
        m_window->statusBar()->showMessage(tr("Table written to %1").arg(path), 5000);
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Export Table"),
                                tr("The table could not be written."), QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("exportTableError"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(problem);
    box->open();
    m_window->statusBar()->showMessage(tr("Export Table: %1").arg(problem));
}

} // namespace flank::ui
