#include "panel_builder.h"

#include "locale_format.h"

#include "posture/citation_formats.h"
#include "posture/safe_link.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QGuiApplication>
#include <QLabel>
#include <QUrl>
#include <QVBoxLayout>

namespace flank::ui {

PanelBuilder::PanelBuilder(QWidget* parent, QVBoxLayout* layout, const posture::Dataset& dataset)
    : m_parent(parent), m_layout(layout), m_dataset(dataset)
{
}

QLabel* PanelBuilder::label(const QString& text, Qt::TextFormat format, const QString& objectName)
{
    auto* label = new QLabel(m_parent);
    label->setTextFormat(format);
    label->setText(text);
    label->setWordWrap(true);
    label->setTextInteractionFlags(format == Qt::PlainText
                                       ? Qt::TextSelectableByMouse
                                       : Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse |
                                             Qt::LinksAccessibleByKeyboard);
    label->setObjectName(objectName);
    m_layout->addWidget(label);
    return label;
}

QLabel* PanelBuilder::heading(const QString& text, double scale)
{
    QLabel* result = label(text, Qt::PlainText, QStringLiteral("heading"));
    QFont font = m_parent->font();
    font.setBold(true);
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * scale);
    result->setFont(font);
    return result;
}

QLabel* PanelBuilder::text(const QString& text, const QString& objectName)
{
    return label(text, Qt::PlainText, objectName);
}

QLabel* PanelBuilder::detail(const QString& text, const QString& objectName)
{
    QLabel* result = label(text, Qt::PlainText, objectName);
    result->setForegroundRole(QPalette::PlaceholderText);
    return result;
}

QLabel* PanelBuilder::sources(const QStringList& ids)
{
    QStringList lines;
    for (const posture::Source& source : m_dataset.sourcesFor(ids))
        lines << sourceHtml(source, m_parent->palette().color(QPalette::Link));
    if (lines.isEmpty())
        lines << QCoreApplication::translate("flank::ui::Panel", "Source: none given")
                     .toHtmlEscaped();
    return sourceLabel(lines.join(QStringLiteral("<br>")), QStringLiteral("sources"), ids);
}

QLabel* PanelBuilder::compactSources(const QStringList& ids)
{
    const QColor linkColor = m_parent->palette().color(QPalette::Link);
    QStringList parts;
    for (const posture::Source& source : m_dataset.sourcesFor(ids)) {
        QString part =
            source.copyOf
                ? QCoreApplication::translate("flank::ui::Panel", "%1 (copy on %2)")
                      .arg(source.copyOf->outlet.toHtmlEscaped(), outletHtml(source, linkColor))
                : outletHtml(source, linkColor);
        if (source.date.isValid())
            part += QStringLiteral(" ") + localDate(source.date).toHtmlEscaped();
        if (source.unreliable)
            part += QStringLiteral(" <i>%1</i>")
                        .arg(QCoreApplication::translate("flank::ui::Panel", "(known errors)")
                                 .toHtmlEscaped());
        parts << part;
    }
    if (parts.isEmpty())
        return sourceLabel(
            QCoreApplication::translate("flank::ui::Panel", "Source: none given").toHtmlEscaped(),
            QStringLiteral("compactSources"), ids);
    return sourceLabel(QCoreApplication::translate("flank::ui::Panel", "Sources: %1")
                           .arg(parts.join(QStringLiteral(" · "))),
                       QStringLiteral("compactSources"), ids);
}

QLabel* PanelBuilder::sourceLabel(const QString& html, const QString& objectName,
                                  const QStringList& ids)
{
    const QList<posture::Source> cited = m_dataset.sourcesFor(ids);
    QString withCopy = html;
    if (!cited.isEmpty())
        withCopy += QStringLiteral(" · <a href=\"%1\" style=\"color:%2\">%3</a>")
                        .arg(QLatin1String(kCopyCitationLink),
                             m_parent->palette().color(QPalette::Link).name(),
                             QCoreApplication::translate("flank::ui::Panel", "Copy citation")
                                 .toHtmlEscaped());
    QLabel* result = label(withCopy, Qt::RichText, objectName);
    result->setOpenExternalLinks(false);
    // The record's sources as text, one a line, ready to paste into a paper or a slide's notes.
    const QString citation = posture::formatCitations(cited, posture::CitationFormat::Text);
    QObject::connect(result, &QLabel::linkActivated, result, [citation](const QString& link) {
        if (link == QLatin1String(kCopyCitationLink))
            QGuiApplication::clipboard()->setText(citation);
        else
            openSafeLink(link);
    });
    QFont font = m_parent->font();
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.9);
    result->setFont(font);
    return result;
}

void PanelBuilder::spacing(int pixels)
{
    m_layout->addSpacing(pixels);
}

void PanelBuilder::addWidget(QWidget* widget)
{
    m_layout->addWidget(widget);
}

QString PanelBuilder::outletHtml(const posture::Source& source, const QColor& linkColor)
{
    const QString outlet = source.outlet.toHtmlEscaped();
    return posture::isSafeLink(source.url)
               ? QStringLiteral("<a href=\"%1\" style=\"color:%2\">%3</a>")
                     .arg(source.url.toHtmlEscaped(), linkColor.name(), outlet)
               : outlet;
}

QString PanelBuilder::sourceHtml(const posture::Source& source, const QColor& linkColor)
{
    const QString named = outletHtml(source, linkColor);
    // A copy is marked as one and credits the original's publisher, title and date.
    QString html =
        source.copyOf
            ? QCoreApplication::translate("flank::ui::Panel",
                                          "Source: copy on %1 of an article by %2, “%3”, %4")
                  .arg(named, source.copyOf->outlet.toHtmlEscaped(),
                       (source.copyOf->title.isEmpty() ? source.title : source.copyOf->title)
                           .toHtmlEscaped(),
                       localDate(source.copyOf->date.isValid() ? source.copyOf->date : source.date))
            : QCoreApplication::translate("flank::ui::Panel", "Source: %1, “%2”, %3")
                  .arg(named, source.title.toHtmlEscaped(), localDate(source.date));
    if (source.unreliable)
        html += QStringLiteral(" <i>%1</i>")
                    .arg(QCoreApplication::translate("flank::ui::Panel",
                                                     "(known to contain errors: %1)")
                             .arg(source.note)
                             .toHtmlEscaped());
    return html;
}

bool openSafeLink(const QString& url)
{
    if (!posture::isSafeLink(url))
        return false;
    return QDesktopServices::openUrl(QUrl(url, QUrl::StrictMode));
}

} // namespace flank::ui
