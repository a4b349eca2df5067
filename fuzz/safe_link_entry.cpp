// Fuzzes the link filter: whatever it lets through must be an absolute http(s) URL with a
// host and no whitespace or control characters, however the input was encoded.
#include "fuzz_check.h"

#include "posture/safe_link.h"

#include <QString>
#include <QUrl>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString url = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    if (!flank::posture::isSafeLink(url))
        return 0;
    const QUrl parsed(url);
    const QString scheme = parsed.scheme().toLower();
    FUZZ_CHECK(scheme == QLatin1String("http") || scheme == QLatin1String("https"));
    FUZZ_CHECK(!parsed.host().isEmpty());
    FUZZ_CHECK(url == url.trimmed());
    for (const QChar c : url)
        FUZZ_CHECK(c.unicode() >= 0x20 && c.unicode() != 0x7F);
    // What the app hands to the desktop is the parsed URL: it must not turn into another scheme.
    const QString shown = parsed.toString();
    FUZZ_CHECK(shown.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
               shown.startsWith(QLatin1String("https://"), Qt::CaseInsensitive));
    return 0;
}
