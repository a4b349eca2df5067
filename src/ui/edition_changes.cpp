#include "edition_changes.h"

#include "locale_format.h"

#include "posture/dataset_diff.h"
#include "posture/dataset_diff_report.h"

#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace flank::ui {

bool isNewerEdition(const posture::Dataset& older, const posture::Dataset& newer)
{
    return !older.format().isEmpty() && older.format() == newer.format() &&
           older.asOf().isValid() && newer.asOf().isValid() && older.asOf() < newer.asOf();
}

namespace {

// The translation context of this file's strings.
struct EditionChanges
{
    Q_DECLARE_TR_FUNCTIONS(flank::ui::EditionChanges)
};

} // namespace

void showEditionChanges(QWidget* window, const posture::Dataset& older,
                        const posture::Dataset& newer, QDate day)
{
    const posture::DatasetDiff diff = posture::diffDatasets(older, newer, day);
    const QString olderName = EditionChanges::tr("the edition of %1").arg(localDate(older.asOf()));
    const QString newerName = EditionChanges::tr("the edition of %1").arg(localDate(newer.asOf()));
    // Not modal: the user reads the list beside the map the new edition now draws.
    auto* dialog = new QDialog(window);
    dialog->setObjectName(QStringLiteral("editionChanges"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(EditionChanges::tr("What the New Edition Changes"));
    auto* layout = new QVBoxLayout(dialog);
    auto* summary = new QLabel(
        diff.isEmpty()
            ? EditionChanges::tr("The edition of %1 has the same records and statuses as the one "
                                 "shown before.")
                  .arg(newer.asOf().toString())
            : EditionChanges::tr(
                  "%n record(s) added, removed or changed; %1 status(es) on %2 differ.", nullptr,
                  int(diff.records.size()))
                  .arg(diff.statuses.size())
                  .arg(day.toString(Qt::ISODate)),
        dialog);
    summary->setWordWrap(true);
    layout->addWidget(summary);
    auto* list = new QPlainTextEdit(posture::datasetDiffText(diff, olderName, newerName), dialog);
    list->setObjectName(QStringLiteral("editionChangesList"));
    list->setReadOnly(true);
    list->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    list->setAccessibleName(EditionChanges::tr("Changes between the editions"));
    layout->addWidget(list, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);
    dialog->resize(640, 420);
    dialog->show();
}

} // namespace flank::ui
