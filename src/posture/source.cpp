#include "source.h"

namespace flank::posture {

QString sourceCitation(const Source& source)
{
    const QString address =
        source.url.isEmpty() ? QStringLiteral("no public address known") : source.url;
    QString text = QStringLiteral("%1, \u201c%2\u201d, %3, %4")
                       .arg(source.outlet, source.title, source.date.toString(), address);
    if (source.unreliable)
        text += QStringLiteral(" (flagged as unreliable)");
    return text;
}

QJsonObject sourceToJson(const Source& source)
{
    QJsonObject object{{QStringLiteral("id"), source.id},
                       {QStringLiteral("outlet"), source.outlet},
                       {QStringLiteral("title"), source.title},
                       {QStringLiteral("date"), source.date.toString()}};
    if (!source.url.isEmpty())
        object.insert(QStringLiteral("url"), source.url);
    if (!source.archiveUrl.isEmpty())
        object.insert(QStringLiteral("archiveUrl"), source.archiveUrl);
    if (source.unreliable)
        object.insert(QStringLiteral("reliability"), QStringLiteral("unreliable"));
    return object;
}

} // namespace flank::posture
