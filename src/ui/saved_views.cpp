#include "saved_views.h"

#include <QSettings>

namespace flank::ui {

namespace {

const QString kGroup = QStringLiteral("savedViews");

// A key free of the characters QSettings treats specially; the name is kept beside it.
QString keyFor(const QString& name)
{
    return QString::fromLatin1(name.toUtf8().toHex());
}

} // namespace

QStringList SavedViews::names() const
{
    QSettings settings;
    settings.beginGroup(kGroup);
    QStringList names;
    for (const QString& key : settings.childGroups())
        names << settings.value(key + QStringLiteral("/name")).toString();
    names.sort(Qt::CaseInsensitive);
    return names;
}

std::optional<core::MapState> SavedViews::view(const QString& name) const
{
    QSettings settings;
    settings.beginGroup(kGroup);
    const QVariant text = settings.value(keyFor(name) + QStringLiteral("/state"));
    if (!text.isValid())
        return std::nullopt;
    return core::MapState::fromText(text.toString());
}

void SavedViews::save(const QString& name, const core::MapState& state)
{
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.setValue(keyFor(name) + QStringLiteral("/name"), name);
    settings.setValue(keyFor(name) + QStringLiteral("/state"), state.toText());
}

void SavedViews::remove(const QString& name)
{
    QSettings settings;
    settings.beginGroup(kGroup);
    settings.remove(keyFor(name));
}

} // namespace flank::ui
