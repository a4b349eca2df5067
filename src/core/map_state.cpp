#include "map_state.h"

#include "json_reader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace flank::core {

namespace {

struct ThemeName
{
    Theme theme;
    const char* id;
};
constexpr ThemeName kThemeNames[] = {{Theme::Light, "light"},
                                     {Theme::Dark, "dark"},
                                     {Theme::Projector, "projector"},
                                     {Theme::Print, "print"}};

struct DetailName
{
    DetailLevel level;
    const char* id;
};
constexpr DetailName kDetailNames[] = {{DetailLevel::Auto, "auto"},
                                       {DetailLevel::Coarse110m, "110m"},
                                       {DetailLevel::Medium50m, "50m"},
                                       {DetailLevel::Fine10m, "10m"}};

struct DecorationField
{
    const char* key;
    bool Decorations::*member;
};
constexpr DecorationField kDecorationFields[] = {
    {"title", &Decorations::title},
    {"legend", &Decorations::legend},
    {"dateStamp", &Decorations::dateStamp},
    {"sources", &Decorations::sources},
    {"scaleBar", &Decorations::scaleBar},
    {"northArrow", &Decorations::northArrow},
    {"inset", &Decorations::inset},
    {"labels", &Decorations::labels},
    {"datasetCitation", &Decorations::datasetCitation}};

struct LayerField
{
    const char* key;
    bool MapLayers::*member;
};
constexpr LayerField kLayerFields[] = {{"frontier", &MapLayers::frontier},
                                       {"fortification", &MapLayers::fortification},
                                       {"troops", &MapLayers::troops}};

// Writes a table of named switches as a JSON object of booleans.
template <typename Value, typename Field, size_t N>
QJsonObject switchesToJson(const Value& value, const Field (&fields)[N])
{
    QJsonObject object;
    for (const Field& field : fields)
        object.insert(QLatin1String(field.key), value.*(field.member));
    return object;
}

// Reads the fields of one JSON object; each problem is an error at the offending value.
class Reader
{
public:
    Reader(const JsonNode& object, Issues* issues, const QString& file, const QString& pointer)
        : m_object(object), m_issues(issues), m_file(file), m_pointer(pointer)
    {
    }

    // The field's value, or nullptr when it is absent or null.
    const JsonNode* field(const char* key) const
    {
        const JsonNode* node = m_object.member(QString::fromLatin1(key));
        return node && !node->isNull() ? node : nullptr;
    }

    std::optional<QString> string(const char* key)
    {
        const JsonNode* node = field(key);
        if (!node)
            return std::nullopt;
        if (!node->isString()) {
            report(*node, key, QStringLiteral("expected a string"));
            return std::nullopt;
        }
        return node->text;
    }

    std::optional<bool> boolean(const char* key)
    {
        const JsonNode* node = m_object.member(QString::fromLatin1(key));
        if (!node)
            return std::nullopt;
        if (!node->isBool()) {
            report(*node, key, QStringLiteral("expected true or false"));
            return std::nullopt;
        }
        return node->boolean;
    }

    void report(const JsonNode& at, const char* key, const QString& message)
    {
        if (!m_issues)
            return;
        Issue issue = makeError(m_file, message, at.line, at.column);
        issue.place = key ? m_pointer + QLatin1Char('/') + QLatin1String(key) : m_pointer;
        m_issues->append(issue);
    }

    Reader nested(const JsonNode& object, const char* key) const
    {
        return Reader(object, m_issues, m_file, m_pointer + QLatin1Char('/') + QLatin1String(key));
    }

    // An object of named booleans; a switch not given keeps its value.
    template <typename Value, typename Field, size_t N>
    void switches(const char* key, Value& value, const Field (&fields)[N])
    {
        const JsonNode* node = field(key);
        if (!node)
            return;
        if (!node->isObject()) {
            report(*node, key, QStringLiteral("expected an object"));
            return;
        }
        Reader inner = nested(*node, key);
        for (const Field& f : fields)
            if (const auto on = inner.boolean(f.key))
                value.*(f.member) = *on;
    }

private:
    const JsonNode& m_object;
    Issues* m_issues;
    QString m_file;
    QString m_pointer;
};

std::optional<QRectF> readExtent(Reader& reader)
{
    const JsonNode* node = reader.field("extent");
    if (!node)
        return std::nullopt;
    if (!node->isArray() || node->items.size() != 4) {
        reader.report(*node, "extent", QStringLiteral("expected [xmin, ymin, xmax, ymax]"));
        return std::nullopt;
    }
    double v[4];
    for (size_t i = 0; i < 4; ++i) {
        const JsonNode& item = node->items[i];
        if (!item.isNumber() || !std::isfinite(item.number)) {
            reader.report(*node, "extent", QStringLiteral("extent values must be finite numbers"));
            return std::nullopt;
        }
        v[i] = item.number;
    }
    if (!(v[2] > v[0]) || !(v[3] > v[1])) {
        reader.report(*node, "extent",
                      QStringLiteral("extent must have xmax > xmin and ymax > ymin"));
        return std::nullopt;
    }
    return QRectF(QPointF(v[0], v[1]), QPointF(v[2], v[3]));
}

// "treaty" and "overlayTreaty" hold the dataset's ids; together they name one TreatyChoice.
std::optional<TreatyChoice> readTreaty(Reader& reader)
{
    const std::optional<QString> fill = reader.string("treaty");
    const std::optional<QString> overlay = reader.string("overlayTreaty");
    if (!fill && !overlay)
        return std::nullopt;
    const QString fillId = fill.value_or(QStringLiteral("ottawa"));
    if (fill && !treatyChoiceFromIds(fillId, QString())) {
        reader.report(*reader.field("treaty"), "treaty",
                      QStringLiteral("unknown treaty '%1' (ottawa or ccm)").arg(fillId));
        return std::nullopt;
    }
    const std::optional<TreatyChoice> choice =
        treatyChoiceFromIds(fillId, overlay.value_or(QString()));
    if (!choice)
        reader.report(*reader.field("overlayTreaty"), "overlayTreaty",
                      QStringLiteral("'%1' cannot be drawn over '%2' (only ccm over ottawa)")
                          .arg(*overlay, fillId));
    return choice;
}

} // namespace

Decorations Decorations::none()
{
    Decorations d;
    for (const auto& field : kDecorationFields)
        d.*(field.member) = false;
    return d;
}

Decorations Decorations::all()
{
    Decorations d;
    for (const auto& field : kDecorationFields)
        d.*(field.member) = true;
    d.datasetCitation = false; // asked for by name: a map cites its sources already
    return d;
}

MapLayers MapLayers::none()
{
    MapLayers layers;
    for (const auto& field : kLayerFields)
        layers.*(field.member) = false;
    return layers;
}

QString mapLayersText(const MapLayers& layers)
{
    QStringList names;
    for (const auto& field : kLayerFields)
        if (layers.*(field.member))
            names << QLatin1String(field.key);
    return names.isEmpty() ? QStringLiteral("none") : names.join(QLatin1Char(','));
}

std::optional<MapLayers> mapLayersFromText(const QString& text, QString* unknown)
{
    const QString trimmed = text.trimmed().toLower();
    if (trimmed == QLatin1String("all"))
        return MapLayers();
    MapLayers layers = MapLayers::none();
    if (trimmed == QLatin1String("none"))
        return layers;
    for (const QString& part : trimmed.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto field = std::find_if(
            std::begin(kLayerFields), std::end(kLayerFields),
            [&](const LayerField& f) { return part.trimmed() == QLatin1String(f.key); });
        if (field == std::end(kLayerFields)) {
            if (unknown)
                *unknown = part.trimmed();
            return std::nullopt;
        }
        layers.*(field->member) = true;
    }
    return layers;
}

QString themeId(Theme theme)
{
    for (const auto& name : kThemeNames)
        if (name.theme == theme)
            return QString::fromLatin1(name.id);
    return QStringLiteral("light");
}

std::optional<Theme> themeFromId(const QString& id)
{
    for (const auto& name : kThemeNames)
        if (id == QLatin1String(name.id))
            return name.theme;
    return std::nullopt;
}

QString detailId(DetailLevel level)
{
    for (const auto& name : kDetailNames)
        if (name.level == level)
            return QString::fromLatin1(name.id);
    return QStringLiteral("auto");
}

std::optional<DetailLevel> detailFromId(const QString& id)
{
    for (const auto& name : kDetailNames)
        if (id == QLatin1String(name.id))
            return name.level;
    return std::nullopt;
}

QJsonObject MapState::toJson() const
{
    QJsonObject object;
    if (date.isValid())
        object.insert(QStringLiteral("date"), date.toString(Qt::ISODate));
    object.insert(QStringLiteral("treaty"), fillTreatyId(treaty));
    if (treaty == TreatyChoice::Both)
        object.insert(QStringLiteral("overlayTreaty"), overlayTreatyId(treaty));
    object.insert(QStringLiteral("crs"), crs);
    if (!extent.isEmpty())
        object.insert(QStringLiteral("extent"),
                      QJsonArray{extent.left(), extent.top(), extent.right(), extent.bottom()});
    if (!selection.isEmpty())
        object.insert(QStringLiteral("selection"), selection);
    object.insert(QStringLiteral("theme"), themeId(theme));
    object.insert(QStringLiteral("detail"), detailId(detail));
    object.insert(QStringLiteral("decorations"), switchesToJson(decorations, kDecorationFields));
    object.insert(QStringLiteral("layers"), switchesToJson(layers, kLayerFields));
    if (!title.isEmpty())
        object.insert(QStringLiteral("title"), title);
    if (!subtitle.isEmpty())
        object.insert(QStringLiteral("subtitle"), subtitle);
    return object;
}

MapState MapState::fromJson(const JsonNode& object, Issues* issues, const QString& file,
                            const QString& pointer)
{
    MapState state;
    Reader reader(object, issues, file, pointer);
    if (!object.isObject()) {
        reader.report(object, nullptr,
                      QStringLiteral("expected a JSON object, not %1").arg(object.typeName()));
        return state;
    }
    if (const auto text = reader.string("date")) {
        const QDate parsed = QDate::fromString(*text, Qt::ISODate);
        if (parsed.isValid() && text->size() == 10)
            state.date = parsed;
        else
            reader.report(*reader.field("date"), "date",
                          QStringLiteral("'%1' is not a date (YYYY-MM-DD)").arg(*text));
    }
    if (const auto choice = readTreaty(reader))
        state.treaty = *choice;
    if (const auto text = reader.string("crs"))
        state.crs = *text;
    if (const auto extent = readExtent(reader))
        state.extent = *extent;
    if (const auto text = reader.string("selection"))
        state.selection = *text;
    if (const auto text = reader.string("theme")) {
        if (const auto theme = themeFromId(*text))
            state.theme = *theme;
        else
            reader.report(*reader.field("theme"), "theme",
                          QStringLiteral("unknown theme '%1'").arg(*text));
    }
    if (const auto text = reader.string("detail")) {
        if (const auto level = detailFromId(*text))
            state.detail = *level;
        else
            reader.report(*reader.field("detail"), "detail",
                          QStringLiteral("unknown detail level '%1'").arg(*text));
    }
    reader.switches("decorations", state.decorations, kDecorationFields);
    reader.switches("layers", state.layers, kLayerFields);
    if (const auto text = reader.string("title"))
        state.title = *text;
    if (const auto text = reader.string("subtitle"))
        state.subtitle = *text;
    return state;
}

QString MapState::toText() const
{
    return QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
}

std::optional<MapState> MapState::fromText(const QString& text, Issues* issues, const QString& file)
{
    JsonReadResult json = JsonReader::read(text.toUtf8(), file);
    Issues local = std::move(json.issues);
    MapState state;
    if (json.root && !hasErrors(local))
        state = fromJson(*json.root, &local, file);
    if (issues)
        issues->append(local);
    if (!json.root || hasErrors(local))
        return std::nullopt;
    return state;
}

} // namespace flank::core
