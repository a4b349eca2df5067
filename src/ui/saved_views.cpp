#include "saved_views.h"

#include "core/atomic_file.h"
#include "core/json_reader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QStandardPaths>

#include <algorithm>

namespace flank::ui {

namespace {

const QString kFormat = QStringLiteral("flankatlas-views");
constexpr qint64 kMaxFileBytes = 16 << 20;

} // namespace

SavedViews::SavedViews(QString filePath) : m_filePath(std::move(filePath)) {}

QString SavedViews::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/views.json");
}

SavedViews::Contents SavedViews::read() const
{
    Contents contents;
    QFile file(m_filePath);
    if (!file.exists()) {
        // Views saved by earlier versions, which kept them in the application's settings.
        QSettings settings;
        settings.beginGroup(QStringLiteral("savedViews"));
        for (const QString& key : settings.childGroups())
            if (const auto state = core::MapState::fromText(
                    settings.value(key + QStringLiteral("/state")).toString()))
                contents.views.append(
                    {settings.value(key + QStringLiteral("/name")).toString(), *state});
        return contents;
    }
    const auto fail = [&](const QString& problem) {
        contents.error =
            QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(m_filePath), problem);
        return contents;
    };
    // Errors inside the file say where, as every file's do: path:line:column: error: message.
    const auto failAt = [&](const core::Issue& issue) {
        contents.error = issue.toString();
        return contents;
    };
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    if (file.size() > kMaxFileBytes)
        return fail(tr("the file is larger than %1 MiB").arg(kMaxFileBytes >> 20));
    const core::JsonReadResult json = core::JsonReader::read(file.readAll(), m_filePath);
    for (const core::Issue& issue : json.issues)
        if (issue.severity == core::Severity::Error)
            return failAt(issue);
    const core::JsonNode& root = *json.root;
    const core::JsonNode* format = root.member(u"format");
    const core::JsonNode* views = root.member(u"views");
    if (!format || format->text != kFormat || !views || !views->isArray())
        return failAt(core::makeError(
            m_filePath,
            tr("not a saved-views file (no \"format\": \"%1\" with a \"views\" list)").arg(kFormat),
            root.line, root.column));
    for (size_t i = 0; i < views->items.size(); ++i) {
        const core::JsonNode& view = views->items[i];
        const core::JsonNode* name = view.member(u"name");
        const core::JsonNode* state = view.member(u"state");
        if (!name || !name->isString() || name->text.isEmpty() || !state || !state->isObject())
            return failAt(core::makeError(
                m_filePath, tr("/views/%1: a view needs a \"name\" and a \"state\" object").arg(i),
                view.line, view.column));
        core::Issues issues;
        Stored stored{name->text,
                      core::MapState::fromJson(*state, &issues, m_filePath,
                                               QStringLiteral("/views/%1/state").arg(i))};
        if (core::hasErrors(issues))
            return failAt(issues.constFirst());
        contents.views.append(stored);
    }
    return contents;
}

QString SavedViews::write(const QList<Stored>& views) const
{
    QJsonArray array;
    for (const Stored& view : views)
        array.append(QJsonObject{{QStringLiteral("name"), view.name},
                                 {QStringLiteral("state"), view.state.toJson()}});
    const QJsonObject root{{QStringLiteral("format"), kFormat},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("views"), array}};
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    const QString error =
        core::writeFileAtomically(m_filePath, QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (error.isEmpty())
        return {};
    return tr("Could not save the views: %1").arg(error);
}

QStringList SavedViews::names(QString* readError) const
{
    const Contents contents = read();
    if (readError)
        *readError = contents.error;
    QStringList names;
    for (const Stored& view : contents.views)
        names << view.name;
    names.sort(Qt::CaseInsensitive);
    return names;
}

std::optional<core::MapState> SavedViews::view(const QString& name) const
{
    const QList<Stored> views = read().views;
    const auto found = std::find_if(views.begin(), views.end(),
                                    [&](const Stored& view) { return view.name == name; });
    if (found == views.end())
        return std::nullopt;
    return found->state;
}

QString SavedViews::save(const QString& name, const core::MapState& state)
{
    Contents contents = read();
    if (!contents.error.isEmpty())
        return tr("Could not save the view: %1. The file is left as it is; repair or remove it.")
            .arg(contents.error);
    const auto found = std::find_if(contents.views.begin(), contents.views.end(),
                                    [&](const Stored& view) { return view.name == name; });
    if (found != contents.views.end())
        found->state = state;
    else
        contents.views.append({name, state});
    return write(contents.views);
}

QString SavedViews::remove(const QString& name)
{
    Contents contents = read();
    if (!contents.error.isEmpty())
        return tr("Could not delete the view: %1. The file is left as it is; repair or remove it.")
            .arg(contents.error);
    contents.views.removeIf([&](const Stored& view) { return view.name == name; });
    return write(contents.views);
}

} // namespace flank::ui
