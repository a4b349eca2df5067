#include "view_options.h"

#include "interface_language.h"

#include <QRegularExpression>

#include <cmath>

namespace flank::core {

namespace {

struct DecorationSwitch
{
    const char* name;
    const char* what;
    bool Decorations::*member;
};
constexpr DecorationSwitch kDecorationSwitches[] = {
    {"title", "the title band", &Decorations::title},
    {"legend", "the legend", &Decorations::legend},
    {"stamp", "the 'Status as of' stamp", &Decorations::dateStamp},
    {"sources", "the sources footer", &Decorations::sources},
    {"scale-bar", "the scale bar", &Decorations::scaleBar},
    {"north-arrow", "the north arrow", &Decorations::northArrow},
    {"inset", "the inset locator map", &Decorations::inset},
    {"labels", "country names", &Decorations::labels},
    {"cite-dataset", "a short citation of the dataset edition in the footer",
     &Decorations::datasetCitation},
};

bool isIso3(const QString& code)
{
    static const QRegularExpression kIso3(QStringLiteral("^[A-Z]{3}$"));
    return kIso3.match(code).hasMatch();
}

} // namespace

ViewOptionReader::ViewOptionReader(ViewOptions options, QSize minSize, QSize maxSize)
    : m_options(options), m_minSize(minSize), m_maxSize(maxSize)
{
}

void ViewOptionReader::addTo(QCommandLineParser& parser) const
{
    const struct
    {
        ViewOption option;
        const char* name;
        const char* description;
        const char* value;
    } kOptions[] = {
        {ViewOption::Date, "date", "Status date, YYYY-MM-DD (default: today).", "date"},
        {ViewOption::Treaty, "treaty", "ottawa, ccm or both (default: ottawa).", "treaty"},
        {ViewOption::Select, "select", "State to select (ISO 3166-1 alpha-3).", "iso3"},
        {ViewOption::Theme, "theme", "light, dark, projector or print.", "theme"},
        {ViewOption::Size, "size", "Size in pixels WxH.", "size"},
        {ViewOption::Crs, "crs",
         "Map CRS, e.g. EPSG:3035 (default), EPSG:3857, EPSG:4326, ESRI:54030 (Robinson).", "crs"},
        {ViewOption::Extent, "extent",
         "Area xmin,ymin,xmax,ymax in the CRS's units (lon,lat for EPSG:4326). Without it, "
         "the flank, moved east clear of the legend where the picture has room; on an "
         "upright picture the legend stands in a strip under it.",
         "extent"},
        {ViewOption::Scale, "scale", "Natural Earth scale: 110m, 50m, 10m or auto.", "scale"},
        {ViewOption::Fit, "fit", "Fit the map to these states, e.g. EST,LVA,LTU.", "iso3,..."},
        {ViewOption::Paper, "paper", "Page size instead of pixels: A4, A3 or Letter.", "paper"},
        {ViewOption::Language, "lang",
         "Language of the words on the map: en, pl, uk, lt, lv, et, fi or de.", "code"},
    };
    for (const auto& option : kOptions)
        if (m_options.testFlag(option.option))
            parser.addOption({QLatin1String(option.name), QLatin1String(option.description),
                              QLatin1String(option.value)});
    if (!m_options.testFlag(ViewOption::Layers))
        return;
    parser.addOptions({
        {QStringLiteral("title"), QStringLiteral("Title (default: the treaty and the date)."),
         QStringLiteral("text")},
        {QStringLiteral("subtitle"), QStringLiteral("Subtitle under the title."),
         QStringLiteral("text")},
        {QStringLiteral("bare"), QStringLiteral("No decorations at all; add some back with "
                                                "--legend, --title, ...")},
        {QStringLiteral("layers"),
         QStringLiteral("Border-posture layers to draw: frontier, fortification, troops, "
                        "comma-separated, or all or none (default: all)."),
         QStringLiteral("list")},
    });
    for (const DecorationSwitch& option : kDecorationSwitches) {
        const QString name = QLatin1String(option.name);
        // --title takes the title's text and turns the band on by itself.
        if (name != QLatin1String("title"))
            parser.addOption({name, QStringLiteral("Draw %1.").arg(QLatin1String(option.what))});
        parser.addOption({QStringLiteral("no-") + name,
                          QStringLiteral("Leave out %1.").arg(QLatin1String(option.what))});
    }
}

QSize ViewOptionReader::parseSize(const QString& text)
{
    const QStringList parts = text.trimmed().toLower().split(QLatin1Char('x'));
    if (parts.size() != 2)
        return {};
    bool okWidth = false, okHeight = false;
    const int width = parts[0].toInt(&okWidth);
    const int height = parts[1].toInt(&okHeight);
    if (!okWidth || !okHeight || width <= 0 || height <= 0)
        return {};
    return QSize(width, height);
}

std::optional<QDate> ViewOptionReader::parseDate(const QString& text)
{
    const QString trimmed = text.trimmed();
    const QDate date = QDate::fromString(trimmed, Qt::ISODate);
    if (!date.isValid() || trimmed.size() != 10)
        return std::nullopt;
    return date;
}

QString ViewOptionReader::dateError(const QString& option, const QString& text)
{
    return QStringLiteral("--%1: '%2' is not a date (YYYY-MM-DD)").arg(option, text);
}

QString ViewOptionReader::readDay(const QCommandLineParser& parser, const QString& name,
                                  QDate& date)
{
    if (!parser.isSet(name))
        return {};
    const auto day = parseDate(parser.value(name));
    if (!day)
        return dateError(name, parser.value(name));
    date = *day;
    return {};
}

QString ViewOptionReader::read(const QCommandLineParser& parser, ViewRequest& request) const
{
    if (QString error = readState(parser, request.state); !error.isEmpty())
        return error;
    if (m_options.testFlag(ViewOption::Language))
        if (QString error = readLanguage(parser, request.language); !error.isEmpty())
            return error;
    if (m_options.testFlag(ViewOption::Layers))
        if (QString error = readLayers(parser, request.state); !error.isEmpty())
            return error;
    return readPicture(parser, request);
}

QString ViewOptionReader::readLanguage(const QCommandLineParser& parser, QString& code)
{
    // The names given, not isSet(): that one warns on a parser without the option.
    if (!parser.optionNames().contains(QStringLiteral("lang")))
        return {};
    const QString given = parser.value(QStringLiteral("lang"));
    const QString wanted = given.trimmed().toLower();
    if (!isInterfaceLanguage(wanted))
        return QStringLiteral("--lang: '%1' is not one of the languages: %2")
            .arg(given, interfaceLanguageCodes());
    code = wanted;
    return {};
}

QString ViewOptionReader::readState(const QCommandLineParser& parser, MapState& state) const
{
    const auto given = [&](ViewOption option, const char* name) {
        return m_options.testFlag(option) && parser.isSet(QLatin1String(name));
    };
    const auto value = [&](const char* name) { return parser.value(QLatin1String(name)); };
    if (m_options.testFlag(ViewOption::Date))
        if (QString error = readDay(parser, QStringLiteral("date"), state.date); !error.isEmpty())
            return error;
    if (given(ViewOption::Treaty, "treaty")) {
        const auto choice = parseTreatyChoice(value("treaty").trimmed().toLower());
        if (!choice)
            return QStringLiteral("--treaty: '%1' is not one of ottawa, ccm, both")
                .arg(value("treaty"));
        state.treaty = *choice;
    }
    if (given(ViewOption::Select, "select")) {
        const QString code = value("select").trimmed().toUpper();
        if (!code.isEmpty() && !isIso3(code))
            return QStringLiteral("--select: '%1' is not an ISO 3166-1 alpha-3 code such as POL")
                .arg(value("select"));
        state.selection = code;
    }
    if (given(ViewOption::Theme, "theme")) {
        const auto theme = themeFromId(value("theme").trimmed().toLower());
        if (!theme)
            return QStringLiteral("--theme: '%1' is not one of light, dark, projector, print")
                .arg(value("theme"));
        state.theme = *theme;
    }
    if (given(ViewOption::Crs, "crs"))
        state.crs = value("crs").trimmed();
    if (given(ViewOption::Extent, "extent")) {
        const QStringList parts = value("extent").split(QLatin1Char(','));
        double v[4] = {};
        bool ok = parts.size() == 4;
        for (int i = 0; ok && i < 4; ++i) {
            v[i] = parts[i].trimmed().toDouble(&ok);
            ok = ok && std::isfinite(v[i]);
        }
        if (!ok)
            return QStringLiteral("--extent: expected four numbers xmin,ymin,xmax,ymax");
        if (!(v[2] > v[0]) || !(v[3] > v[1]))
            return QStringLiteral("--extent: the area has zero or negative size "
                                  "(need xmax > xmin and ymax > ymin)");
        state.extent = QRectF(QPointF(v[0], v[1]), QPointF(v[2], v[3]));
    }
    if (given(ViewOption::Scale, "scale")) {
        const auto level = detailFromId(value("scale").trimmed().toLower());
        if (!level)
            return QStringLiteral("--scale: '%1' is not one of 110m, 50m, 10m, auto")
                .arg(value("scale"));
        state.detail = *level;
    }
    return {};
}

QString ViewOptionReader::readLayers(const QCommandLineParser& parser, MapState& state) const
{
    if (parser.isSet(QStringLiteral("layers"))) {
        QString unknown;
        const auto layers = mapLayersFromText(parser.value(QStringLiteral("layers")), &unknown);
        if (!layers)
            return QStringLiteral("--layers: '%1' is not one of frontier, fortification, troops, "
                                  "all, none")
                .arg(unknown);
        state.layers = *layers;
    }
    if (parser.isSet(QStringLiteral("bare")))
        state.decorations = Decorations::none();
    if (parser.isSet(QStringLiteral("title"))) {
        state.title = parser.value(QStringLiteral("title"));
        state.decorations.title = true;
    }
    if (parser.isSet(QStringLiteral("subtitle")))
        state.subtitle = parser.value(QStringLiteral("subtitle"));
    for (const DecorationSwitch& option : kDecorationSwitches) {
        const QString name = QLatin1String(option.name);
        const bool on = parser.isSet(name), off = parser.isSet(QStringLiteral("no-") + name);
        if (on && off)
            return QStringLiteral("--%1 and --no-%1 contradict each other").arg(name);
        if (on || off)
            state.decorations.*(option.member) = on;
    }
    return {};
}

QString ViewOptionReader::readPicture(const QCommandLineParser& parser, ViewRequest& request) const
{
    const auto given = [&](ViewOption option, const char* name) {
        return m_options.testFlag(option) && parser.isSet(QLatin1String(name));
    };
    const auto value = [&](const char* name) { return parser.value(QLatin1String(name)); };
    if (given(ViewOption::Size, "size") && given(ViewOption::Paper, "paper"))
        return QStringLiteral("--size and --paper cannot be used together");
    if (given(ViewOption::Size, "size")) {
        const QSize size = parseSize(value("size"));
        if (!size.isValid())
            return QStringLiteral("--size: '%1' is not WxH in pixels").arg(value("size"));
        if (size.width() < m_minSize.width() || size.height() < m_minSize.height() ||
            size.width() > m_maxSize.width() || size.height() > m_maxSize.height())
            return QStringLiteral("--size: '%1' is not from %2x%3 to %4x%5")
                .arg(value("size"))
                .arg(m_minSize.width())
                .arg(m_minSize.height())
                .arg(m_maxSize.width())
                .arg(m_maxSize.height());
        request.size = size;
    }
    if (given(ViewOption::Paper, "paper")) {
        const auto paper = paperFromId(value("paper").trimmed());
        if (!paper)
            return QStringLiteral("--paper: '%1' is not one of A4, A3, Letter").arg(value("paper"));
        request.paper = *paper;
    }
    if (given(ViewOption::Fit, "fit")) {
        request.fit.clear();
        for (const QString& part : value("fit").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString code = part.trimmed().toUpper();
            if (!isIso3(code))
                return QStringLiteral("--fit: '%1' is not an ISO 3166-1 alpha-3 code such as POL")
                    .arg(part);
            request.fit << code;
        }
        if (request.fit.isEmpty())
            return QStringLiteral("--fit: name at least one state, e.g. EST,LVA,LTU");
    }
    return {};
}

} // namespace flank::core
