#include "saved_views.h"

#include "core/atomic_file.h"

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
            contents.views.append({settings.value(key + QStringLiteral("/name")).toString(),
                                   settings.value(key + QStringLiteral("/state")).toString()});
        return contents;
    }
    const auto fail = [&](const QString& problem) {
        contents.error =
            QStringLiteral("%1: %2").arg(QDir::toNativeSeparators(m_filePath), problem);
        return contents;
    };
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    if (file.size() > kMaxFileBytes)
        return fail(tr("the file is larger than %1 MiB").arg(kMaxFileBytes >> 20));
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(tr("byte %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != kFormat ||
        !root.value(QStringLiteral("views")).isArray())
        return fail(tr("not a saved-views file (no \"format\": \"%1\" with a \"views\" list)")
                        .arg(kFormat));
    const QJsonArray views = root.value(QStringLiteral("views")).toArray();
    for (qsizetype i = 0; i < views.size(); ++i) {
        const QJsonObject view = views.at(i).toObject();
        const QString name = view.value(QStringLiteral("name")).toString();
        const QJsonValue state = view.value(QStringLiteral("state"));
        if (name.isEmpty() || !state.isObject())
            return fail(tr("/views/%1: a view needs a \"name\" and a \"state\" object").arg(i));
        contents.views.append(
            {name,
             QString::fromUtf8(QJsonDocument(state.toObject()).toJson(QJsonDocument::Compact))});
    }
    return contents;
}

QString SavedViews::write(const QList<Stored>& views) const
{
    QJsonArray array;
    for (const Stored& view : views)
        array.append(QJsonObject{
            {QStringLiteral("name"), view.name},
            {QStringLiteral("state"), QJsonDocument::fromJson(view.state.toUtf8()).object()}});
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
    return core::MapState::fromText(found->state);
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
        found->state = state.toText();
    else
        contents.views.append({name, state.toText()});
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
