#include "video_encoder.h"

#include "video_module.h"

namespace flank::exporting {

VideoEncoder::VideoEncoder() = default;
VideoEncoder::~VideoEncoder() = default;

void VideoEncoder::abort()
{
    m_backend.reset();
}

QString VideoEncoder::checked(QString error)
{
    if (!error.isEmpty())
        m_backend.reset();
    return error;
}

QString VideoEncoder::open(const QString& file, const VideoSettings& settings)
{
    abort();
    if (const QString problem = checkVideoSize(settings.size); !problem.isEmpty())
        return QStringLiteral("%1: %2").arg(file, problem);
    QString error;
    const CreateVideoBackend create = videoBackendFactory(&error);
    if (!create)
        return QStringLiteral("%1: %2").arg(file, error);
    m_backend.reset(create());
    return checked(m_backend->open(file, settings));
}

QString VideoEncoder::addFrame(const QImage& image)
{
    if (!m_backend)
        return QStringLiteral("the video is not open");
    return checked(m_backend->addFrame(image));
}

QString VideoEncoder::finish()
{
    if (!m_backend)
        return QStringLiteral("the video is not open");
    QString error = m_backend->finish();
    m_backend.reset();
    return error;
}

} // namespace flank::exporting
