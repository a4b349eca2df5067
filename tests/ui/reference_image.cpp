#include "reference_image.h"

#include <QDir>

#include <cstdlib>

namespace flank::test {

QString compareToReference(const QImage& image, const QString& caseName, int channelTolerance,
                           double maxDifferingShare)
{
    const QString referencePath =
        QStringLiteral(FLANK_TEST_DATA_DIR "/reference/%1.png").arg(caseName);
    const QImage actual = image.convertToFormat(QImage::Format_ARGB32);
    if (qEnvironmentVariableIntValue("FLANK_UPDATE_REFERENCES") == 1) {
        QDir().mkpath(QStringLiteral(FLANK_TEST_DATA_DIR "/reference"));
        return actual.save(referencePath) ? QString()
                                          : QStringLiteral("could not write %1").arg(referencePath);
    }
    const QImage reference = QImage(referencePath).convertToFormat(QImage::Format_ARGB32);
    const QString outDir = QStringLiteral(FLANK_BUILD_DIR "/render-failures");
    QDir().mkpath(outDir);
    const QString actualPath = outDir + QStringLiteral("/%1_actual.png").arg(caseName);
    const QString diffPath = outDir + QStringLiteral("/%1_diff.png").arg(caseName);
    if (reference.isNull()) {
        actual.save(actualPath);
        return QStringLiteral("no reference %1 (actual written to %2; run with "
                              "FLANK_UPDATE_REFERENCES=1 to create it)")
            .arg(referencePath, actualPath);
    }
    if (reference.size() != actual.size()) {
        actual.save(actualPath);
        return QStringLiteral("%1: size %2x%3, reference %4x%5 (actual: %6)")
            .arg(caseName)
            .arg(actual.width())
            .arg(actual.height())
            .arg(reference.width())
            .arg(reference.height())
            .arg(actualPath);
    }
    QImage diff(actual.size(), QImage::Format_ARGB32);
    diff.fill(Qt::white);
    qint64 differing = 0;
    for (int y = 0; y < actual.height(); ++y) {
        const auto* a = reinterpret_cast<const QRgb*>(actual.constScanLine(y));
        const auto* r = reinterpret_cast<const QRgb*>(reference.constScanLine(y));
        for (int x = 0; x < actual.width(); ++x) {
            const int delta = std::max(
                {std::abs(qRed(a[x]) - qRed(r[x])), std::abs(qGreen(a[x]) - qGreen(r[x])),
                 std::abs(qBlue(a[x]) - qBlue(r[x])), std::abs(qAlpha(a[x]) - qAlpha(r[x]))});
            if (delta > channelTolerance) {
                ++differing;
                diff.setPixel(x, y, qRgb(255, 0, 0));
            }
        }
    }
    const double share = double(differing) / (qint64(actual.width()) * actual.height());
    if (share <= maxDifferingShare)
        return {};
    actual.save(actualPath);
    diff.save(diffPath);
    return QStringLiteral("%1: %2 % of pixels differ (allowed %3 %); actual %4, diff %5")
        .arg(caseName)
        .arg(share * 100, 0, 'f', 3)
        .arg(maxDifferingShare * 100, 0, 'f', 3)
        .arg(actualPath, diffPath);
}

} // namespace flank::test
