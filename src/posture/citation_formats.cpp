#include "citation_formats.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace flank::posture {

namespace {

struct FormatName
{
    CitationFormat format;
    const char* id;
    const char* suffix;
};

constexpr FormatName kFormats[] = {{CitationFormat::BibTeX, "bibtex", "bib"},
                                   {CitationFormat::Ris, "ris", "ris"},
                                   {CitationFormat::CslJson, "csljson", "json"},
                                   {CitationFormat::Text, "text", "txt"}};

// What a copy republishes, for the entry's note.
QString copyNote(const Source& source)
{
    if (!source.copyOf)
        return {};
    QString note =
        QStringLiteral("Republished copy of an article by %1").arg(source.copyOf->outlet);
    if (!source.copyOf->title.isEmpty())
        note += QStringLiteral(", \u201c%1\u201d").arg(source.copyOf->title);
    if (source.copyOf->date.isValid())
        note += QStringLiteral(", %1").arg(source.copyOf->date.toString());
    if (!source.copyOf->url.isEmpty())
        note += QStringLiteral(", %1").arg(source.copyOf->url);
    return note + QLatin1Char('.');
}

// A field value on one line: reference formats give every field one line.
QString oneLine(const QString& text)
{
    return text.simplified();
}

// --- BibTeX ---------------------------------------------------------------------------------

// Braces delimit values and LaTeX reads the rest: its special characters are escaped, so a title
// with "&" or "50%" reads back as written.
QString bibValue(const QString& text)
{
    QString out;
    for (const QChar c : oneLine(text)) {
        switch (c.unicode()) {
        case '\\':
            out += QLatin1String("\\textbackslash{}");
            break;
        case '{':
        case '}':
        case '&':
        case '%':
        case '$':
        case '#':
        case '_':
            out += QLatin1Char('\\') + c;
            break;
        case '~':
            out += QLatin1String("\\textasciitilde{}");
            break;
        case '^':
            out += QLatin1String("\\textasciicircum{}");
            break;
        default:
            out += c;
        }
    }
    return out;
}

// Addresses are kept as written (biblatex reads `url` verbatim); braces, which would end the
// value, are percent-encoded.
QString bibUrl(const QString& url)
{
    QString out = oneLine(url);
    out.replace(QLatin1Char('{'), QLatin1String("%7B"))
        .replace(QLatin1Char('}'), QLatin1String("%7D"));
    return out;
}

// Keys may hold letters, digits and a few marks; anything else becomes "-".
QString bibKey(const QString& id)
{
    QString key;
    for (const QChar c : id)
        key += (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('-') ||
                       c == QLatin1Char('_') || c == QLatin1Char(':') || c == QLatin1Char('.')
                   ? c
                   : QLatin1Char('-');
    return key.isEmpty() ? QStringLiteral("source") : key;
}

QString bibEntry(const Source& source)
{
    QStringList fields;
    const auto field = [&](const char* name, const QString& value) {
        if (!value.isEmpty())
            fields << QStringLiteral("  %1 = {%2}").arg(QLatin1String(name), value);
    };
    field("title", bibValue(source.title));
    field("publisher", bibValue(source.outlet));
    field("howpublished", bibValue(source.outlet));
    if (source.date.isValid()) {
        field("year", QString::number(source.date.year()));
        // The month as BibTeX's own macros, which every style knows: "mar", unbraced.
        static const char* const kMonths[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                              "jul", "aug", "sep", "oct", "nov", "dec"};
        if (const auto month = source.date.month(); month && *month >= 1 && *month <= 12)
            fields << QStringLiteral("  month = %1").arg(QLatin1String(kMonths[*month - 1]));
        field("date", source.date.toString());
    }
    field("url", bibUrl(source.url));
    if (source.checked.isValid())
        field("urldate", source.checked.toString());
    field("language", bibValue(source.language));
    field("note", bibValue(copyNote(source)));
    return QStringLiteral("@misc{%1,\n%2\n}\n")
        .arg(bibKey(source.id), fields.join(QLatin1String(",\n")));
}

// --- RIS ------------------------------------------------------------------------------------

QString risDate(const PartialDate& date)
{
    // YYYY/MM/DD/ with unknown parts left empty.
    const auto two = [](std::optional<int> part) {
        return part ? QStringLiteral("%1").arg(*part, 2, 10, QLatin1Char('0')) : QString();
    };
    return QStringLiteral("%1/%2/%3/")
        .arg(date.year(), 4, 10, QLatin1Char('0'))
        .arg(two(date.month()), two(date.day()));
}

QString risEntry(const Source& source)
{
    QString out;
    const auto tag = [&](const char* name, const QString& value) {
        if (!value.isEmpty())
            out += QStringLiteral("%1  - %2\r\n").arg(QLatin1String(name), oneLine(value));
    };
    tag("TY", QStringLiteral("ELEC"));
    tag("ID", source.id);
    tag("TI", source.title);
    tag("PB", source.outlet);
    tag("T2", source.outlet);
    if (source.date.isValid()) {
        tag("PY", QString::number(source.date.year()));
        tag("DA", risDate(source.date));
    }
    tag("UR", source.url);
    if (source.checked.isValid())
        tag("Y2", risDate(source.checked));
    tag("LA", source.language);
    tag("N1", copyNote(source));
    out += QStringLiteral("ER  - \r\n");
    return out;
}

// --- CSL-JSON -------------------------------------------------------------------------------

QJsonObject cslDate(const PartialDate& date)
{
    QJsonArray parts{date.year()};
    if (const auto month = date.month()) {
        parts.append(*month);
        if (const auto day = date.day())
            parts.append(*day);
    }
    return QJsonObject{{QStringLiteral("date-parts"), QJsonArray{parts}}};
}

QJsonObject cslItem(const Source& source)
{
    QJsonObject item{{QStringLiteral("id"), source.id},
                     {QStringLiteral("type"), QStringLiteral("webpage")},
                     {QStringLiteral("title"), source.title}};
    const auto text = [&](const char* name, const QString& value) {
        if (!value.isEmpty())
            item.insert(QLatin1String(name), value);
    };
    text("container-title", source.outlet);
    text("publisher", source.outlet);
    text("URL", source.url);
    text("language", source.language);
    if (source.date.isValid())
        item.insert(QStringLiteral("issued"), cslDate(source.date));
    if (source.checked.isValid())
        item.insert(QStringLiteral("accessed"), cslDate(source.checked));
    if (source.copyOf) {
        text("original-publisher", source.copyOf->outlet);
        text("original-title", source.copyOf->title);
        if (source.copyOf->date.isValid())
            item.insert(QStringLiteral("original-date"), cslDate(source.copyOf->date));
        text("note", copyNote(source));
    }
    return item;
}

} // namespace

QStringList citationFormatIds()
{
    QStringList ids;
    for (const FormatName& name : kFormats)
        ids << QLatin1String(name.id);
    return ids;
}

std::optional<CitationFormat> citationFormatFromId(const QString& id)
{
    for (const FormatName& name : kFormats)
        if (id == QLatin1String(name.id))
            return name.format;
    return std::nullopt;
}

QString citationFormatId(CitationFormat format)
{
    for (const FormatName& name : kFormats)
        if (name.format == format)
            return QLatin1String(name.id);
    return {};
}

QString citationFileSuffix(CitationFormat format)
{
    for (const FormatName& name : kFormats)
        if (name.format == format)
            return QLatin1String(name.suffix);
    return {};
}

QString formatCitations(const QList<Source>& sources, CitationFormat format)
{
    QString out;
    switch (format) {
    case CitationFormat::BibTeX:
        for (const Source& source : sources)
            out += bibEntry(source) + QLatin1Char('\n');
        return out;
    case CitationFormat::Ris:
        for (const Source& source : sources)
            out += risEntry(source) + QStringLiteral("\r\n");
        return out;
    case CitationFormat::CslJson: {
        QJsonArray items;
        for (const Source& source : sources)
            items.append(cslItem(source));
        return QString::fromUtf8(QJsonDocument(items).toJson());
    }
    case CitationFormat::Text:
        for (const Source& source : sources) {
            out += sourceCitation(source);
            if (source.checked.isValid())
                out += QStringLiteral(". Accessed %1").arg(source.checked.toString());
            out += QStringLiteral(".\n");
        }
        return out;
    }
    return out;
}

} // namespace flank::posture
