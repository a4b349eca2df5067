#include "video_probe.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QtEndian>

namespace flank::test {

namespace {

// Runs a tool that the setup installs; its absence is a failure, not a reason to skip.
QByteArray run(const QString& program, const QStringList& arguments, QString* error)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        *error = QStringLiteral("%1 did not start (is the ffmpeg package installed?)").arg(program);
        return {};
    }
    process.waitForFinished(120000);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        *error = QStringLiteral("%1 failed: %2")
                     .arg(program, QString::fromUtf8(process.readAllStandardError()));
    return process.readAllStandardOutput();
}

} // namespace

VideoProbe probeVideo(const QString& file)
{
    VideoProbe probe;
    const QByteArray json =
        run(QStringLiteral("ffprobe"),
            {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-show_streams"),
             QStringLiteral("-show_format"), QStringLiteral("-count_frames"), QStringLiteral("-of"),
             QStringLiteral("json"), file},
            &probe.error);
    if (!probe.error.isEmpty())
        return probe;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    for (const QJsonValue& stream : root.value(QStringLiteral("streams")).toArray())
        if (stream.toObject().value(QStringLiteral("codec_type")).toString() ==
            QLatin1String("video")) {
            probe.stream = stream.toObject();
            break;
        }
    if (probe.stream.isEmpty())
        probe.error = QStringLiteral("no video stream in %1").arg(file);
    probe.format = root.value(QStringLiteral("format")).toObject();
    probe.frames = probe.stream.value(QStringLiteral("nb_read_frames")).toString().toInt();
    probe.duration = probe.format.value(QStringLiteral("duration")).toString().toDouble();
    return probe;
}

QImage decodeFrame(const QString& file, int index)
{
    QTemporaryDir directory;
    const QString png = directory.filePath(QStringLiteral("frame.png"));
    QString error;
    run(QStringLiteral("ffmpeg"),
        {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-i"), file,
         QStringLiteral("-vf"), QStringLiteral("select=eq(n\\,%1)").arg(index),
         QStringLiteral("-vsync"), QStringLiteral("0"), QStringLiteral("-frames:v"),
         QStringLiteral("1"), png},
        &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return QImage(png).convertToFormat(QImage::Format_RGB32);
}

QStringList topLevelBoxes(const QString& file)
{
    QFile mp4(file);
    if (!mp4.open(QIODevice::ReadOnly))
        return {};
    QStringList boxes;
    qint64 at = 0;
    while (at + 8 <= mp4.size()) {
        mp4.seek(at);
        const QByteArray header = mp4.read(16);
        quint64 size = qFromBigEndian<quint32>(header.constData());
        boxes << QString::fromLatin1(header.mid(4, 4));
        if (size == 1 && header.size() == 16) // a 64-bit size follows the type
            size = qFromBigEndian<quint64>(header.constData() + 8);
        if (size < 8)
            break; // 0: to the end of the file
        at += qint64(size);
    }
    return boxes;
}

} // namespace flank::test
