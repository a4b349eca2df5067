#include "legend_strip.h"

#include "legend_text.h"
#include "map_session.h"

#include "render/decoration_painter.h"
#include "render/map_style.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QTextDocument>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace flank::ui {

namespace {

// Taller than any legend: a strip's layout does not depend on its height (LegendPlace::Strip).
constexpr double kUnboundedHeight = 100000;

} // namespace

LegendStrip::LegendStrip(MapSession* session, QWidget* parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("legendStrip"));
    setAccessibleName(tr("Legend"));
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
}

void LegendStrip::setFrames(FrameSource source)
{
    m_frames = std::move(source);
    forgetHeight();
}

void LegendStrip::forgetHeight()
{
    m_tallest.clear();
    m_shownKey = 0;
    refresh();
}

void LegendStrip::refresh()
{
    const std::size_t key = contentKey();
    if (key == m_shownKey)
        return;
    m_shownKey = key;
    // A screen reader reads the legend's lines, which the map only shows.
    QStringList lines;
    for (const render::LegendLayout& legend : legends())
        for (const render::LegendItem& item : legend.items)
            lines << item.text;
    setAccessibleDescription(lines.join(QStringLiteral("; ")));
    updateGeometry();
    update();
}

std::size_t LegendStrip::contentKey() const
{
    std::size_t key = qHash(width());
    for (const Cell& cell : cells(QSizeF(size()))) {
        const render::MapStyle style = render::MapStyle::forTheme(cell.frame.state.theme);
        key =
            qHashMulti(key, cell.area.x(),
                       render::DecorationPainter(cell.frame, style, *m_session->data().projections)
                           .legendKey());
    }
    return key;
}

QList<LegendStrip::Cell> LegendStrip::cells(QSizeF size) const
{
    const QList<render::MapFrame> frames = m_frames ? m_frames() : QList<render::MapFrame>();
    QList<Cell> cells;
    const double width = size.width() / std::max<qsizetype>(1, frames.size());
    for (qsizetype i = 0; i < frames.size(); ++i) {
        Cell cell{frames[i], QRectF(i * width, 0, width, size.height())};
        cell.frame.size = cell.area.size();
        cell.frame.legendPlace = render::LegendPlace::Strip;
        cell.frame.answersPointer = true;
        cell.frame.state.decorations = core::Decorations::none();
        cell.frame.state.decorations.legend = true;
        cell.frame.state.title.clear();
        cell.frame.state.subtitle.clear();
        cells << cell;
    }
    return cells;
}

int LegendStrip::heightForWidth(int width) const
{
    double height = 0;
    for (const Cell& cell : cells(QSizeF(width, kUnboundedHeight))) {
        const render::LegendLayout layout = render::LegendLayout::compute(
            cell.frame, render::MapStyle::forTheme(cell.frame.state.theme));
        // As far below the legend as the legend is below the strip's top.
        height = std::max(height, layout.box.bottom() + layout.box.top());
    }
    int& tallest = m_tallest[width];
    tallest = std::max(tallest, int(std::ceil(height)));
    return tallest;
}

QSize LegendStrip::sizeHint() const
{
    const int width = this->width() > 0 ? this->width() : 800;
    return {width, heightForWidth(width)};
}

QList<render::LegendLayout> LegendStrip::legends() const
{
    QList<render::LegendLayout> legends;
    for (const Cell& cell : cells(QSizeF(size()))) {
        render::LegendLayout layout = render::LegendLayout::compute(
            cell.frame, render::MapStyle::forTheme(cell.frame.state.theme));
        const QPointF offset = cell.area.topLeft();
        layout.box.translate(offset);
        for (render::LegendItem& item : layout.items) {
            item.row.translate(offset);
            item.swatch.translate(offset);
        }
        legends << layout;
    }
    return legends;
}

std::optional<render::LegendItem> LegendStrip::itemAt(QPointF point) const
{
    for (const render::LegendLayout& legend : legends())
        if (const auto item = legend.itemAt(point))
            return item;
    return std::nullopt;
}

void LegendStrip::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().window());
    painter.setRenderHint(QPainter::Antialiasing);
    for (const Cell& cell : cells(QSizeF(size()))) {
        const render::MapStyle style = render::MapStyle::forTheme(cell.frame.state.theme);
        painter.save();
        painter.translate(cell.area.topLeft());
        painter.setClipRect(QRectF(QPointF(0, 0), cell.area.size()));
        render::DecorationPainter(cell.frame, style, *m_session->data().projections).paint(painter);
        painter.restore();
    }
}

void LegendStrip::mouseMoveEvent(QMouseEvent* event)
{
    if (itemAt(event->position()))
        setCursor(Qt::WhatsThisCursor);
    else
        unsetCursor();
    QWidget::mouseMoveEvent(event);
}

void LegendStrip::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton)
        if (const auto item = itemAt(event->position())) {
            emit itemClicked(*item);
            return;
        }
    QWidget::mouseReleaseEvent(event);
}

bool LegendStrip::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        if (const auto item = itemAt(help->pos()))
            QToolTip::showText(
                help->globalPos(),
                Qt::convertFromPlainText(legendExplanation(*item), Qt::WhiteSpaceNormal), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace flank::ui
