// Fuzzes the one reader of view options (every command and the GUI launchers): the input's
// lines are the arguments. A refusal names the option it is about; an accepted view is one
// MapState can write and read back.
#include "fuzz_check.h"

#include "core/view_options.h"

#include <QString>
#include <QStringList>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace flank::core;
    static const ViewOptionReader reader(
        ViewOption::Date | ViewOption::Treaty | ViewOption::Select | ViewOption::Theme |
            ViewOption::Size | ViewOption::Extent | ViewOption::Crs | ViewOption::Scale |
            ViewOption::Fit | ViewOption::Layers | ViewOption::Paper,
        QSize(320, 240), QSize(8000, 8000));
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    QCommandLineParser parser;
    reader.addTo(parser);
    if (!parser.parse(QStringList{QStringLiteral("flankatlas")} + text.split(QLatin1Char('\n'))))
        return 0;
    ViewRequest request;
    const QString error = reader.read(parser, request);
    if (!error.isEmpty()) {
        FUZZ_CHECK(error.startsWith(QLatin1String("--")));
        return 0;
    }
    const MapState& state = request.state;
    FUZZ_CHECK(state.extent.isNull() || (state.extent.width() > 0 && state.extent.height() > 0));
    FUZZ_CHECK(!request.size || (request.size->width() >= 320 && request.size->height() >= 240 &&
                                 request.size->width() <= 8000 && request.size->height() <= 8000));
    FUZZ_CHECK(!(request.size && request.paper));
    for (const QString& code : request.fit)
        FUZZ_CHECK(code.size() == 3 && code == code.toUpper());
    const std::optional<MapState> back = MapState::fromText(state.toText());
    FUZZ_CHECK(back.has_value());
    FUZZ_CHECK(back->treaty == state.treaty && back->theme == state.theme &&
               back->detail == state.detail && back->decorations == state.decorations &&
               back->date == state.date && back->selection == state.selection);
    return 0;
}
