#include "view_options.h"

#include <QStringList>

#include <cmath>

namespace flank::cli {

namespace {

struct DecorationSwitch
{
    const char* name;
    const char* what;
    bool core::Decorations::*member;
};
constexpr DecorationSwitch kDecorationSwitches[] = {
    {"title", "the title band", &core::Decorations::title},
    {"legend", "the legend", &core::Decorations::legend},
    {"stamp", "the 'Status as of' stamp", &core::Decorations::dateStamp},
    {"sources", "the sources footer", &core::Decorations::sources},
    {"scale-bar", "the scale bar", &core::Decorations::scaleBar},
    {"north-arrow", "the north arrow", &core::Decorations::northArrow},
    {"inset", "the inset locator map", &core::Decorations::inset},
    {"labels", "country names", &core::Decorations::labels},
};

} // namespace

void addViewOptions(QCommandLineParser& parser)
{
    parser.addOptions({
        {QStringLiteral("date"), QStringLiteral("Status date, YYYY-MM-DD (default: today)."),
         QStringLiteral("date")},
        {QStringLiteral("treaty"), QStringLiteral("ottawa, ccm or both (default: ottawa)."),
         QStringLiteral("treaty")},
        {QStringLiteral("select"), QStringLiteral("State to outline (ISO 3166-1 alpha-3)."),
         QStringLiteral("iso3")},
        {QStringLiteral("theme"), QStringLiteral("light, dark, projector or print."),
         QStringLiteral("theme")},
        {QStringLiteral("crs"),
         QStringLiteral("Map CRS, e.g. EPSG:3035 (default), EPSG:3857, "
                        "EPSG:4326, ESRI:54030 (Robinson)."),
         QStringLiteral("crs")},
        {QStringLiteral("extent"),
         QStringLiteral("Area xmin,ymin,xmax,ymax in the CRS's units (lon,lat for EPSG:4326)."),
         QStringLiteral("extent")},
        {QStringLiteral("scale"), QStringLiteral("Natural Earth scale: 110m, 50m, 10m or auto."),
         QStringLiteral("scale")},
        {QStringLiteral("title"), QStringLiteral("Title (default: the treaty and the date)."),
         QStringLiteral("text")},
        {QStringLiteral("subtitle"), QStringLiteral("Subtitle under the title."),
         QStringLiteral("text")},
        {QStringLiteral("bare"), QStringLiteral("No decorations at all; add some back with "
                                                "--legend, --title, ...")},
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

QSize parseSize(const QString& text)
{
    const QStringList parts = text.toLower().split(QLatin1Char('x'));
    if (parts.size() != 2)
        return {};
    bool okWidth = false, okHeight = false;
    const int width = parts[0].toInt(&okWidth);
    const int height = parts[1].toInt(&okHeight);
    if (!okWidth || !okHeight || width <= 0 || height <= 0)
        return {};
    return QSize(width, height);
}

QString applyViewOptions(const QCommandLineParser& parser, core::MapState& state)
{
    const auto value = [&](const char* name) { return parser.value(QLatin1String(name)); };
    const auto isSet = [&](const char* name) { return parser.isSet(QLatin1String(name)); };
    if (isSet("date")) {
        const QDate date = QDate::fromString(value("date"), Qt::ISODate);
        if (!date.isValid() || value("date").size() != 10)
            return QStringLiteral("--date: '%1' is not a date (YYYY-MM-DD)").arg(value("date"));
        state.date = date;
    }
    if (isSet("treaty")) {
        const QString choice = value("treaty").toLower();
        if (choice != QLatin1String("ottawa") && choice != QLatin1String("ccm") &&
            choice != QLatin1String("both"))
            return QStringLiteral("--treaty: '%1' is not one of ottawa, ccm, both").arg(choice);
        core::applyTreatyChoice(state, choice);
    }
    if (isSet("select"))
        state.selection = value("select").trimmed().toUpper();
    if (isSet("theme")) {
        const auto theme = core::themeFromId(value("theme").toLower());
        if (!theme)
            return QStringLiteral("--theme: '%1' is not one of light, dark, projector, print")
                .arg(value("theme"));
        state.theme = *theme;
    }
    if (isSet("crs"))
        state.crs = value("crs").trimmed();
    if (isSet("extent")) {
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
    if (isSet("scale")) {
        const auto level = core::detailFromId(value("scale").toLower());
        if (!level)
            return QStringLiteral("--scale: '%1' is not one of 110m, 50m, 10m, auto")
                .arg(value("scale"));
        state.detail = *level;
    }
    if (isSet("bare"))
        state.decorations = core::Decorations::none();
    if (isSet("title")) {
        state.title = value("title");
        state.decorations.title = true;
    }
    if (isSet("subtitle"))
        state.subtitle = value("subtitle");
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

} // namespace flank::cli
