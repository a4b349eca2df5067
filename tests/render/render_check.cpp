#include "render_check.h"

#include "core/interface_language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <cstdlib>

namespace flank::test {

namespace {

QString referencePath(const QString& name)
{
    return QStringLiteral(FLANK_TESTS_ROOT "/render/reference/%1.png").arg(name);
}

QString outputPath(const QString& name, const QString& suffix)
{
    const QString directory = QStringLiteral(FLANK_BUILD_DIR "/render-failures");
    QDir().mkpath(directory);
    return QStringLiteral("%1/%2_%3.png").arg(directory, name, suffix);
}

// Pictures are compared as the app draws them: in English, with its plural forms.
void installEnglish()
{
    core::installInterfaceLanguage(QStringLiteral("en"));
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installEnglish)

int channelDelta(QRgb a, QRgb b)
{
    return std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)),
                     std::abs(qBlue(a) - qBlue(b)), std::abs(qAlpha(a) - qAlpha(b))});
}

qint64 pixelsDiffering(const QImage& a, const QImage& b, int channelTolerance)
{
    const QImage first = a.convertToFormat(QImage::Format_ARGB32);
    const QImage second = b.convertToFormat(QImage::Format_ARGB32);
    qint64 count = 0;
    for (int y = 0; y < first.height(); ++y)
        for (int x = 0; x < first.width(); ++x)
            count += channelDelta(first.pixel(x, y), second.pixel(x, y)) > channelTolerance;
    return count;
}

RenderCheck compareToReference(const QImage& rendered, const QString& name, int channelTolerance,
                               double maxDifferingShare, ReferenceUpdate update)
{
    const QImage actual = rendered.convertToFormat(QImage::Format_ARGB32);
    const QString reference = referencePath(name);
    if (update == ReferenceUpdate::Allowed &&
        qEnvironmentVariable("FLANK_UPDATE_REFERENCES") == QLatin1String("1") &&
        !qEnvironmentVariableIsSet("CI")) {
        const bool saved = actual.save(reference);
        return {saved, saved ? QStringLiteral("reference rewritten: %1").arg(reference)
                             : QStringLiteral("could not write %1").arg(reference)};
    }
    const QImage expected = QImage(reference).convertToFormat(QImage::Format_ARGB32);
    if (expected.isNull())
        return {false, QStringLiteral("no reference image %1 (FLANK_UPDATE_REFERENCES=1 makes it)")
                           .arg(reference)};
    if (expected.size() != actual.size()) {
        actual.save(outputPath(name, QStringLiteral("actual")));
        return {false, QStringLiteral("size %1x%2, reference %3x%4")
                           .arg(actual.width())
                           .arg(actual.height())
                           .arg(expected.width())
                           .arg(expected.height())};
    }
    QImage diff(actual.size(), QImage::Format_ARGB32);
    diff.fill(Qt::white);
    qint64 differing = 0;
    for (int y = 0; y < actual.height(); ++y) {
        const auto* a = reinterpret_cast<const QRgb*>(actual.constScanLine(y));
        const auto* e = reinterpret_cast<const QRgb*>(expected.constScanLine(y));
        auto* d = reinterpret_cast<QRgb*>(diff.scanLine(y));
        for (int x = 0; x < actual.width(); ++x) {
            if (channelDelta(a[x], e[x]) > channelTolerance) {
                ++differing;
                d[x] = qRgb(255, 0, 0);
            }
        }
    }
    const double share = double(differing) / (qint64(actual.width()) * actual.height());
    if (share <= maxDifferingShare)
        return {true, {}};
    const QString actualPath = outputPath(name, QStringLiteral("actual"));
    const QString diffPath = outputPath(name, QStringLiteral("diff"));
    actual.save(actualPath);
    diff.save(diffPath);
    return {false, QStringLiteral("%1: %2 pixels (%3 %) differ; see %4 and %5")
                       .arg(name)
                       .arg(differing)
                       .arg(share * 100, 0, 'f', 3)
                       .arg(actualPath, diffPath)};
}

} // namespace flank::test
