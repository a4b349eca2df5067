#include "coverage_mask.h"

#include <algorithm>
#include <array>
#include <climits>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <utility>

namespace flank::render {

namespace {

// The device pixels a segment's ink can reach: its half width and half a pixel of antialiasing.
QRectF reachOf(const CoverageMask::Segment& segment)
{
    const double reach = segment.halfWidth + 0.5;
    return QRectF(QPointF(std::min(segment.from.x(), segment.to.x()) - reach,
                          std::min(segment.from.y(), segment.to.y()) - reach),
                  QPointF(std::max(segment.from.x(), segment.to.x()) + reach,
                          std::max(segment.from.y(), segment.to.y()) + reach));
}

// Farther along a segment than any picture reaches: no end at all.
constexpr float kFar = 1e30f;

// Plain comparisons, which the compiler turns into the processor's minimum and maximum.
float least(float a, float b)
{
    return a < b ? a : b;
}

float greatest(float a, float b)
{
    return a > b ? a : b;
}

// One byte of coverage (or distance) a pixel over an area, and the span of each of its rows
// that segments reached.
struct Coverage
{
    QRect area;
    std::vector<std::uint8_t> alpha;
    std::vector<int> first, last;

    void reset(const QRect& to, std::uint8_t empty)
    {
        area = to;
        alpha.assign(std::size_t(to.width()) * std::size_t(to.height()), empty);
        first.assign(std::size_t(to.height()), INT_MAX);
        last.assign(std::size_t(to.height()), -1);
    }
};

struct Span
{
    int first = 0, last = -1;
};

// The columns of [left, right] where a linear function c + k x of the column's centre lies
// within [low, high], held a hair inside so rounding never claims a pixel.
Span within(double c, double k, double low, double high, int left, int right)
{
    constexpr double kHair = 1e-3;
    if (std::abs(k) < 1e-12)
        return c >= low && c <= high ? Span{left, right} : Span{};
    double from = (low - c) / k, to = (high - c) / k;
    if (from > to)
        std::swap(from, to);
    return {std::max(left, int(std::ceil(from + kHair))),
            std::min(right, int(std::floor(to - kHair)))};
}

// The columns of row `centreY` between `left` and `right` that `segment` covers whole.
Span solidSpan(const CoverageMask::Segment& segment, double length, QPointF unit, int left,
               int right, double centreY)
{
    const double inner = segment.halfWidth - 0.5;
    if (inner <= 0 || length == 0)
        return {};
    const QPointF a = segment.from;
    const double dy = centreY - a.y();
    // Across and along the axis at column x (centre x + 0.5): c + k x.
    const Span across =
        within((0.5 - a.x()) * unit.y() - dy * unit.x(), unit.y(), -inner, inner, left, right);
    const Span along =
        within((0.5 - a.x()) * unit.x() + dy * unit.y(), unit.x(), segment.flatFrom ? 0.5 : 0.0,
               segment.flatTo ? length - 0.5 : length, left, right);
    return {std::max(across.first, along.first), std::min(across.last, along.last)};
}

// Keeps each pixel's largest coverage by `segment`: one minus its distance beyond the half
// width, for the distance from the pixel's centre to the segment (to its axis alone past a
// flat end, which fades over the half pixel on either side of that end's point).
//
// Or, `Distances` true, keeps each pixel's smallest distance to a segment with round ends, as a
// byte: 0 on the axis to 255 at the half width and half a pixel out (`reach`), for inks of
// several widths around one axis (CoverageMask::blendCasedOnto).
template <bool Distances>
void cover(Coverage& coverage, const CoverageMask::Segment& segment, double reach)
{
    const QRect& area = coverage.area;
    const double length =
        std::hypot(segment.to.x() - segment.from.x(), segment.to.y() - segment.from.y());
    if (length == 0 && (segment.flatFrom || segment.flatTo))
        return;
    const QPointF a = segment.from;
    const QPointF delta = segment.to - a;
    const QPointF unit = length > 0 ? delta / length : QPointF(1, 0);
    const QRectF bounds = reachOf(segment);
    const int top = std::max(area.top(), int(std::floor(bounds.top())));
    const int bottom = std::min(area.bottom(), int(std::ceil(bounds.bottom())));
    // Across each row the ink lies within the strip around the segment's axis.
    const bool level = std::abs(delta.y()) < 1e-9 * std::max(1.0, length);
    const double slope = level ? 0.0 : delta.x() / delta.y();
    const double halfSpan = level ? 0.0 : reach * length / std::abs(delta.y()); // when not level
    // Per pixel in floats and without branches, so the compiler can do several at once: the
    // nearest point of the segment is the pixel's foot on the axis, held to the segment's
    // ends where they are round; a flat end fades the ink along the axis instead.
    const float end = float(length), edge = float(reach);
    const float nearestFrom = segment.flatFrom ? -kFar : 0.0f;
    const float nearestTo = segment.flatTo ? kFar : end;
    const float fadeFrom = segment.flatFrom ? 0.5f : 1.0f;
    const float fadeTo = segment.flatTo ? 0.5f : 1.0f;
    const float fromWeight = segment.flatFrom ? 1.0f : 0.0f;
    const float toWeight = segment.flatTo ? 1.0f : 0.0f;
    const float ux = float(unit.x()), uy = float(unit.y());
    // A short piece (a tick) or a thin one has too few whole pixels to be worth looking for.
    const double innerLength =
        length - (segment.flatFrom ? 0.5 : 0.0) - (segment.flatTo ? 0.5 : 0.0);
    const bool hasSolidPixels = innerLength >= 2.0 && segment.halfWidth >= 1.5;
    const float toByte = float(255.0 / reach);
    for (int y = top; y <= bottom; ++y) {
        const double centreY = y + 0.5;
        double low = bounds.left(), high = bounds.right();
        if (!level) {
            const double axisX = a.x() + (centreY - a.y()) * slope;
            low = std::max(low, axisX - halfSpan);
            high = std::min(high, axisX + halfSpan);
        }
        const int left = std::max(area.left(), int(std::floor(low - 0.5)));
        const int right = std::min(area.right(), int(std::ceil(high - 0.5)));
        if (left > right)
            continue;
        const std::size_t row = std::size_t(y - area.top());
        std::uint8_t* alpha = coverage.alpha.data() + row * std::size_t(area.width()) +
                              std::size_t(left - area.left());
        const float dx = float(left + 0.5 - a.x()), dy = float(centreY - a.y());
        // Eight pixels at a time, the last block cut short: a loop of fixed length is one the
        // compiler runs on vector registers even for the short spans most rows have.
        const auto evaluate = [&](int from, int to) { // pixels left + from to left + to - 1
            constexpr int kBlock = 8;
            for (int start = from; start < to; start += kBlock) {
                std::array<float, kBlock> values;
                for (int k = 0; k < kBlock; ++k) {
                    const float px = dx + float(start + k);
                    const float along = px * ux + dy * uy;
                    const float across = px * uy - dy * ux;
                    const float foot = least(greatest(along, nearestFrom), nearestTo);
                    const float distance =
                        std::sqrt((along - foot) * (along - foot) + across * across);
                    if constexpr (Distances) {
                        values[std::size_t(k)] = least(distance * toByte, 255.0f) + 0.5f;
                    } else {
                        const float fade = least(least(fromWeight * along + fadeFrom, 1.0f),
                                                 toWeight * (end - along) + fadeTo);
                        values[std::size_t(k)] = least(greatest(edge - distance, 0.0f), 1.0f) *
                                                     least(greatest(fade, 0.0f), 1.0f) * 255.0f +
                                                 0.5f;
                    }
                }
                const int count = std::min(kBlock, to - start);
                for (int k = 0; k < count; ++k) {
                    const int byte = int(values[std::size_t(k)]);
                    std::uint8_t& pixel = alpha[start + k];
                    if constexpr (Distances)
                        pixel = std::uint8_t(pixel < byte ? pixel : byte);
                    else
                        pixel = std::uint8_t(pixel > byte ? pixel : byte);
                }
            }
        };
        // The pixels surely inked whole, within half a pixel less than the half width of the
        // axis and along the segment's inside, are filled without a look.
        const Span inside = Distances || !hasSolidPixels
                                ? Span{}
                                : solidSpan(segment, length, unit, left, right, centreY);
        if (inside.first > inside.last) {
            evaluate(0, right - left + 1);
        } else {
            evaluate(0, inside.first - left);
            std::memset(alpha + (inside.first - left), 255,
                        std::size_t(inside.last - inside.first + 1));
            evaluate(inside.last - left + 1, right - left + 1);
        }
        coverage.first[row] = std::min(coverage.first[row], left);
        coverage.last[row] = std::max(coverage.last[row], right);
    }
}

// `color` over `under` by `alpha` of 255, both premultiplied, `color` opaque.
std::uint32_t blended(std::uint32_t color, std::uint32_t under, std::uint32_t alpha)
{
    const std::uint32_t rest = 255 - alpha;
    std::uint32_t redBlue = (color & 0xff00ff) * alpha + (under & 0xff00ff) * rest;
    redBlue = ((redBlue + ((redBlue >> 8) & 0xff00ff) + 0x800080) >> 8) & 0xff00ff;
    std::uint32_t alphaGreen = ((color >> 8) & 0xff00ff) * alpha + ((under >> 8) & 0xff00ff) * rest;
    alphaGreen = (alphaGreen + ((alphaGreen >> 8) & 0xff00ff) + 0x800080) & 0xff00ff00;
    return alphaGreen | redBlue;
}

// Calls `blend` for each pixel of `image` in the rows' reached spans, with its mask byte.
template <typename Blend>
void blendRows(QImage& image, const Coverage& coverage, const Blend& blend)
{
    const QRect& area = coverage.area;
    uchar* bits = image.bits();
    const qsizetype stride = image.bytesPerLine();
    for (int y = area.top(); y <= area.bottom(); ++y) {
        const std::size_t row = std::size_t(y - area.top());
        const std::uint8_t* mask = coverage.alpha.data() + row * std::size_t(area.width());
        auto* pixels = reinterpret_cast<std::uint32_t*>(bits + y * stride);
        for (int x = coverage.first[row]; x <= coverage.last[row]; ++x)
            blend(pixels[x], mask[x - area.left()]);
    }
}

} // namespace

bool CoverageMask::suits(const QImage& image)
{
    return image.format() == QImage::Format_ARGB32_Premultiplied ||
           image.format() == QImage::Format_RGB32;
}

QRect CoverageMask::areaOn(const QImage& image, const QRect& clip) const
{
    if (m_segments.empty() || !suits(image))
        return {};
    QRectF reach;
    for (const Segment& segment : m_segments)
        reach |= reachOf(segment);
    return reach.toAlignedRect() & clip & image.rect();
}

void CoverageMask::blendOnto(QImage& image, QRgb color, const QRect& clip) const
{
    const QRect area = areaOn(image, clip);
    if (area.isEmpty())
        return;
    // Kept per thread: bands of one picture draw their lines at once.
    thread_local Coverage coverage;
    coverage.reset(area, 0);
    for (const Segment& segment : m_segments)
        cover<false>(coverage, segment, segment.halfWidth + 0.5);
    const std::uint32_t ink = 0xff000000u | color;
    blendRows(image, coverage, [ink](std::uint32_t& pixel, std::uint8_t alpha) {
        if (alpha == 255)
            pixel = ink;
        else if (alpha > 0)
            pixel = blended(ink, pixel, alpha);
    });
}

void CoverageMask::blendCasedOnto(QImage& image, QRgb casing, QRgb line, double lineHalfWidth,
                                  const QRect& clip) const
{
    const QRect area = areaOn(image, clip);
    if (area.isEmpty())
        return;
    double reach = 0;
    for (const Segment& segment : m_segments)
        reach = std::max(reach, segment.halfWidth + 0.5);
    thread_local Coverage distances;
    distances.reset(area, 255);
    for (const Segment& segment : m_segments)
        cover<true>(distances, segment, reach);
    // Each ink's coverage at each distance byte.
    std::array<std::uint8_t, 256> casingAlpha{}, lineAlpha{};
    for (int byte = 0; byte < 256; ++byte) {
        const double distance = byte * reach / 255;
        const auto alphaAt = [distance](double half) {
            return std::uint8_t(std::clamp(half + 0.5 - distance, 0.0, 1.0) * 255 + 0.5);
        };
        casingAlpha[std::size_t(byte)] = alphaAt(reach - 0.5);
        lineAlpha[std::size_t(byte)] = alphaAt(lineHalfWidth);
    }
    const std::uint32_t casingInk = 0xff000000u | casing, lineInk = 0xff000000u | line;
    blendRows(image, distances, [&](std::uint32_t& pixel, std::uint8_t byte) {
        if (const std::uint8_t alpha = casingAlpha[byte])
            pixel = alpha == 255 ? casingInk : blended(casingInk, pixel, alpha);
        if (const std::uint8_t alpha = lineAlpha[byte])
            pixel = alpha == 255 ? lineInk : blended(lineInk, pixel, alpha);
    });
}

} // namespace flank::render
