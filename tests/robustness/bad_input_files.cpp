#include "bad_input_files.h"

#include <QByteArray>
#include <QFile>

namespace {

constexpr qsizetype kHugeBytes = 50 * 1024 * 1024;
constexpr int kDeepLevels = 100'000;

QByteArray readFixture(const QString& relativePath)
{
    QFile file(QStringLiteral(FLANK_TESTS_ROOT "/") + relativePath);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray deeplyNested()
{
    return QByteArray(kDeepLevels, '[') + QByteArray(kDeepLevels, ']');
}

QString write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

} // namespace

QString generateBadInput(const QString& kind, const QString& directory)
{
    const QString path = directory + QLatin1Char('/') + kind;
    if (kind.endsWith(QLatin1String("-missing")))
        return path + QStringLiteral(".json");
    const QByteArray posture = readFixture(QStringLiteral("data/bad/posture/valid.json"));
    const QByteArray annotations = readFixture(QStringLiteral("data/bad/annotation/valid.geojson"));
    if (kind == QLatin1String("posture-quote-50mb")) {
        QByteArray bytes = posture;
        return write(path, bytes.replace("We decide.", QByteArray(kHugeBytes, 'x')));
    }
    if (kind == QLatin1String("posture-nesting-100k")) {
        QByteArray bytes = posture;
        return write(path, bytes.replace("\"asOf\"", "\"deep\": " + deeplyNested() + ", \"asOf\""));
    }
    if (kind == QLatin1String("annotation-text-50mb")) {
        QByteArray bytes = annotations;
        return write(path, bytes.replace("Riga", QByteArray(kHugeBytes, 'x')));
    }
    if (kind == QLatin1String("annotation-nesting-100k")) {
        QByteArray bytes = annotations;
        return write(path, bytes.replace("\"Riga\"", deeplyNested()));
    }
    if (kind == QLatin1String("countries-truncated.gpkg")) {
        // The header and the first pages survive, so GDAL opens it and fails mid-read.
        QFile countries(QStringLiteral(FLANK_TESTS_ROOT "/../geodata/countries.gpkg"));
        if (!countries.open(QIODevice::ReadOnly))
            return {};
        return write(path, countries.read(countries.size() / 4));
    }
    return {};
}
