#include "gif_palette.h"

#include <algorithm>
#include <array>
#include <vector>

namespace flank::exporting {

namespace {

constexpr int kMaxColors = 256;

struct Weighted
{
    QRgb color;
    qint64 count;
};

int channel(QRgb color, int which)
{
    return which == 0 ? qRed(color) : which == 1 ? qGreen(color) : qBlue(color);
}

// A box of colors and the channel it spreads most along.
struct Box
{
    std::vector<Weighted>::iterator begin, end;
    int widest = 0;
    int spread = 0;

    void measure()
    {
        std::array<int, 3> low{255, 255, 255}, high{0, 0, 0};
        for (auto it = begin; it != end; ++it)
            for (int c = 0; c < 3; ++c) {
                low[c] = std::min(low[c], channel(it->color, c));
                high[c] = std::max(high[c], channel(it->color, c));
            }
        spread = -1;
        for (int c = 0; c < 3; ++c)
            if (high[c] - low[c] > spread) {
                spread = high[c] - low[c];
                widest = c;
            }
    }

    QRgb mean() const
    {
        double sum[3] = {0, 0, 0}, total = 0;
        for (auto it = begin; it != end; ++it) {
            for (int c = 0; c < 3; ++c)
                sum[c] += double(channel(it->color, c)) * double(it->count);
            total += double(it->count);
        }
        return qRgb(int(sum[0] / total + 0.5), int(sum[1] / total + 0.5),
                    int(sum[2] / total + 0.5));
    }
};

} // namespace

void GifPalette::addColorsOf(const QImage& image)
{
    const QImage pixels = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < pixels.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(pixels.constScanLine(y));
        QRgb last = 0;
        qint64* count = nullptr;
        for (int x = 0; x < pixels.width(); ++x) {
            const QRgb color = line[x] | 0xff000000u;
            if (!count || color != last) { // runs of one color are the rule on a map
                last = color;
                count = &m_counts[color];
            }
            ++*count;
        }
    }
}

QList<QRgb> GifPalette::colors() const
{
    std::vector<Weighted> colors;
    colors.reserve(m_counts.size());
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
        colors.push_back({it.key(), it.value()});
    if (colors.size() <= kMaxColors) {
        QList<QRgb> table;
        for (const Weighted& color : colors)
            table << color.color;
        return table;
    }
    std::vector<Box> boxes{{colors.begin(), colors.end()}};
    boxes.front().measure();
    while (boxes.size() < kMaxColors) {
        const auto split =
            std::max_element(boxes.begin(), boxes.end(),
                             [](const Box& a, const Box& b) { return a.spread < b.spread; });
        if (split->spread <= 0)
            break;
        Box& box = *split;
        const int c = box.widest;
        std::sort(box.begin, box.end, [c](const Weighted& a, const Weighted& b) {
            return channel(a.color, c) < channel(b.color, c);
        });
        // Cut at the weighted median, keeping at least one color on each side.
        qint64 total = 0;
        for (auto it = box.begin; it != box.end; ++it)
            total += it->count;
        qint64 running = 0;
        auto cut = box.begin;
        while (cut + 1 != box.end && running + cut->count < total / 2)
            running += (cut++)->count;
        if (cut == box.begin)
            ++cut;
        Box upper{cut, box.end};
        box.end = cut;
        box.measure();
        upper.measure();
        boxes.push_back(upper);
    }
    QList<QRgb> table;
    for (const Box& box : boxes)
        table << box.mean();
    return table;
}

} // namespace flank::exporting
