#include "map_state.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

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
    {"title", &Decorations::title},         {"legend", &Decorations::legend},
    {"dateStamp", &Decorations::dateStamp}, {"sources", &Decorations::sources},
    {"scaleBar", &Decorations::scaleBar},   {"northArrow", &Decorations::northArrow},
    {"inset", &Decorations::inset},         {"labels", &Decorations::labels}};

class Reader
{
public:
    Reader(const QJsonObject& object, Issues* issues, const QString& file, const QString& pointer)
        : m_object(object), m_issues(issues), m_file(file), m_pointer(pointer)
    {
    }

    std::optional<QString> string(const char* key)
    {
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (!value.isString()) {
            report(key, QStringLiteral("expected a string"));
            return std::nullopt;
        }
        return value.toString();
    }

    std::optional<bool> boolean(const QJsonObject& object, const QString& pointer, const char* key)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isBool()) {
            reportAt(pointer + QLatin1Char('/') + QLatin1String(key),
                     QStringLiteral("expected true or false"));
            return std::nullopt;
        }
        return value.toBool();
    }

    void report(const char* key, const QString& message)
    {
        reportAt(m_pointer + QLatin1Char('/') + QLatin1String(key), message);
    }

    void reportAt(const QString& pointer, const QString& message)
    {
        if (!m_issues)
            return;
        Issue issue = makeError(m_file, message);
        issue.place = pointer;
        m_issues->append(issue);
    }

    const QJsonObject& object() const { return m_object; }
    const QString& pointer() const { return m_pointer; }

private:
    QJsonObject m_object;
    Issues* m_issues;
    QString m_file;
    QString m_pointer;
};

std::optional<QRectF> readExtent(Reader& reader)
{
    const QJsonValue value = reader.object().value(QStringLiteral("extent"));
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const QJsonArray numbers = value.toArray();
    if (!value.isArray() || numbers.size() != 4) {
        reader.report("extent", QStringLiteral("expected [xmin, ymin, xmax, ymax]"));
        return std::nullopt;
    }
    double v[4];
    for (int i = 0; i < 4; ++i) {
        if (!numbers.at(i).isDouble() || !std::isfinite(numbers.at(i).toDouble())) {
            reader.report("extent", QStringLiteral("extent values must be finite numbers"));
            return std::nullopt;
        }
        v[i] = numbers.at(i).toDouble();
    }
    if (!(v[2] > v[0]) || !(v[3] > v[1])) {
        reader.report("extent", QStringLiteral("extent must have xmax > xmin and ymax > ymin"));
        return std::nullopt;
    }
    return QRectF(QPointF(v[0], v[1]), QPointF(v[2], v[3]));
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
    return d;
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

bool applyTreatyChoice(MapState& state, const QString& choice)
{
    if (choice == QLatin1String("both")) {
        state.treaty = QStringLiteral("ottawa");
        state.overlayTreaty = QStringLiteral("ccm");
        return true;
    }
    if (choice.isEmpty() || choice.contains(QLatin1Char(' ')))
        return false;
    state.treaty = choice;
    state.overlayTreaty.clear();
    return true;
}

QString treatyChoice(const MapState& state)
{
    if (!state.overlayTreaty.isEmpty())
        return QStringLiteral("both");
    return state.treaty;
}

QJsonObject MapState::toJson() const
{
    QJsonObject object;
    if (date.isValid())
        object.insert(QStringLiteral("date"), date.toString(Qt::ISODate));
    object.insert(QStringLiteral("treaty"), treaty);
    if (!overlayTreaty.isEmpty())
        object.insert(QStringLiteral("overlayTreaty"), overlayTreaty);
    object.insert(QStringLiteral("crs"), crs);
    if (!extent.isEmpty())
        object.insert(QStringLiteral("extent"),
                      QJsonArray{extent.left(), extent.top(), extent.right(), extent.bottom()});
    if (!selection.isEmpty())
        object.insert(QStringLiteral("selection"), selection);
    object.insert(QStringLiteral("theme"), themeId(theme));
    object.insert(QStringLiteral("detail"), detailId(detail));
    QJsonObject decorationObject;
    for (const auto& field : kDecorationFields)
        decorationObject.insert(QLatin1String(field.key), decorations.*(field.member));
    object.insert(QStringLiteral("decorations"), decorationObject);
    if (!title.isEmpty())
        object.insert(QStringLiteral("title"), title);
    if (!subtitle.isEmpty())
        object.insert(QStringLiteral("subtitle"), subtitle);
    return object;
}

MapState MapState::fromJson(const QJsonObject& object, Issues* issues, const QString& file,
                            const QString& pointer)
{
    MapState state;
    Reader reader(object, issues, file, pointer);
    if (const auto text = reader.string("date")) {
        const QDate parsed = QDate::fromString(*text, Qt::ISODate);
        if (parsed.isValid() && text->size() == 10)
            state.date = parsed;
        else
            reader.report("date", QStringLiteral("'%1' is not a date (YYYY-MM-DD)").arg(*text));
    }
    if (const auto text = reader.string("treaty"))
        state.treaty = *text;
    if (const auto text = reader.string("overlayTreaty"))
        state.overlayTreaty = *text;
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
            reader.report("theme", QStringLiteral("unknown theme '%1'").arg(*text));
    }
    if (const auto text = reader.string("detail")) {
        if (const auto level = detailFromId(*text))
            state.detail = *level;
        else
            reader.report("detail", QStringLiteral("unknown detail level '%1'").arg(*text));
    }
    const QJsonValue decorationValue = object.value(QStringLiteral("decorations"));
    if (decorationValue.isObject()) {
        const QJsonObject decorationObject = decorationValue.toObject();
        const QString decorationPointer = pointer + QStringLiteral("/decorations");
        for (const auto& field : kDecorationFields)
            if (const auto on = reader.boolean(decorationObject, decorationPointer, field.key))
                state.decorations.*(field.member) = *on;
    } else if (!decorationValue.isUndefined()) {
        reader.report("decorations", QStringLiteral("expected an object"));
    }
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

std::optional<MapState> MapState::fromText(const QString& text, Issues* issues)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.trimmed().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        if (issues) {
            Issue issue = makeError(QStringLiteral("<text>"),
                                    error.error != QJsonParseError::NoError
                                        ? error.errorString()
                                        : QStringLiteral("expected a JSON object"),
                                    1, error.offset + 1);
            issues->append(issue);
        }
        return std::nullopt;
    }
    Issues local;
    MapState state = fromJson(document.object(), &local, QStringLiteral("<text>"));
    if (issues)
        issues->append(local);
    if (hasErrors(local))
        return std::nullopt;
    return state;
}

} // namespace flank::core
