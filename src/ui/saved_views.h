#pragma once

#include "core/map_state.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace flank::ui {

// Named views the user saved, kept in a JSON file of their own (views.json in the user's data
// folder) so that they can be backed up and so that a failed write can never truncate them.
class SavedViews
{
    Q_DECLARE_TR_FUNCTIONS(flank::ui::SavedViews)

public:
    explicit SavedViews(QString filePath = defaultFilePath());
    static QString defaultFilePath();
    const QString& filePath() const { return m_filePath; }

    // The names, sorted; `readError` (when given) says why the file could not be read, or is
    // emptied when it could or when there is none yet.
    QStringList names(QString* readError = nullptr) const;
    std::optional<core::MapState> view(const QString& name) const;
    // Each returns an empty string when the file was written, else a message naming the file.
    // A file that cannot be read or written is left byte for byte as it was.
    QString save(const QString& name, const core::MapState& state);
    QString remove(const QString& name);

private:
    struct Stored
    {
        QString name;
        core::MapState state;
    };
    struct Contents
    {
        QList<Stored> views;
        QString error;
    };
    Contents read() const;
    QString write(const QList<Stored>& views) const;

    QString m_filePath;
};

} // namespace flank::ui
