#include "save_file_chooser.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

#include <algorithm>

namespace flank::ui {

namespace {

qsizetype formatOfFilter(const QList<SaveFormatChoice>& formats, const QString& filter)
{
    const auto found = std::find_if(formats.begin(), formats.end(),
                                    [&](const auto& format) { return format.filter == filter; });
    return found == formats.end() ? 0 : found - formats.begin();
}

} // namespace

void askForSaveFile(QWidget* parent, const QString& objectName, const QString& title,
                    const QString& suggestedName, const QList<SaveFormatChoice>& formats,
                    std::function<void(const QString& path, qsizetype format)> chosen)
{
    QStringList filters;
    for (const SaveFormatChoice& format : formats)
        filters << format.filter;
    auto* dialog = new QFileDialog(parent, title, suggestedName);
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilters(filters);
    if (!formats.isEmpty())
        dialog->setDefaultSuffix(formats.first().suffix);
    QObject::connect(
        dialog, &QFileDialog::filterSelected, dialog, [dialog, formats](const QString& filter) {
            dialog->setDefaultSuffix(formats.value(formatOfFilter(formats, filter)).suffix);
        });
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog,
                     [dialog, formats, chosen = std::move(chosen)](const QString& path) {
                         qsizetype format = formatOfFilter(formats, dialog->selectedNameFilter());
                         const QString suffix = QFileInfo(path).suffix().toLower();
                         for (qsizetype i = 0; i < formats.size(); ++i)
                             if (suffix == formats[i].suffix)
                                 format = i;
                         chosen(path, format);
                     });
    dialog->open();
}

void reportFileWritten(QMainWindow* window, const QString& objectName, const QString& title,
                       const QString& writtenMessage, const QString& summary,
                       const QString& problem)
{
    if (problem.isEmpty()) {
        window->statusBar()->showMessage(writtenMessage, 5000);
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Warning, title, summary, QMessageBox::Ok, window);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(problem);
    box->open();
    window->statusBar()->showMessage(QStringLiteral("%1: %2").arg(title, problem));
}

} // namespace flank::ui
