#include "source.h"

namespace flank::posture {

QString sourceKindId(SourceKind kind)
{
    switch (kind) {
    case SourceKind::Primary:
        return QStringLiteral("primary");
    case SourceKind::Outlet:
        return QStringLiteral("outlet");
    case SourceKind::Copy:
        return QStringLiteral("copy");
    }
    return {};
}

std::optional<SourceKind> sourceKindFromId(const QString& id)
{
    if (id == QLatin1String("primary") || id == QLatin1String("official") ||
        id == QLatin1String("treaty-depositary"))
        return SourceKind::Primary;
    if (id == QLatin1String("outlet") || id == QLatin1String("news") ||
        id == QLatin1String("ngo") || id == QLatin1String("analysis") ||
        id == QLatin1String("state-media"))
        return SourceKind::Outlet;
    if (id == QLatin1String("copy"))
        return SourceKind::Copy;
    return std::nullopt;
}

QString creditedOutlet(const Source& source)
{
    if (source.copyOf && !source.copyOf->outlet.isEmpty())
        return source.copyOf->outlet;
    return source.outlet;
}

QString sourceCitation(const Source& source)
{
    const QString address =
        source.url.isEmpty() ? QStringLiteral("no public address known") : source.url;
    QString text;
    if (source.copyOf)
        text = QStringLiteral("%1, \u201c%2\u201d, %3 (copy on %4, %5)")
                   .arg(source.copyOf->outlet, source.copyOf->title, source.copyOf->date.toString(),
                        source.outlet, address);
    else
        text = QStringLiteral("%1, \u201c%2\u201d, %3, %4")
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
                       {QStringLiteral("date"), source.date.toString()},
                       {QStringLiteral("kind"), sourceKindId(source.kind)}};
    if (!source.url.isEmpty())
        object.insert(QStringLiteral("url"), source.url);
    if (!source.archiveUrl.isEmpty())
        object.insert(QStringLiteral("archiveUrl"), source.archiveUrl);
    if (source.copyOf) {
        QJsonObject origin{{QStringLiteral("outlet"), source.copyOf->outlet},
                           {QStringLiteral("title"), source.copyOf->title}};
        if (source.copyOf->date.isValid())
            origin.insert(QStringLiteral("date"), source.copyOf->date.toString());
        if (!source.copyOf->url.isEmpty())
            origin.insert(QStringLiteral("url"), source.copyOf->url);
        object.insert(QStringLiteral("copyOf"), origin);
    }
    if (!source.language.isEmpty())
        object.insert(QStringLiteral("language"), source.language);
    if (source.checked.isValid())
        object.insert(QStringLiteral("checked"), source.checked.toString());
    if (source.unreliable)
        object.insert(QStringLiteral("reliability"), QStringLiteral("unreliable"));
    return object;
}

} // namespace flank::posture
