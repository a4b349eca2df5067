#include "report_format.h"

namespace flank::posture {

const QString kReportIndent = QStringLiteral("              ");

QString sourceLines(const Dataset& dataset, const QStringList& ids)
{
    QString text;
    for (const Source& source : dataset.sourcesFor(ids))
        text += kReportIndent + QStringLiteral("Source: %1\n").arg(sourceCitation(source));
    return text;
}

QJsonArray sourcesJson(const Dataset& dataset, const QStringList& ids)
{
    QJsonArray array;
    for (const Source& source : dataset.sourcesFor(ids))
        array.append(sourceToJson(source));
    return array;
}

// After the two-space margin, the text starts where the detail lines below it do.
QString dateCell(const PartialDate& date)
{
    return date.toString().leftJustified(kReportIndent.size() - 2);
}

QString laterLine(int count, const QString& one, const QString& many, QDate date)
{
    if (count == 0)
        return {};
    return QStringLiteral("  (%1 later %2 after %3 not shown)\n")
        .arg(count)
        .arg(count == 1 ? one : many, date.toString(Qt::ISODate));
}

QJsonObject amountJson(const PledgeAmount& amount)
{
    QJsonObject object{{QStringLiteral("value"), amount.value},
                       {QStringLiteral("currency"), amount.currency}};
    insertIfSet(object, QStringLiteral("scale"), amount.scale);
    return object;
}

void insertIfSet(QJsonObject& object, const QString& key, const QString& value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

void insertIfSet(QJsonObject& object, const QString& key, const PartialDate& date)
{
    if (date.isValid())
        object.insert(key, date.toString());
}

} // namespace flank::posture
