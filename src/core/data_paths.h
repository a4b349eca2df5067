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
    // The copies that came with the program, ignoring $FLANK_DATA_DIR: what the window falls
    // back to when a user's copy cannot be read.
    static QString bundledCountries();
    static QString bundledPosture();
    static QString exampleStory();
    static QString dataDirectory();

private:
    static QString find(const QString& relativePath, bool withEnvironment = true);
};

} // namespace flank::core
