#include "svg_writer.h"

#include <QHash>
#include <QRegularExpression>
#include <QSvgGenerator>

namespace flank::exporting {

namespace {

const QString kBegin = QStringLiteral("flank-group-begin:");
const QString kEnd = QStringLiteral("flank-group-end:");

// QSvgGenerator cannot set ids, so it is handed a tiny text marker in a painter state of its
// own (hence its own <g>), which groupStates() swaps for the real group tags.
class GroupMarker : public render::PaintObserver
{
public:
    void featureStarted(QPainter& painter, const QString& key) override
    {
        mark(painter, kBegin + key);
    }
    void featureFinished(QPainter& painter, const QString& key) override
    {
        mark(painter, kEnd + key);
    }

private:
    static void mark(QPainter& painter, const QString& text)
    {
        painter.save();
        painter.setPen(QColor(0, 0, 0, 0)); // not NoPen: drawText would skip the text
        painter.drawText(QPointF(0, 0), text);
        painter.restore();
    }
};

class ObserverScope
{
public:
    ObserverScope(render::MapRenderer& renderer, render::PaintObserver* observer)
        : m_renderer(renderer)
    {
        m_renderer.setObserver(observer);
    }
    ~ObserverScope() { m_renderer.setObserver(nullptr); }

private:
    render::MapRenderer& m_renderer;
};

// Swaps the markers for group tags, piece by piece: a country's second part (Crimea) gets
// an id of its own however far apart the pieces are.
class StateGroups
{
public:
    QByteArray apply(const QByteArray& svg)
    {
        static const QRegularExpression marker(QStringLiteral(
            R"re(<g\b[^>]*>\s*<text\b[^>]*>\s*flank-group-(begin|end):([A-Za-z0-9_-]*))re"
            R"re(\s*</text>\s*</g>)re"));
        const QString text = QString::fromUtf8(svg);
        QString out;
        out.reserve(text.size());
        qsizetype last = 0;
        for (auto it = marker.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch match = it.next();
            out += QStringView(text).mid(last, match.capturedStart() - last);
            last = match.capturedEnd();
            if (match.captured(1) == QLatin1String("end")) {
                out += QStringLiteral("</g>");
                continue;
            }
            const QString key = match.captured(2);
            if (key.startsWith(QLatin1String("layer-"))) {
                // A border-posture layer: one group each, so an editor can hide or restyle it.
                out += QStringLiteral(R"(<g id="%1" class="layer">)").arg(key);
                continue;
            }
            // An id is unique in a document: a country's second part (Crimea) gets a suffix.
            const int count = m_seen[key]++;
            const QString id = count == 0 ? key : QStringLiteral("%1-%2").arg(key).arg(count + 1);
            out += QStringLiteral(R"(<g id="%1" class="state" data-iso3="%2">)").arg(id, key);
        }
        out += QStringView(text).mid(last);
        return out.toUtf8();
    }

private:
    QHash<QString, int> m_seen;
};

// Passes QSvgGenerator's output on to the target a piece at a time, with the markers swapped,
// so the document is not held again in the longer forms the swapping needs. A piece ends
// before a "<g": a marker holds no "<g" but its first, so no marker is cut in two.
class StateGroupFilter : public QIODevice
{
public:
    explicit StateGroupFilter(QIODevice& target) : m_target(target) {}

    // Passes what is kept back; false when the target refused bytes.
    bool finish()
    {
        pass(m_pending.size());
        return !m_failed;
    }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override
    {
        if (m_failed)
            return -1;
        m_pending.append(data, size);
        // Qt writes the whole document at the end in one piece: pass it on a piece at a time.
        while (!m_failed && m_pending.size() >= kChunkBytes) {
            const qsizetype whole = m_pending.lastIndexOf("<g", kChunkBytes);
            if (whole <= 0)
                break;
            pass(whole);
        }
        return m_failed ? -1 : size;
    }

private:
    static constexpr qsizetype kChunkBytes = 256 * 1024;

    void pass(qsizetype bytes)
    {
        const QByteArray out = m_groups.apply(m_pending.left(bytes));
        m_pending.remove(0, bytes);
        if (m_target.write(out) != out.size())
            m_failed = true;
    }

    QIODevice& m_target;
    QByteArray m_pending;
    StateGroups m_groups;
    bool m_failed = false;
};

} // namespace

QByteArray groupStates(const QByteArray& svg)
{
    return StateGroups().apply(svg);
}

ExportResult writeSvg(render::MapRenderer& renderer, const ExportRequest& request,
                      QIODevice& device)
{
    StateGroupFilter filter(device);
    filter.open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    const render::MapFrame& frame = request.frame;
    QSvgGenerator generator;
    generator.setOutputDevice(&filter);
    generator.setSize(frame.size.toSize());
    generator.setViewBox(QRectF(QPointF(0, 0), frame.size));
    generator.setResolution(qRound(frame.dpi));
    generator.setTitle(frame.state.title.isEmpty() ? QStringLiteral("Flank Atlas map")
                                                   : frame.state.title);
    generator.setDescription(QStringLiteral("Made with Flank Atlas. Borders: Natural Earth."));
    {
        GroupMarker marker;
        ObserverScope scope(renderer, &marker);
        QPainter painter;
        if (!painter.begin(&generator))
            return exportFailure(request.file, QStringLiteral("could not start the SVG writer"));
        paintPicture(renderer, painter, request);
        painter.end();
    }
    if (!filter.finish())
        return exportFailure(request.file, device.errorString());
    return {true, {}};
}

} // namespace flank::exporting
