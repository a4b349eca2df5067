#pragma once

#include <QString>

namespace flank::core {

// Finds the bundled data (countries.gpkg, posture.json, the example story). Looks in
// $FLANK_DATA_DIR, next to the installed executable, then in the source tree of this build.
class DataPaths
{
public:
    static QString countries();
    static QString posture();
    static QString postureSchema();
    static QString exampleStory();
    static QString dataDirectory();

private:
    static QString find(const QString& relativePath);
};

} // namespace flank::core
