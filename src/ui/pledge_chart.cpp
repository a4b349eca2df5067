#include "pledge_chart.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace flank::ui {

PledgeChart::PledgeChart(const QList<posture::Pledge>& pledges, QWidget* parent) : QWidget(parent)
{
    // With a spending series, the bars are the series alone, one a year. Pledges for later
    // years stay in the list below. Without a series, the pledges are the bars.
    const QList<posture::Pledge> series = posture::spendingSeries(pledges);
    if (!series.isEmpty()) {
        m_pledges = series;
        setAccessibleName(tr("Defence spending, percent of GDP by year"));
    } else {
        for (const posture::Pledge& pledge : pledges)
            if (pledge.unit == posture::PledgeUnit::PercentGdp)
                m_pledges << pledge;
        std::stable_sort(m_pledges.begin(), m_pledges.end(),
                         [](const auto& a, const auto& b) { return a.targetYear < b.targetYear; });
        setAccessibleName(tr("Defence-spending pledges, percent of GDP by target year"));
    }
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

QSize PledgeChart::sizeHint() const
{
    return QSize(240, fontMetrics().height() * 7);
}

void PledgeChart::paintEvent(QPaintEvent*)
{
    if (m_pledges.isEmpty())
        return;
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics = fontMetrics();
    const int labelHeight = metrics.height();
    const QRect plot = rect().adjusted(4, labelHeight + 2, -4, -labelHeight - 2);
    double top = 0;
    for (const posture::Pledge& pledge : m_pledges)
        top = std::max(top, pledge.value);
    top = std::max(5.0, std::ceil(top));
    const int count = int(m_pledges.size());
    const int slot = plot.width() / std::max(1, count);
    const int barWidth = std::clamp(slot * 3 / 5, 6, 48);
    const QColor bar(0x00, 0x72, 0xB2);
    // A dashed line at NATO's 2 % guideline gives the bars a yardstick.
    const int twoPercentY = plot.bottom() - int(plot.height() * 2.0 / top);
    painter.setPen(QPen(palette().color(QPalette::PlaceholderText), 1, Qt::DashLine));
    painter.drawLine(plot.left(), twoPercentY, plot.right(), twoPercentY);
    painter.drawText(QRect(plot.left(), twoPercentY - labelHeight, plot.width(), labelHeight),
                     Qt::AlignRight | Qt::AlignBottom, tr("2 %"));
    for (int i = 0; i < count; ++i) {
        const posture::Pledge& pledge = m_pledges[i];
        const int height = int(plot.height() * pledge.value / top);
        const int x = plot.left() + i * slot + (slot - barWidth) / 2;
        const QRect barRect(x, plot.bottom() - height, barWidth, height);
        painter.fillRect(barRect, bar);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(
            QRect(x - slot / 2, barRect.top() - labelHeight, barWidth + slot, labelHeight),
            Qt::AlignCenter, QLocale::c().toString(pledge.value, 'g', 3));
        painter.drawText(QRect(x - slot / 2, plot.bottom() + 2, barWidth + slot, labelHeight),
                         Qt::AlignCenter, QString::number(pledge.targetYear));
    }
}

} // namespace flank::ui
