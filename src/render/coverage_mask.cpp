#include "coverage_mask.h"

#include <algorithm>
#include <array>
#include <climits>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <utility>

// The build targets every x86-64 processor; on one with AVX2 the two blends, with every loop
// they call (flatten), run a build of their own for it, which the loader picks. Measured in a
// whole frame, after the countries are drawn, the lines take about 30 % less processor time
// that way, and their pixels are the same: no instruction changes any arithmetic.
#if defined(__x86_64__)
#define FLANK_ALSO_FOR_AVX2 [[gnu::target_clones("avx2", "default"), gnu::flatten]]
#else
#define FLANK_ALSO_FOR_AVX2
#endif

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

// Pixels a row's ink is worked out for at once (RowInk::evaluate).
constexpr int kBlock = 8;

// One byte of coverage (or distance) a pixel over an area, and the span of each of its rows
// that segments reached. Each row has a block's bytes to spare past its end, so a block of
// pixels is always written whole.
struct Coverage
{
    QRect area;
    std::size_t stride = 0; // bytes from one row to the next
    std::vector<std::uint8_t> alpha;
    std::vector<int> first, last;

    void reset(const QRect& to, std::uint8_t empty)
    {
        area = to;
        stride = std::size_t(to.width()) + kBlock;
        alpha.assign(stride * std::size_t(to.height()), empty);
        first.assign(std::size_t(to.height()), INT_MAX);
        last.assign(std::size_t(to.height()), -1);
    }
};

struct Span
{
    int first = 0, last = -1;
};

// Whole numbers below and above `value`, which lies well within an int's range: std::floor
// and std::ceil are calls on the processors a build targets by default.
int floorToInt(double value)
{
    const int whole = int(value);
    return whole - (double(whole) > value ? 1 : 0);
}

int ceilToInt(double value)
{
    const int whole = int(value);
    return whole + (double(whole) < value ? 1 : 0);
}

// A pixel's share that rounding may get wrong.
constexpr double kHair = 1e-3;

// The columns of [left, right] where a linear function c + k x of the column's centre lies
// within [low, high], held a hair inside so rounding never claims a pixel. `inverseK` is 1 / k,
// worked out once per segment. Inlined by force: it runs several times for every row of every
// segment.
[[gnu::always_inline]] inline Span within(double c, double k, double inverseK, double low,
                                          double high, int left, int right)
{
    if (std::abs(k) < 1e-12)
        return c >= low && c <= high ? Span{left, right} : Span{};
    double from = (low - c) * inverseK, to = (high - c) * inverseK;
    if (from > to)
        std::swap(from, to);
    return {ceilToInt(std::clamp(from + kHair, double(left), double(right) + 1)),
            floorToInt(std::clamp(to - kHair, double(left) - 1, double(right)))};
}

// A segment's axis: its direction and the inverse of each component (0 where that is 0).
struct Axis
{
    QPointF unit;
    double inverseX = 0, inverseY = 0;

    explicit Axis(QPointF direction)
        : unit(direction), inverseX(std::abs(direction.x()) < 1e-12 ? 0.0 : 1 / direction.x()),
          inverseY(std::abs(direction.y()) < 1e-12 ? 0.0 : 1 / direction.y())
    {
    }
};

// The columns of row `centreY` between `left` and `right` that `segment` covers whole.
[[gnu::always_inline]] inline Span solidSpan(const CoverageMask::Segment& segment, double length,
                                             const Axis& axis, int left, int right, double centreY)
{
    const double inner = segment.halfWidth - 0.5;
    if (inner <= 0 || length == 0)
        return {};
    const QPointF a = segment.from;
    const QPointF unit = axis.unit;
    const double dy = centreY - a.y();
    // Across and along the axis at column x (centre x + 0.5): c + k x.
    const Span across = within((0.5 - a.x()) * unit.y() - dy * unit.x(), unit.y(), axis.inverseY,
                               -inner, inner, left, right);
    const Span along =
        within((0.5 - a.x()) * unit.x() + dy * unit.y(), unit.x(), axis.inverseX,
               segment.flatFrom ? 0.5 : 0.0, segment.flatTo ? length - 0.5 : length, left, right);
    return {std::max(across.first, along.first), std::min(across.last, along.last)};
}

// One segment's ink along a row, per pixel in floats and without branches, so the compiler
// can do several at once: the nearest point of the segment is the pixel's foot on the axis,
// held to the segment's ends where they are round; a flat end fades the ink along the axis
// instead. Everything is held by value: a byte stored through a pointer may alias any memory,
// so values reached through references would be read again after every store.
template <bool Distances> struct RowInk
{
    float ux, uy;                 // the axis's direction
    float nearestFrom, nearestTo; // where the foot is held, along the axis
    float end, edge;              // the segment's length; the reach of its ink
    float fadeFrom, fadeTo;       // flat ends: the fade's offset at each end
    float fromWeight, toWeight;   // 1 at a flat end, 0 at a round one
    float toByte;                 // distances: a byte per pixel of distance

    // Pixels [from, to) of a row, at `dx` (the first pixel's centre) and `dy` from the axis's
    // start, into `bytes`.
    void evaluate(std::uint8_t* bytes, float dx, float dy, int from, int to) const
    {
        // Eight pixels at a time, the last block cut short: a loop of fixed length is one the
        // compiler runs on vector registers even for the short spans most rows have.
        for (int start = from; start < to; start += kBlock) {
            std::array<float, kBlock> values;
            // Kept a loop: unrolled first, one copy of it was left a pixel at a time.
#pragma GCC unroll 1
            for (int k = 0; k < kBlock; ++k) {
                const float px = dx + float(start + k);
                const float along = px * ux + dy * uy;
                const float across = px * uy - dy * ux;
                const float foot = least(greatest(along, nearestFrom), nearestTo);
                const float distance = std::sqrt((along - foot) * (along - foot) + across * across);
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
            // The whole block is written, past `to` with the byte that changes nothing: a loop
            // of fixed length with no branch, which the compiler does in a few instructions.
            constexpr int kNothing = Distances ? 255 : 0;
            const int count = to - start;
            for (int k = 0; k < kBlock; ++k) {
                const int byte = k < count ? int(values[std::size_t(k)]) : kNothing;
                std::uint8_t& pixel = bytes[start + k];
                if constexpr (Distances)
                    pixel = std::uint8_t(pixel < byte ? pixel : byte);
                else
                    pixel = std::uint8_t(pixel > byte ? pixel : byte);
            }
        }
    }
};

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
    const QRect area = coverage.area;
    const double length =
        std::hypot(segment.to.x() - segment.from.x(), segment.to.y() - segment.from.y());
    if (length == 0 && (segment.flatFrom || segment.flatTo))
        return;
    const QPointF a = segment.from;
    const QPointF delta = segment.to - a;
    const Axis axis(length > 0 ? delta / length : QPointF(1, 0));
    const QPointF unit = axis.unit;
    const QRectF bounds = reachOf(segment);
    const int top = std::max(area.top(), int(std::floor(bounds.top())));
    const int bottom = std::min(area.bottom(), int(std::ceil(bounds.bottom())));
    // Across each row the ink lies within the strip around the segment's axis.
    const bool level = std::abs(delta.y()) < 1e-9 * std::max(1.0, length);
    const double slope = level ? 0.0 : delta.x() / delta.y();
    const double halfSpan = level ? 0.0 : reach * length / std::abs(delta.y()); // when not level
    const float end = float(length);
    const RowInk<Distances> ink{float(unit.x()),
                                float(unit.y()),
                                segment.flatFrom ? -kFar : 0.0f,
                                segment.flatTo ? kFar : end,
                                end,
                                float(reach),
                                segment.flatFrom ? 0.5f : 1.0f,
                                segment.flatTo ? 0.5f : 1.0f,
                                segment.flatFrom ? 1.0f : 0.0f,
                                segment.flatTo ? 1.0f : 0.0f,
                                float(255.0 / reach)};
    // A short piece (a tick) or a thin one has too few whole pixels to be worth looking for.
    const double innerLength =
        length - (segment.flatFrom ? 0.5 : 0.0) - (segment.flatTo ? 0.5 : 0.0);
    const bool hasSolidPixels = innerLength >= 2.0 && segment.halfWidth >= 1.5;
    // How far along the axis ink reaches: half a pixel past a flat end, the reach past a round.
    const double alongFrom = segment.flatFrom ? -0.5 : -reach;
    const double alongTo = length + (segment.flatTo ? 0.5 : reach);
    const std::size_t stride = coverage.stride;
    std::uint8_t* const bytes = coverage.alpha.data();
    int* const firsts = coverage.first.data();
    int* const lasts = coverage.last.data();
    for (int y = top; y <= bottom; ++y) {
        const double centreY = y + 0.5;
        double low = bounds.left(), high = bounds.right();
        if (!level) {
            const double axisX = a.x() + (centreY - a.y()) * slope;
            low = std::max(low, axisX - halfSpan);
            high = std::min(high, axisX + halfSpan);
        }
        const int stripLeft =
            std::max(area.left(), floorToInt(std::max(low - 0.5, double(area.left()) - 1)));
        const int stripRight =
            std::min(area.right(), ceilToInt(std::min(high - 0.5, double(area.right()) + 1)));
        // Along the axis too: a tick is far wider than it is long, so the strip across a row
        // holds many pixels beyond its ends. A hair wider than the ink, so no pixel it reaches
        // is left out.
        const Span reached =
            within((0.5 - a.x()) * unit.x() + (centreY - a.y()) * unit.y(), unit.x(), axis.inverseX,
                   alongFrom - 2 * kHair, alongTo + 2 * kHair, stripLeft, stripRight);
        const int left = reached.first, right = reached.last;
        if (left > right)
            continue;
        const std::size_t row = std::size_t(y - area.top());
        // Pixels are counted from the strip's left end, as the ink's floats are.
        std::uint8_t* const alpha = bytes + row * stride + std::size_t(stripLeft - area.left());
        const float dx = float(stripLeft + 0.5 - a.x()), dy = float(centreY - a.y());
        const int from = left - stripLeft, to = right - stripLeft + 1;
        // The pixels surely inked whole, within half a pixel less than the half width of the
        // axis and along the segment's inside, are filled without a look.
        const Span inside = Distances || !hasSolidPixels
                                ? Span{}
                                : solidSpan(segment, length, axis, left, right, centreY);
        if (inside.first > inside.last) {
            ink.evaluate(alpha, dx, dy, from, to);
        } else {
            ink.evaluate(alpha, dx, dy, from, inside.first - stripLeft);
            std::memset(alpha + (inside.first - stripLeft), 255,
                        std::size_t(inside.last - inside.first + 1));
            ink.evaluate(alpha, dx, dy, inside.last - stripLeft + 1, to);
        }
        firsts[row] = std::min(firsts[row], left);
        lasts[row] = std::max(lasts[row], right);
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

// Four pixels at once: blended() on each lane, with the same arithmetic, so the same result.
// Without a branch per pixel, which the processor mispredicts along an antialiased edge.
using FourPixels = std::uint32_t __attribute__((vector_size(16)));

FourPixels blended(FourPixels color, FourPixels under, FourPixels alpha)
{
    const FourPixels rest = 255 - alpha;
    FourPixels redBlue = (color & 0xff00ff) * alpha + (under & 0xff00ff) * rest;
    redBlue = ((redBlue + ((redBlue >> 8) & 0xff00ff) + 0x800080) >> 8) & 0xff00ff;
    FourPixels alphaGreen = ((color >> 8) & 0xff00ff) * alpha + ((under >> 8) & 0xff00ff) * rest;
    alphaGreen = (alphaGreen + ((alphaGreen >> 8) & 0xff00ff) + 0x800080) & 0xff00ff00;
    return alphaGreen | redBlue;
}

FourPixels fourOf(const std::uint8_t* bytes)
{
    return FourPixels{bytes[0], bytes[1], bytes[2], bytes[3]};
}

// `inks` over the four pixels at `pixels` in turn, each by its own alphas. An alpha of 255
// lays the ink itself and one of 0 leaves the pixel as it was, exactly, so every pixel of a
// run may go through it.
template <std::size_t Inks>
void blendFour(std::uint32_t* pixels, const std::array<std::uint32_t, Inks>& inks,
               const std::array<const std::uint8_t*, Inks>& alphas)
{
    FourPixels four;
    std::memcpy(&four, pixels, sizeof four);
    for (std::size_t ink = 0; ink < Inks; ++ink)
        four = blended(FourPixels{} + inks[ink], four, fourOf(alphas[ink]));
    std::memcpy(pixels, &four, sizeof four);
}

// Calls `blend` for each pixel of `image` in the rows' reached spans with its mask byte, and
// `blendEight` for eight pixels and their bytes at once, but for runs of eight `empty` bytes:
// the gaps between the ticks of a band, or between the pieces of a winding line that cross
// one row, are passed over eight pixels at a time.
template <typename Blend, typename BlendEight>
void blendRows(QImage& image, const Coverage& coverage, std::uint8_t empty, const Blend& blend,
               const BlendEight& blendEight)
{
    constexpr int kRun = 8;
    const std::uint64_t emptyRun = empty * 0x0101010101010101ull;
    // Read once: a pixel stored may alias them as far as the compiler knows.
    const QRect area = coverage.area;
    const std::uint8_t* const bytes = coverage.alpha.data();
    const int* const firsts = coverage.first.data();
    const int* const lasts = coverage.last.data();
    uchar* const bits = image.bits();
    const qsizetype stride = image.bytesPerLine();
    for (int y = area.top(); y <= area.bottom(); ++y) {
        const std::size_t row = std::size_t(y - area.top());
        const std::uint8_t* const mask = bytes + row * coverage.stride - std::size_t(area.left());
        auto* const pixels = reinterpret_cast<std::uint32_t*>(bits + y * stride);
        const int last = lasts[row];
        int x = firsts[row];
        for (; x <= last - (kRun - 1); x += kRun) {
            std::uint64_t run;
            std::memcpy(&run, mask + x, sizeof run);
            if (run == emptyRun)
                continue;
            // From a copy: stores to the pixels cannot change it as far as the compiler knows.
            std::array<std::uint8_t, kRun> runBytes;
            std::memcpy(runBytes.data(), &run, sizeof run);
            blendEight(pixels + x, runBytes);
        }
        for (; x <= last; ++x)
            blend(pixels[x], mask[x]);
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

FLANK_ALSO_FOR_AVX2 void CoverageMask::blendOnto(QImage& image, QRgb color, const QRect& clip) const
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
    const std::array inks{ink};
    blendRows(
        image, coverage, 0,
        [ink](std::uint32_t& pixel, std::uint8_t alpha) { pixel = blended(ink, pixel, alpha); },
        [&inks](std::uint32_t* pixels, const std::array<std::uint8_t, 8>& alphas) {
            blendFour<1>(pixels, inks, {alphas.data()});
            blendFour<1>(pixels + 4, inks, {alphas.data() + 4});
        });
}

FLANK_ALSO_FOR_AVX2 void CoverageMask::blendCasedOnto(QImage& image, QRgb casing, QRgb line,
                                                      double lineHalfWidth, const QRect& clip) const
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
    const std::array inks{casingInk, lineInk};
    blendRows(
        image, distances, 255,
        [&](std::uint32_t& pixel, std::uint8_t byte) {
            pixel = blended(lineInk, blended(casingInk, pixel, casingAlpha[byte]), lineAlpha[byte]);
        },
        [&](std::uint32_t* pixels, const std::array<std::uint8_t, 8>& bytes) {
            std::array<std::uint8_t, 8> casings, lines;
            for (std::size_t k = 0; k < bytes.size(); ++k) {
                casings[k] = casingAlpha[bytes[k]];
                lines[k] = lineAlpha[bytes[k]];
            }
            blendFour<2>(pixels, inks, {casings.data(), lines.data()});
            blendFour<2>(pixels + 4, inks, {casings.data() + 4, lines.data() + 4});
        });
}

} // namespace flank::render
