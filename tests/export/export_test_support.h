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

QByteArray readAll(const QString& path);
void writeFile(const QString& path, const QByteArray& bytes);

} // namespace flank::test
