#include "about_dialog.h"

#include "locale_format.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace flank::ui {

namespace {

QStringList outletsOf(const posture::Dataset& dataset)
{
    QStringList outlets;
    for (const posture::Source& source : dataset.sources())
        outlets << source.outlet;
    outlets.removeDuplicates();
    outlets.sort(Qt::CaseInsensitive);
    return outlets;
}

QLabel* richLabel(const QString& html, QWidget* parent)
{
    auto* label = new QLabel(html, parent);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setOpenExternalLinks(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    return label;
}

} // namespace

AboutDialog::AboutDialog(const posture::Dataset& dataset, QWidget* parent) : QDialog(parent)
{
    setWindowTitle(tr("About Flank Atlas"));
    auto* layout = new QVBoxLayout(this);

    auto* header = new QHBoxLayout;
    auto* icon = new QLabel(this);
    icon->setPixmap(QApplication::windowIcon().pixmap(64, 64));
    icon->setAccessibleName(tr("Flank Atlas icon"));
    header->addWidget(icon);
    header->addWidget(richLabel(
        tr("<h2>Flank Atlas</h2><p>Version %1</p>"
           "<p>A map of NATO's eastern flank under the Ottawa Convention and the Convention on "
           "Cluster Munitions.</p>")
            .arg(QApplication::applicationVersion().toHtmlEscaped()),
        this));
    layout->addLayout(header);

    const QString asOf = dataset.asOf().isValid() ? localDate(dataset.asOf()) : tr("unknown");
    const QLocale locale;
    // The dataset's own text (its date, its outlets) is inserted escaped or as plain text.
    layout->addWidget(richLabel(
        tr("<p><b>Code:</b> MIT licence.</p>"
           "<p><b>Borders:</b> <a href=\"https://www.naturalearthdata.com/\">Natural Earth</a> "
           "4.1.0, public domain.</p>"
           "<p><b>Posture dataset:</b> as of %1, %2 sources; licensed under "
           "<a href=\"https://creativecommons.org/licenses/by/4.0/\">CC BY 4.0</a>. Every "
           "status, quote, pledge and troop note names its sources; quotations remain the work "
           "of their authors and outlets.</p>"
           "<p><b>Fonts:</b> DejaVu, Bitstream Vera licence.</p>")
            .arg(asOf.toHtmlEscaped(), locale.toString(dataset.sources().size())),
        this));

    auto* outletsLabel = new QLabel(tr("Outlets the dataset cites:"), this);
    auto* outlets = new QPlainTextEdit(outletsOf(dataset).join(QLatin1Char('\n')), this);
    outlets->setReadOnly(true);
    outlets->setAccessibleName(tr("Outlets the dataset cites"));
    outlets->setMaximumHeight(120);
    outletsLabel->setBuddy(outlets);
    layout->addWidget(outletsLabel);
    layout->addWidget(outlets);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    connect(aboutQt, &QPushButton::clicked, qApp, &QApplication::aboutQt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

} // namespace flank::ui
