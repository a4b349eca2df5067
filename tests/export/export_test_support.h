#pragma once

#include "export/export_options.h"
#include "render/atlas_data.h"

#include <QImage>
#include <QString>

namespace flank::test {

// The bundled data, loaded once per test process.
render::AtlasData& atlasData();

// A small Baltic map with every decoration, as the export tests write it.
exporting::ExportOptions balticOptions(const QString& file);

// Compares with tests/export/reference/<name>.png: each channel may differ by `tolerance`
// and at most `maxShare` of the pixels beyond that. On failure writes <name>_actual.png and
// <name>_diff.png in the build folder and returns a message naming them; empty when it
// matches. FLANK_UPDATE_REFERENCES=1 rewrites the reference instead (never in CI) unless
// `readOnly`, for a second picture checked against the same reference.
QString compareWithReference(const QImage& actual, const QString& name, int tolerance,
                             double maxShare, bool readOnly = false);

QByteArray readAll(const QString& path);
void writeFile(const QString& path, const QByteArray& bytes);

} // namespace flank::test
