#include "format_option.h"

namespace flank::cli {

namespace {

// "text or json", "text, json or csv".
QString alternatives(const QStringList& formats)
{
    if (formats.size() < 2)
        return formats.join(QString());
    return formats.mid(0, formats.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" or ") +
           formats.constLast();
}

} // namespace

FormatOption::FormatOption(const QStringList& formats)
    : m_formats(formats),
      m_option(QStringLiteral("format"),
               QStringLiteral("%1 (default: %2).").arg(alternatives(formats), formats.value(0)),
               QStringLiteral("FORMAT"), formats.value(0))
{
}

void FormatOption::addTo(QCommandLineParser& parser) const
{
    parser.addOption(m_option);
}

QString FormatOption::check(const QCommandLineParser& parser) const
{
    const QString format = parser.value(m_option);
    if (m_formats.contains(format))
        return {};
    return QStringLiteral("--format must be %1, not \"%2\"").arg(alternatives(m_formats), format);
}

QString FormatOption::value(const QCommandLineParser& parser) const
{
    return parser.value(m_option);
}

} // namespace flank::cli
