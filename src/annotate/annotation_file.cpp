#include "annotation_file.h"

#include "core/atomic_file.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace flank::annotate {

namespace {

constexpr qint64 kMaxFileBytes = 32 * 1024 * 1024;

QJsonArray position(QPointF lonLat)
{
    return QJsonArray{lonLat.x(), lonLat.y()};
}

QJsonValue geometryOf(const Annotation& annotation)
{
    QJsonArray line;
    for (QPointF point : annotation.points)
        line.append(position(point));
    switch (annotation.kind) {
    case AnnotationKind::Text:
    case AnnotationKind::Marker:
        return QJsonObject{{QStringLiteral("type"), QStringLiteral("Point")},
                           {QStringLiteral("coordinates"), position(annotation.points.value(0))}};
    case AnnotationKind::Arrow:
    case AnnotationKind::Line:
        break;
    case AnnotationKind::Area:
        if (!annotation.points.isEmpty())
            line.append(position(annotation.points.constFirst())); // GeoJSON rings are closed
        {
            // Not QJsonArray{line}: compilers differ on whether braces around one array copy
            // it or nest it, and a Polygon needs the ring nested in a list of rings.
            QJsonArray rings;
            rings.append(line);
            return QJsonObject{{QStringLiteral("type"), QStringLiteral("Polygon")},
                               {QStringLiteral("coordinates"), rings}};
        }
    }
    return QJsonObject{{QStringLiteral("type"), QStringLiteral("LineString")},
                       {QStringLiteral("coordinates"), line}};
}

QString colorName(const QColor& color)
{
    return color.name(color.alpha() == 255 ? QColor::HexRgb : QColor::HexArgb);
}

class FeatureReader
{
public:
    FeatureReader(const QString& file, core::Issues& issues) : m_file(file), m_issues(issues) {}

    std::optional<Annotation> read(const QJsonValue& value, const QString& pointer)
    {
        m_pointer = pointer;
        const QJsonObject feature = value.toObject();
        if (!value.isObject() || feature.value(QStringLiteral("type")) != QStringLiteral("Feature"))
            return fail(QStringLiteral("expected a GeoJSON Feature object"));
        const QJsonObject geometry = feature.value(QStringLiteral("geometry")).toObject();
        const QString type = geometry.value(QStringLiteral("type")).toString();
        const QJsonObject properties = feature.value(QStringLiteral("properties")).toObject();
        Annotation annotation;
        const QString kindText = properties.value(QStringLiteral("kind")).toString();
        std::optional<AnnotationKind> kind = kindFromId(kindText);
        if (!kindText.isEmpty() && !kind)
            return fail(QStringLiteral("unknown kind '%1' (text, arrow, marker, line, area)")
                            .arg(kindText));
        const QJsonValue coordinates = geometry.value(QStringLiteral("coordinates"));
        QJsonArray line;
        if (type == QLatin1String("Point")) {
            line = QJsonArray{coordinates};
            kind =
                kind.value_or(properties.contains(QStringLiteral("text")) ? AnnotationKind::Text
                                                                          : AnnotationKind::Marker);
        } else if (type == QLatin1String("LineString")) {
            line = coordinates.toArray();
            kind = kind.value_or(AnnotationKind::Line);
        } else if (type == QLatin1String("Polygon")) {
            line = coordinates.toArray().at(0).toArray();
            if (!line.isEmpty() && line.first() == line.last())
                line.removeLast();
            kind = kind.value_or(AnnotationKind::Area);
        } else {
            return fail(QStringLiteral("geometry type '%1' is not supported "
                                       "(Point, LineString or Polygon)")
                            .arg(type.isEmpty() ? QStringLiteral("none") : type));
        }
        const bool pointKind = *kind == AnnotationKind::Text || *kind == AnnotationKind::Marker;
        const bool polygonKind = *kind == AnnotationKind::Area;
        if (pointKind != (type == QLatin1String("Point")) ||
            polygonKind != (type == QLatin1String("Polygon")))
            return fail(QStringLiteral("a %1 cannot have a %2 geometry").arg(kindId(*kind), type));
        annotation.kind = *kind;
        if (line.size() < Annotation::minimumPoints(annotation.kind) ||
            line.size() > Annotation::maximumPoints(annotation.kind))
            return fail(QStringLiteral("a %1 needs %2 to %3 positions, found %4")
                            .arg(kindId(annotation.kind))
                            .arg(Annotation::minimumPoints(annotation.kind))
                            .arg(Annotation::maximumPoints(annotation.kind))
                            .arg(line.size()));
        for (const QJsonValue& item : line) {
            const QJsonArray pair = item.toArray();
            const double lon = pair.at(0).toDouble(NAN), lat = pair.at(1).toDouble(NAN);
            if (!item.isArray() || pair.size() < 2 || !pair.at(0).isDouble() ||
                !pair.at(1).isDouble())
                return fail(QStringLiteral("a position must be [longitude, latitude]"));
            if (!(std::abs(lon) <= 180.0) || !(std::abs(lat) <= 90.0))
                return fail(QStringLiteral("position [%1, %2] is outside longitude -180..180 "
                                           "and latitude -90..90")
                                .arg(lon)
                                .arg(lat));
            annotation.points.append(QPointF(lon, lat));
        }
        return readStyle(properties, annotation);
    }

private:
    std::optional<Annotation> readStyle(const QJsonObject& properties, Annotation annotation)
    {
        annotation.text = properties.value(QStringLiteral("text")).toString();
        QString color = properties.value(QStringLiteral("color")).toString();
        for (const char* fallback : {"stroke", "marker-color"})
            if (color.isEmpty())
                color = properties.value(QLatin1String(fallback)).toString();
        if (!color.isEmpty()) {
            annotation.color = QColor::fromString(color);
            if (!annotation.color.isValid())
                return fail(QStringLiteral("'%1' is not a color (#rrggbb)").arg(color));
        }
        const QJsonValue size = properties.value(QStringLiteral("size"));
        if (!size.isUndefined()) {
            if (!size.isDouble() || !(size.toDouble() >= 1 && size.toDouble() <= 200))
                return fail(QStringLiteral("size must be a number of points from 1 to 200"));
            annotation.size = size.toDouble();
        }
        const QString symbol = properties.value(QStringLiteral("symbol")).toString();
        if (!symbol.isEmpty()) {
            const auto parsed = symbolFromId(symbol);
            if (!parsed)
                return fail(QStringLiteral("unknown symbol '%1' (circle, square, triangle, star, "
                                           "cross)")
                                .arg(symbol));
            annotation.symbol = *parsed;
        }
        return annotation;
    }

    std::nullopt_t fail(const QString& message)
    {
        core::Issue issue = core::makeError(m_file, message);
        issue.place = m_pointer;
        m_issues.append(issue);
        return std::nullopt;
    }

    QString m_file;
    core::Issues& m_issues;
    QString m_pointer;
};

// Line and column of a byte offset, for a parse error a text editor can jump to.
std::pair<int, int> lineAndColumn(const QByteArray& text, int offset)
{
    const QByteArray before = text.left(offset);
    const int line = int(before.count('\n')) + 1;
    return {line, int(offset - before.lastIndexOf('\n'))};
}

} // namespace

QByteArray toGeoJson(const AnnotationSet& annotations)
{
    QJsonArray features;
    for (const Annotation& annotation : annotations.items()) {
        QJsonObject properties{{QStringLiteral("kind"), kindId(annotation.kind)},
                               {QStringLiteral("color"), colorName(annotation.color)},
                               {QStringLiteral("size"), annotation.size}};
        if (!annotation.text.isEmpty())
            properties.insert(QStringLiteral("text"), annotation.text);
        if (annotation.kind == AnnotationKind::Marker) {
            properties.insert(QStringLiteral("symbol"), symbolId(annotation.symbol));
            properties.insert(QStringLiteral("marker-color"), colorName(annotation.color));
        } else if (annotation.kind != AnnotationKind::Text) {
            properties.insert(QStringLiteral("stroke"), colorName(annotation.color));
        }
        if (annotation.kind == AnnotationKind::Area) {
            properties.insert(QStringLiteral("fill"), colorName(annotation.color));
            properties.insert(QStringLiteral("fill-opacity"), 0.2);
        }
        features.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("Feature")},
                                    {QStringLiteral("properties"), properties},
                                    {QStringLiteral("geometry"), geometryOf(annotation)}});
    }
    const QJsonObject collection{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                                 {QStringLiteral("features"), features}};
    return QJsonDocument(collection).toJson(QJsonDocument::Indented);
}

AnnotationFileContents fromGeoJson(const QByteArray& json, const QString& fileName)
{
    AnnotationFileContents contents;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, error.offset);
        contents.issues.append(core::makeError(
            fileName, QStringLiteral("not valid JSON: %1").arg(error.errorString()), line, column));
        return contents;
    }
    const QJsonObject root = document.object();
    if (!document.isObject() ||
        root.value(QStringLiteral("type")) != QStringLiteral("FeatureCollection") ||
        !root.value(QStringLiteral("features")).isArray()) {
        contents.issues.append(core::makeError(
            fileName, QStringLiteral("expected a GeoJSON FeatureCollection with a 'features' "
                                     "array")));
        return contents;
    }
    const QJsonArray features = root.value(QStringLiteral("features")).toArray();
    if (features.size() > kMaxAnnotations)
        contents.issues.append(
            core::makeError(fileName, QStringLiteral("%1 features; only the first %2 are read")
                                          .arg(features.size())
                                          .arg(kMaxAnnotations)));
    FeatureReader reader(fileName, contents.issues);
    for (int i = 0; i < std::min<qsizetype>(features.size(), kMaxAnnotations); ++i)
        if (auto annotation = reader.read(features.at(i), QStringLiteral("/features/%1").arg(i)))
            contents.annotations.append(*annotation);
    return contents;
}

AnnotationFileContents readAnnotationFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {{}, {core::makeError(path, file.errorString())}};
    if (file.size() > kMaxFileBytes)
        return {{},
                {core::makeError(path, QStringLiteral("the file is %1 MiB; annotation files are "
                                                      "read up to %2 MiB")
                                           .arg(file.size() >> 20)
                                           .arg(kMaxFileBytes >> 20))}};
    return fromGeoJson(file.readAll(), path);
}

QString writeAnnotationFile(const QString& path, const AnnotationSet& annotations)
{
    return core::writeFileAtomically(path, toGeoJson(annotations));
}

} // namespace flank::annotate
