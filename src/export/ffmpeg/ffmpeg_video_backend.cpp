// The video encoder proper, built as a module of its own: FFmpeg and the codec libraries it
// pulls in are loaded only by a process that writes a video.
#include "export/video_backend.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/opt.h>
#include <libswscale/swscale.h>
}

#include <cerrno>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <mutex>
#include <thread>
#include <vector>

namespace flank::exporting {

namespace {

// Frames converted and waiting for the encoder: enough to even out a slow frame, few enough
// that a 4K clip does not fill the memory.
constexpr std::size_t kQueuedFrames = 4;

QString avError(int code)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, text, sizeof text);
    return QString::fromUtf8(text);
}

struct FrameDeleter
{
    void operator()(AVFrame* frame) const { av_frame_free(&frame); }
};
using FramePtr = std::unique_ptr<AVFrame, FrameDeleter>;

// The FFmpeg muxer and encoder of each format.
struct FormatNames
{
    const char* muxer;
    const char* encoder;
};

FormatNames namesOf(VideoFormat format)
{
    switch (format) {
    case VideoFormat::WebM:
        return {"webm", "libvpx-vp9"};
    case VideoFormat::Gif:
        return {"gif", "gif"};
    case VideoFormat::Mp4:
        break;
    }
    return {"mp4", "libx264"};
}

// Quick presets: a map is flat color that changes little between frames, which even the
// fastest settings compress well, and the clip should be written faster than it plays.
AVDictionary* encoderOptions(VideoFormat format)
{
    AVDictionary* options = nullptr;
    switch (format) {
    case VideoFormat::Mp4:
        av_dict_set(&options, "preset", "veryfast", 0);
        av_dict_set(&options, "crf", "20", 0);
        break;
    case VideoFormat::WebM:
        av_dict_set(&options, "deadline", "realtime", 0);
        av_dict_set(&options, "cpu-used", "8", 0);
        av_dict_set(&options, "row-mt", "1", 0);
        av_dict_set(&options, "crf", "32", 0);
        break;
    case VideoFormat::Gif:
        break;
    }
    return options;
}

struct State
{
    VideoSettings settings;
    QString target;
    QString temporary;
    AVFormatContext* format = nullptr;
    AVCodecContext* codec = nullptr;
    AVStream* stream = nullptr;
    SwsContext* scaler = nullptr;
    AVPacket* packet = nullptr;
    int64_t nextPts = 0;
    bool headerWritten = false;

    // Handed from the caller to the encoding thread; a null frame ends the stream.
    std::thread worker;
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<FramePtr> queue;
    std::vector<FramePtr> spare; // encoded frames, to be filled again without new pages
    bool ended = false;
    QString workerError;

    QString fail(const QString& reason) { return QStringLiteral("%1: %2").arg(target, reason); }

    // Sends one frame (or the end, with nullptr) and writes every packet that comes out.
    QString encode(AVFrame* frame)
    {
        int code = avcodec_send_frame(codec, frame);
        if (code < 0)
            return QStringLiteral("encoding failed (%1)").arg(avError(code));
        for (;;) {
            code = avcodec_receive_packet(codec, packet);
            if (code == AVERROR(EAGAIN) || code == AVERROR_EOF)
                return {};
            if (code < 0)
                return QStringLiteral("encoding failed (%1)").arg(avError(code));
            av_packet_rescale_ts(packet, codec->time_base, stream->time_base);
            packet->stream_index = stream->index;
            code = av_interleaved_write_frame(format, packet);
            if (code < 0)
                return QStringLiteral("cannot write (%1)").arg(avError(code));
        }
    }

    void run()
    {
        for (;;) {
            FramePtr frame;
            {
                std::unique_lock lock(mutex);
                changed.wait(lock, [&] { return !queue.empty(); });
                frame = std::move(queue.front());
                queue.pop_front();
                changed.notify_all();
            }
            const bool last = !frame;
            QString error = encode(frame.get());
            std::lock_guard lock(mutex);
            if (frame && spare.size() < kQueuedFrames + 2)
                spare.push_back(std::move(frame));
            if (!error.isEmpty() && workerError.isEmpty())
                workerError = error;
            if (last || !workerError.isEmpty()) {
                ended = true;
                queue.clear();
                changed.notify_all();
                return;
            }
        }
    }

    // A frame to fill: an encoded one whose pixels the encoder no longer holds, or a new one.
    FramePtr frameToFill()
    {
        FramePtr frame;
        {
            std::lock_guard lock(mutex);
            if (!spare.empty()) {
                frame = std::move(spare.back());
                spare.pop_back();
            }
        }
        if (frame && av_frame_make_writable(frame.get()) >= 0)
            return frame;
        frame.reset(av_frame_alloc());
        if (!frame)
            return frame;
        frame->format = codec->pix_fmt;
        frame->width = codec->width;
        frame->height = codec->height;
        if (av_frame_get_buffer(frame.get(), 0) < 0)
            frame.reset();
        return frame;
    }

    // Queues a frame, waiting while the queue is full; the encoder's error if it stopped.
    QString push(FramePtr frame)
    {
        std::unique_lock lock(mutex);
        changed.wait(lock, [&] { return ended || queue.size() < kQueuedFrames; });
        if (ended)
            return workerError.isEmpty() ? QStringLiteral("the encoder has stopped") : workerError;
        queue.push_back(std::move(frame));
        changed.notify_all();
        return {};
    }

    // Ends the stream: with `discard` at once, else after the queued frames.
    void stopWorker(bool discard)
    {
        if (!worker.joinable())
            return;
        {
            std::unique_lock lock(mutex);
            if (discard)
                queue.clear();
            changed.wait(lock, [&] { return ended || queue.size() < kQueuedFrames; });
            if (!ended)
                queue.push_back(nullptr);
            changed.notify_all();
        }
        worker.join();
    }

    void close()
    {
        stopWorker(true);
        sws_freeContext(scaler);
        scaler = nullptr;
        av_packet_free(&packet);
        avcodec_free_context(&codec);
        if (format) {
            if (format->pb)
                avio_closep(&format->pb);
            avformat_free_context(format);
            format = nullptr;
        }
    }

    ~State()
    {
        close();
        if (!temporary.isEmpty())
            QFile::remove(temporary);
    }
};

class FfmpegVideoBackend final : public VideoBackend
{
public:
    QString open(const QString& file, const VideoSettings& settings) override;
    QString addFrame(const QImage& image) override;
    QString finish() override;

private:
    // Closes the video after an error and removes its temporary file; "file: reason".
    QString failed(const QString& reason)
    {
        const QString message = m_state->fail(reason);
        m_state.reset();
        return message;
    }

    std::unique_ptr<State> m_state;
};

QString FfmpegVideoBackend::open(const QString& file, const VideoSettings& settings)
{
    m_state.reset();
    av_log_set_level(AV_LOG_ERROR); // the encoders' chatter is not for the user
    m_state = std::make_unique<State>();
    State& s = *m_state;
    s.settings = settings;
    s.target = file;
    if (settings.format == VideoFormat::Gif && settings.gifPalette.isEmpty())
        return failed(QStringLiteral("a GIF needs its palette"));
    const QFileInfo info(file);
    if (info.isDir())
        return failed(QStringLiteral("is a folder"));
    // In the target's folder, so the rename at the end stays on one file system. FFmpeg opens
    // the file by name: the MP4 muxer reopens it to move its index to the front.
    {
        QTemporaryFile reserve(
            info.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(info.fileName())));
        reserve.setAutoRemove(false);
        if (!reserve.open())
            return failed(QStringLiteral("cannot write in the folder '%1' (%2)")
                              .arg(info.absolutePath(), reserve.errorString()));
        s.temporary = reserve.fileName();
    }
    // A temporary file is private; the video gets the old file's permissions, or the usual.
    QFile::setPermissions(s.temporary, info.exists() ? info.permissions()
                                                     : QFile::ReadOwner | QFile::WriteOwner |
                                                           QFile::ReadGroup | QFile::ReadOther);
    const QByteArray path = QFile::encodeName(s.temporary);

    int code = avformat_alloc_output_context2(&s.format, nullptr, namesOf(settings.format).muxer,
                                              path.constData());
    if (code < 0 || !s.format)
        return failed(QStringLiteral("cannot start the %1 file (%2)")
                          .arg(QLatin1String(namesOf(settings.format).muxer), avError(code)));
    const AVCodec* codec = avcodec_find_encoder_by_name(namesOf(settings.format).encoder);
    if (!codec)
        return failed(QStringLiteral("this FFmpeg has no %1 encoder")
                          .arg(QLatin1String(namesOf(settings.format).encoder)));
    s.stream = avformat_new_stream(s.format, nullptr);
    s.codec = avcodec_alloc_context3(codec);
    s.packet = av_packet_alloc();
    if (!s.stream || !s.codec || !s.packet)
        return failed(QStringLiteral("not enough memory for the encoder"));
    AVCodecContext* c = s.codec;
    c->width = settings.size.width();
    c->height = settings.size.height();
    c->time_base = AVRational{1, settings.fps};
    c->framerate = AVRational{settings.fps, 1};
    c->sample_aspect_ratio = AVRational{1, 1};
    if (settings.format == VideoFormat::Gif) {
        c->pix_fmt = AV_PIX_FMT_PAL8;
    } else {
        c->pix_fmt = AV_PIX_FMT_YUV420P;
        c->gop_size = settings.fps * 2; // a seek point every two seconds
        c->color_range = AVCOL_RANGE_MPEG;
        c->colorspace = AVCOL_SPC_SMPTE170M; // what swscale converts with by default
        c->color_primaries = AVCOL_PRI_BT709;
        c->color_trc = AVCOL_TRC_BT709;
        c->thread_count = 0; // as many as the machine has
    }
    if (settings.format == VideoFormat::WebM)
        c->bit_rate = 0; // constant quality
    if (s.format->oformat->flags & AVFMT_GLOBALHEADER)
        c->flags |= AV_CODEC_FLAG_GLOBAL_HEADER;
    AVDictionary* options = encoderOptions(settings.format);
    code = avcodec_open2(c, codec, &options);
    av_dict_free(&options);
    if (code < 0)
        return failed(QStringLiteral("cannot start the %1 encoder (%2)")
                          .arg(QLatin1String(namesOf(settings.format).encoder), avError(code)));
    code = avcodec_parameters_from_context(s.stream->codecpar, c);
    if (code < 0)
        return failed(avError(code));
    s.stream->time_base = c->time_base;
    s.stream->avg_frame_rate = c->framerate;
    code = avio_open(&s.format->pb, path.constData(), AVIO_FLAG_WRITE);
    if (code < 0)
        return failed(QStringLiteral("cannot write (%1)").arg(avError(code)));
    AVDictionary* muxing = nullptr;
    if (settings.format == VideoFormat::Mp4)
        av_dict_set(&muxing, "movflags", "+faststart", 0); // the index first, to play at once
    code = avformat_write_header(s.format, &muxing);
    av_dict_free(&muxing);
    if (code < 0)
        return failed(QStringLiteral("cannot write (%1)").arg(avError(code)));
    s.headerWritten = true;
    if (settings.format != VideoFormat::Gif) {
        s.scaler = sws_getContext(c->width, c->height, AV_PIX_FMT_BGRA, c->width, c->height,
                                  AV_PIX_FMT_YUV420P, SWS_POINT, nullptr, nullptr, nullptr);
        if (!s.scaler)
            return failed(QStringLiteral("cannot convert the frames' colors"));
    }
    s.worker = std::thread([&s] { s.run(); });
    return {};
}

QString FfmpegVideoBackend::addFrame(const QImage& image)
{
    if (!m_state)
        return QStringLiteral("the video is not open");
    State& s = *m_state;
    if (image.size() != s.settings.size)
        return failed(QStringLiteral("a frame of %1x%2 in a video of %3x%4")
                          .arg(image.width())
                          .arg(image.height())
                          .arg(s.settings.size.width())
                          .arg(s.settings.size.height()));
    FramePtr frame = s.frameToFill();
    if (!frame)
        return failed(QStringLiteral("not enough memory for a frame"));
    frame->pts = s.nextPts++;
    if (s.settings.format == VideoFormat::Gif) {
        const QImage indexed =
            image.convertToFormat(QImage::Format_Indexed8, QList<QRgb>(s.settings.gifPalette));
        for (int y = 0; y < indexed.height(); ++y)
            memcpy(frame->data[0] + y * frame->linesize[0], indexed.constScanLine(y),
                   std::size_t(indexed.width()));
        // FFmpeg's palette is 256 native-endian ARGB words, which is QRgb.
        auto* palette = reinterpret_cast<uint32_t*>(frame->data[1]);
        const QList<QRgb> table = indexed.colorTable();
        for (int i = 0; i < 256; ++i)
            palette[i] = i < table.size() ? (table[i] | 0xff000000u) : 0xff000000u;
    } else {
        // Little-endian 32-bit pixels are B, G, R, A in memory; the frames are opaque.
        const QImage pixels = image.format() == QImage::Format_RGB32 ||
                                      image.format() == QImage::Format_ARGB32 ||
                                      image.format() == QImage::Format_ARGB32_Premultiplied
                                  ? image
                                  : image.convertToFormat(QImage::Format_RGB32);
        const uint8_t* source[1] = {pixels.constBits()};
        const int stride[1] = {int(pixels.bytesPerLine())};
        sws_scale(s.scaler, source, stride, 0, pixels.height(), frame->data, frame->linesize);
    }
    if (QString error = s.push(std::move(frame)); !error.isEmpty())
        return failed(error);
    return {};
}

QString FfmpegVideoBackend::finish()
{
    if (!m_state)
        return QStringLiteral("the video is not open");
    State& s = *m_state;
    s.stopWorker(false); // encodes what is queued, then the end of the stream
    if (!s.workerError.isEmpty())
        return failed(s.workerError);
    int code = av_write_trailer(s.format);
    if (code < 0)
        return failed(QStringLiteral("cannot write (%1)").arg(avError(code)));
    code = avio_closep(&s.format->pb);
    if (code < 0)
        return failed(QStringLiteral("cannot write (%1)").arg(avError(code)));
    // rename() replaces the target in one step: readers see the old file or the new one.
    if (std::rename(QFile::encodeName(s.temporary).constData(),
                    QFile::encodeName(s.target).constData()) != 0)
        return failed(qt_error_string(errno));
    s.temporary.clear();
    m_state.reset();
    return {};
}

} // namespace

} // namespace flank::exporting

extern "C" Q_DECL_EXPORT flank::exporting::VideoBackend* flankatlas_create_video_backend_1()
{
    return new flank::exporting::FfmpegVideoBackend;
}
