#include "csv.h"

namespace flank::core {

namespace {

QString csvField(const QString& field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) &&
        !field.contains(QLatin1Char('\n')) && !field.contains(QLatin1Char('\r')))
        return field;
    QString quoted = field;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

QString csvRecord(const QStringList& fields)
{
    QStringList cells;
    for (const QString& field : fields)
        cells << csvField(field);
    return cells.join(QLatin1Char(',')) + QLatin1String("\r\n");
}

} // namespace flank::core
