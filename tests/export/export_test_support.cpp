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

QString compareWithReference(const QImage& actualImage, const QString& name, int tolerance,
                             double maxShare, bool readOnly)
{
    const QString reference = QStringLiteral(FLANK_TEST_DATA_DIR "/reference/%1.png").arg(name);
    const QImage actual = actualImage.convertToFormat(QImage::Format_ARGB32);
    if (qEnvironmentVariableIntValue("FLANK_UPDATE_REFERENCES") == 1 && !readOnly) {
        actual.save(reference);
        return {};
    }
    const QImage expected = QImage(reference).convertToFormat(QImage::Format_ARGB32);
    if (expected.isNull())
        return QStringLiteral("no reference %1 (FLANK_UPDATE_REFERENCES=1 makes it)")
            .arg(reference);
    if (expected.size() != actual.size())
        return QStringLiteral("size %1x%2, reference %3x%4")
            .arg(actual.width())
            .arg(actual.height())
            .arg(expected.width())
            .arg(expected.height());
    QImage diff(actual.size(), QImage::Format_ARGB32);
    diff.fill(Qt::white);
    qint64 differing = 0;
    for (int y = 0; y < actual.height(); ++y)
        for (int x = 0; x < actual.width(); ++x) {
            const QRgb a = actual.pixel(x, y), b = expected.pixel(x, y);
            const int delta =
                std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)),
                          std::abs(qBlue(a) - qBlue(b)), std::abs(qAlpha(a) - qAlpha(b))});
            if (delta > tolerance) {
                ++differing;
                diff.setPixel(x, y, qRgb(255, 0, 0));
            }
        }
    const double share = double(differing) / (actual.width() * actual.height());
    if (share <= maxShare)
        return {};
    const QString actualPath = QStringLiteral(FLANK_BUILD_DIR "/%1_actual.png").arg(name);
    const QString diffPath = QStringLiteral(FLANK_BUILD_DIR "/%1_diff.png").arg(name);
    actual.save(actualPath);
    diff.save(diffPath);
    return QStringLiteral("%1% of the pixels differ (allowed %2%); see %3 and %4")
        .arg(share * 100, 0, 'f', 3)
        .arg(maxShare * 100)
        .arg(actualPath, diffPath);
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
