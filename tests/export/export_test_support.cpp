#include "export_test_support.h"

#include <QFile>

#include <cstdlib>

namespace flank::test {

render::AtlasData& atlasData()
{
    static render::AtlasData data = render::AtlasData::load();
    return data;
}

exporting::ExportOptions balticOptions(const QString& file)
{
    exporting::ExportOptions options;
    options.file = file;
    options.size = QSize(640, 480);
    options.state.date = QDate(2025, 7, 1);
    options.state.detail = core::DetailLevel::Coarse110m;
    options.state.subtitle = QStringLiteral("Baltic states");
    options.fit = {QStringLiteral("EST"), QStringLiteral("LVA"), QStringLiteral("LTU")};
    return options;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(bytes);
}

} // namespace flank::test
