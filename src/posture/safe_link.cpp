#include "safe_link.h"

#include <QUrl>

namespace flank::posture {

bool isSafeLink(const QString& url)
{
    // Whitespace or control characters around a scheme are a classic filter bypass.
    if (url.isEmpty() || url != url.trimmed())
        return false;
    for (const QChar c : url)
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            return false;
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.isRelative())
        return false;
    const QString scheme = parsed.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return false;
    return !parsed.host().isEmpty() && url.contains(QLatin1String("://"));
}

} // namespace flank::posture
