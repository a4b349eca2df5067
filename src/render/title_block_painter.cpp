#include "title_block_painter.h"

#include "decoration_painter.h"
#include "text_measure.h"

#include "posture/local_partial_date.h"

#include <QCoreApplication>
#include <QFontMetricsF>

namespace flank::render {

namespace {

constexpr double kTitleScale = 2.0, kSubtitleScale = 1.2, kFooterScale = 0.85;
constexpr int kFooterFlags = Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap;

} // namespace

TitleBlockPainter::TitleBlockPainter(const MapFrame& frame, const MapStyle& style)
    : m_frame(frame), m_style(style)
{
}

QFont TitleBlockPainter::font(double scale, bool bold) const
{
    QFont font(m_style.fontFamily);
    font.setPixelSize(std::max(1, int(m_frame.points(m_style.baseFontPt * scale))));
    font.setBold(bold);
    return font;
}

QString TitleBlockPainter::title() const
{
    if (!m_frame.state.title.isEmpty())
        return m_frame.state.title;
    const QString treaty = m_frame.treatyName.isEmpty() ? core::fillTreatyId(m_frame.state.treaty)
                                                        : m_frame.treatyName;
    const QString date = formatLongDate(m_frame.state.date);
    if (m_frame.overlayTreatyName.isEmpty())
        return QCoreApplication::translate("flank::render::TitleBlock", "%1: status on %2")
            .arg(treaty, date);
    return QCoreApplication::translate("flank::render::TitleBlock", "%1 and %2: status on %3")
        .arg(treaty, m_frame.overlayTreatyName, date);
}

QString TitleBlockPainter::footerText() const
{
    QString text;
    const core::Decorations& shown = m_frame.state.decorations;
    if (!shown.sources)
        return datasetCitation();
    if (!m_frame.sourceOutlets.isEmpty())
        text = QCoreApplication::translate("flank::render::TitleBlock", "Sources: %1.")
                   .arg(m_frame.sourceOutlets.join(QStringLiteral(", "))) +
               QLatin1Char(' ');
    text += QCoreApplication::translate("flank::render::TitleBlock", "Borders: Natural Earth.");
    if (const auto checked = posture::PartialDate::fromString(m_frame.dataAsOf)) {
        QString sentence =
            QCoreApplication::translate("flank::render::TitleBlock", "Data checked on %1.")
                .arg(posture::localDate(*checked));
        // Dates that end in an abbreviation ("2 грудня 2026 р.") end the sentence too.
        if (sentence.endsWith(QLatin1String("..")))
            sentence.chop(1);
        text += QLatin1Char(' ') + sentence;
    }
    if (shown.datasetCitation)
        text += QLatin1Char(' ') + datasetCitation();
    return text;
}

QString TitleBlockPainter::datasetCitation() const
{
    if (!m_frame.state.decorations.datasetCitation)
        return {};
    return QCoreApplication::translate("flank::render::TitleBlock",
                                       "Data: Flank Atlas posture dataset, edition of %1 "
                                       "(format %2).")
        .arg(m_frame.dataAsOf.isEmpty() ? QStringLiteral("?") : m_frame.dataAsOf)
        .arg(m_frame.dataFormatVersion);
}

double TitleBlockPainter::topBand() const
{
    if (!m_frame.state.decorations.title)
        return 0;
    double height = 2 * padding() + QFontMetricsF(font(kTitleScale, true)).height();
    if (!m_frame.state.subtitle.isEmpty())
        height += QFontMetricsF(font(kSubtitleScale, false)).height();
    return height;
}

double TitleBlockPainter::bottomBand() const
{
    if (!m_frame.state.decorations.sources && !m_frame.state.decorations.datasetCitation)
        return 0;
    const QFont footerFont = font(kFooterScale, false);
    const double width = std::max(1.0, m_frame.size.width() - 2 * padding());
    const QString text = footerText();
    const double height = wrappedTextBounds(footerFont, width, kFooterFlags, text).height();
    return height + 1.4 * padding();
}

void TitleBlockPainter::paint(QPainter& painter) const
{
    // Opaque bands: the map must not show through the title or the sources.
    QColor band = m_style.panel;
    band.setAlpha(255);
    painter.save();
    const double width = m_frame.size.width();
    // A band outside the painter's clip (a strip of an export elsewhere) is not laid out.
    const auto shows = [&](double y, double height) {
        return !painter.hasClipping() ||
               painter.clipBoundingRect().intersects(QRectF(0, y - 1, width, height + 2));
    };
    if (const double top = topBand(); top > 0 && shows(0, top)) {
        painter.fillRect(QRectF(0, 0, width, top), band);
        painter.fillRect(QRectF(0, top - m_frame.points(0.6), width, m_frame.points(0.6)),
                         m_style.panelBorder);
        QFont titleFont = font(kTitleScale, true);
        const double titleHeight = QFontMetricsF(titleFont).height();
        const double room = width - 2 * padding();
        // A title too long for the band is set smaller, down to the subtitle's size, then cut.
        QString text = title();
        if (const double wide = textAdvance(titleFont, text); wide > room) {
            const int smallest = font(kSubtitleScale, true).pixelSize();
            titleFont.setPixelSize(std::max(smallest, int(titleFont.pixelSize() * room / wide)));
            text = QFontMetricsF(titleFont).elidedText(text, Qt::ElideRight, room);
        }
        painter.setPen(m_style.text);
        painter.setFont(titleFont);
        painter.drawText(QRectF(padding(), padding(), room, titleHeight),
                         Qt::AlignLeft | Qt::AlignVCenter, text);
        if (!m_frame.state.subtitle.isEmpty()) {
            painter.setFont(font(kSubtitleScale, false));
            painter.drawText(QRectF(padding(), padding() + titleHeight, width - 2 * padding(),
                                    top - titleHeight - 2 * padding()),
                             Qt::AlignLeft | Qt::AlignVCenter, m_frame.state.subtitle);
        }
    }
    if (const double bottom = bottomBand();
        bottom > 0 && shows(m_frame.size.height() - bottom, bottom)) {
        const double y = m_frame.size.height() - bottom;
        painter.fillRect(QRectF(0, y, width, bottom), band);
        painter.fillRect(QRectF(0, y, width, m_frame.points(0.6)), m_style.panelBorder);
        painter.setPen(m_style.text);
        painter.setFont(font(kFooterScale, false));
        painter.drawText(QRectF(padding(), y, width - 2 * padding(), bottom), kFooterFlags,
                         footerText());
    }
    painter.restore();
}

} // namespace flank::render
