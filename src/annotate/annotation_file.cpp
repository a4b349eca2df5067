#include "annotation_file.h"

#include "core/atomic_file.h"
#include "core/json_reader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
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

using core::JsonNode;

// The member's value, or nullptr when `object` is absent or no object.
const JsonNode* member(const JsonNode* object, QStringView key)
{
    return object ? object->member(key) : nullptr;
}

QString textOf(const JsonNode* node)
{
    return node && node->isString() ? node->text : QString();
}

bool samePosition(const JsonNode& a, const JsonNode& b)
{
    if (!a.isArray() || !b.isArray() || a.items.size() != b.items.size())
        return false;
    for (size_t i = 0; i < a.items.size(); ++i)
        if (a.items[i].type != b.items[i].type || a.items[i].number != b.items[i].number)
            return false;
    return true;
}

// Reads one feature; each problem is an error at the value it is about, naming the feature.
class FeatureReader
{
public:
    FeatureReader(const QString& file, core::Issues& issues) : m_file(file), m_issues(issues) {}

    std::optional<Annotation> read(const JsonNode& feature, const QString& pointer)
    {
        m_pointer = pointer;
        if (!feature.isObject() || textOf(feature.member(u"type")) != QLatin1String("Feature"))
            return fail(feature, QStringLiteral("expected a GeoJSON Feature object"));
        const JsonNode* geometry = feature.member(u"geometry");
        const JsonNode& geometryPlace = geometry ? *geometry : feature;
        const QString type = textOf(member(geometry, u"type"));
        const JsonNode* properties = feature.member(u"properties");
        const JsonNode* kindNode = member(properties, u"kind");
        const QString kindText = textOf(kindNode);
        std::optional<AnnotationKind> kind = kindFromId(kindText);
        if (!kindText.isEmpty() && !kind)
            return fail(*kindNode, QStringLiteral("unknown kind '%1' (text, arrow, marker, line, "
                                                  "area)")
                                       .arg(kindText));
        const JsonNode* coordinates = member(geometry, u"coordinates");
        const JsonNode& coordinatesPlace = coordinates ? *coordinates : geometryPlace;
        std::vector<const JsonNode*> line;
        if (type == QLatin1String("Point")) {
            line.push_back(coordinates);
            kind = kind.value_or(member(properties, u"text") ? AnnotationKind::Text
                                                             : AnnotationKind::Marker);
        } else if (type == QLatin1String("LineString")) {
            appendItems(line, coordinates);
            kind = kind.value_or(AnnotationKind::Line);
        } else if (type == QLatin1String("Polygon")) {
            if (coordinates && coordinates->isArray() && !coordinates->items.empty())
                appendItems(line, &coordinates->items.front());
            if (line.size() > 1 && samePosition(*line.front(), *line.back()))
                line.pop_back(); // GeoJSON rings repeat their first position at the end
            kind = kind.value_or(AnnotationKind::Area);
        } else {
            return fail(geometryPlace, QStringLiteral("geometry type '%1' is not supported "
                                                      "(Point, LineString or Polygon)")
                                           .arg(type.isEmpty() ? QStringLiteral("none") : type));
        }
        const bool pointKind = *kind == AnnotationKind::Text || *kind == AnnotationKind::Marker;
        const bool polygonKind = *kind == AnnotationKind::Area;
        if (pointKind != (type == QLatin1String("Point")) ||
            polygonKind != (type == QLatin1String("Polygon")))
            return fail(geometryPlace,
                        QStringLiteral("a %1 cannot have a %2 geometry").arg(kindId(*kind), type));
        Annotation annotation;
        annotation.kind = *kind;
        const qsizetype count = qsizetype(line.size());
        if (count < Annotation::minimumPoints(annotation.kind) ||
            count > Annotation::maximumPoints(annotation.kind))
            return fail(coordinatesPlace, QStringLiteral("a %1 needs %2 to %3 positions, found %4")
                                              .arg(kindId(annotation.kind))
                                              .arg(Annotation::minimumPoints(annotation.kind))
                                              .arg(Annotation::maximumPoints(annotation.kind))
                                              .arg(count));
        for (const JsonNode* item : line) {
            const JsonNode& place = item ? *item : coordinatesPlace;
            if (!item || !item->isArray() || item->items.size() < 2 || !item->items[0].isNumber() ||
                !item->items[1].isNumber())
                return fail(place, QStringLiteral("a position must be [longitude, latitude]"));
            const double lon = item->items[0].number, lat = item->items[1].number;
            if (!(std::abs(lon) <= 180.0) || !(std::abs(lat) <= 90.0))
                return fail(place, QStringLiteral("position [%1, %2] is outside longitude "
                                                  "-180..180 and latitude -90..90")
                                       .arg(lon)
                                       .arg(lat));
            annotation.points.append(QPointF(lon, lat));
        }
        return readStyle(properties, annotation);
    }

private:
    static void appendItems(std::vector<const JsonNode*>& line, const JsonNode* array)
    {
        if (array && array->isArray())
            for (const JsonNode& item : array->items)
                line.push_back(&item);
    }

    std::optional<Annotation> readStyle(const JsonNode* properties, Annotation annotation)
    {
        annotation.text = textOf(member(properties, u"text"));
        const JsonNode* colorNode = nullptr;
        for (const QStringView key : {u"color", u"stroke", u"marker-color"})
            if (textOf(colorNode).isEmpty())
                colorNode = member(properties, key);
        if (const QString color = textOf(colorNode); !color.isEmpty()) {
            annotation.color = QColor::fromString(color);
            if (!annotation.color.isValid())
                return fail(*colorNode, QStringLiteral("'%1' is not a color (#rrggbb)").arg(color));
        }
        if (const JsonNode* size = member(properties, u"size")) {
            if (!size->isNumber() || !(size->number >= 1 && size->number <= 200))
                return fail(*size, QStringLiteral("size must be a number of points from 1 to 200"));
            annotation.size = size->number;
        }
        const JsonNode* symbolNode = member(properties, u"symbol");
        if (const QString symbol = textOf(symbolNode); !symbol.isEmpty()) {
            const auto parsed = symbolFromId(symbol);
            if (!parsed)
                return fail(*symbolNode, QStringLiteral("unknown symbol '%1' (circle, square, "
                                                        "triangle, star, cross)")
                                             .arg(symbol));
            annotation.symbol = *parsed;
        }
        return annotation;
    }

    std::nullopt_t fail(const JsonNode& at, const QString& message)
    {
        core::Issue issue = core::makeError(m_file, message, at.line, at.column);
        issue.place = m_pointer;
        m_issues.append(issue);
        return std::nullopt;
    }

    QString m_file;
    core::Issues& m_issues;
    QString m_pointer;
};

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
    core::JsonReadResult read = core::JsonReader::read(json, fileName);
    contents.issues = std::move(read.issues);
    // A file broken as JSON loads nothing: half a drawing would be autosaved over the whole.
    if (!read.root || core::hasErrors(contents.issues))
        return contents;
    const JsonNode& root = *read.root;
    const JsonNode* features = root.member(u"features");
    if (!root.isObject() || textOf(root.member(u"type")) != QLatin1String("FeatureCollection") ||
        !features || !features->isArray()) {
        contents.issues.append(core::makeError(
            fileName,
            QStringLiteral("expected a GeoJSON FeatureCollection with a 'features' array"),
            root.line, root.column));
        return contents;
    }
    const qsizetype count = qsizetype(features->items.size());
    if (count > kMaxAnnotations)
        contents.issues.append(core::makeError(fileName,
                                               QStringLiteral("%1 features; only the first %2 "
                                                              "are read")
                                                   .arg(count)
                                                   .arg(kMaxAnnotations),
                                               features->line, features->column));
    FeatureReader reader(fileName, contents.issues);
    for (qsizetype i = 0; i < std::min<qsizetype>(count, kMaxAnnotations); ++i)
        if (auto annotation =
                reader.read(features->items[size_t(i)], QStringLiteral("/features/%1").arg(i)))
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

AnnotationFiles readAnnotationFiles(const QStringList& names, const QString& referringFile)
{
    AnnotationFiles files;
    const QDir base = QFileInfo(referringFile).absoluteDir();
    for (const QString& name : names) {
        if (name.isEmpty() || files.byName.contains(name))
            continue;
        AnnotationFileContents contents = readAnnotationFile(base.absoluteFilePath(name));
        files.issues << contents.issues;
        files.byName.insert(name, std::move(contents.annotations));
    }
    return files;
}

QString writeAnnotationFile(const QString& path, const AnnotationSet& annotations)
{
    return core::writeFileAtomically(path, toGeoJson(annotations));
}

} // namespace flank::annotate
