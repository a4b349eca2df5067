#include "text_measure.h"

#include <QFontMetricsF>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

namespace flank::render {

namespace {

// Enough for every decoration of a few dozen differently sized frames; cleared when full, as
// texts met once (a changing caption) would otherwise pile up.
constexpr qsizetype kRemembered = 4096;

// What a measurement depends on. The font by the few properties decorations set: QFont::key()
// would describe it fully but costs more than the shaping it saves for short texts.
struct Measured
{
    QString family;
    int pixelSize = 0;
    double pointSize = 0;
    int weight = 0;
    bool italic = false;
    double width = -1; // -1: the text's advance; else the wrapping width
    int flags = 0;
    QString text;
    friend bool operator==(const Measured&, const Measured&) = default;
};

size_t qHash(const Measured& m, size_t seed = 0)
{
    return qHashMulti(seed, m.family, m.pixelSize, m.pointSize, m.weight, m.italic, m.width,
                      m.flags, m.text);
}

Measured measured(const QFont& font, const QString& text, double width, int flags)
{
    return {font.family(),
            font.pixelSize(),
            font.pointSizeF(),
            font.weight(),
            font.italic(),
            width,
            flags,
            text};
}

struct Remembered
{
    QMutex mutex;
    QHash<Measured, QRectF> boxes;
};

Remembered& remembered()
{
    static Remembered memory;
    return memory;
}

template <typename Measure> QRectF rememberedBox(const Measured& key, Measure measure)
{
    Remembered& memory = remembered();
    {
        const QMutexLocker lock(&memory.mutex);
        const auto found = memory.boxes.constFind(key);
        if (found != memory.boxes.constEnd())
            return *found;
    }
    const QRectF box = measure(); // outside the lock: shaping is the slow part
    const QMutexLocker lock(&memory.mutex);
    if (memory.boxes.size() >= kRemembered)
        memory.boxes.clear();
    memory.boxes.insert(key, box);
    return box;
}

} // namespace

double textAdvance(const QFont& font, const QString& text)
{
    return rememberedBox(
               measured(font, text, -1, 0),
               [&] { return QRectF(0, 0, QFontMetricsF(font).horizontalAdvance(text), 0); })
        .width();
}

QRectF wrappedTextBounds(const QFont& font, double width, int flags, const QString& text)
{
    return rememberedBox(measured(font, text, width, flags), [&] {
        return QFontMetricsF(font).boundingRect(QRectF(0, 0, width, 1e6), flags, text);
    });
}

} // namespace flank::render
