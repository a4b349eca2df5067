#include "status_table_model.h"

#include "locale_format.h"

#include "core/country_names.h"
#include "posture/treaty_names.h"

#include <QLocale>

namespace flank::ui {

StatusTableModel::StatusTableModel(QObject* parent) : QAbstractTableModel(parent) {}

QList<StatusTableModel::Column> StatusTableModel::columnsOf(const posture::StatusTable& table) const
{
    QList<Column> columns{{Kind::Iso3}, {Kind::Name}};
    for (int i = 0; i < int(table.treaties.size()); ++i)
        columns << Column{Kind::Status, i} << Column{Kind::Since, i};
    columns << Column{Kind::NextChange} << Column{Kind::Spending} << Column{Kind::Quotes}
            << Column{Kind::TroopNotes};
    return columns;
}

void StatusTableModel::setTable(const posture::StatusTable& table)
{
    const auto keyOf = [](const posture::StatusTable& t) {
        QStringList key;
        for (const posture::Treaty& treaty : t.treaties)
            key << treaty.id + QLatin1Char(':') + posture::treatyShortName(treaty);
        key << QString();
        for (const posture::StatusTableRow& row : t.rows)
            key << row.iso3;
        return key;
    };
    if (keyOf(table) == keyOf(m_table) && !m_table.rows.isEmpty()) {
        m_table = table;
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_table = table;
    m_columns = columnsOf(table);
    endResetModel();
}

int StatusTableModel::rowOf(const QString& iso3) const
{
    for (int row = 0; row < int(m_table.rows.size()); ++row)
        if (m_table.rows.at(row).iso3 == iso3)
            return row;
    return -1;
}

int StatusTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int StatusTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant StatusTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const posture::StatusTableRow& row = m_table.rows.at(index.row());
    const Column& column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::TextAlignmentRole:
        if (column.kind == Kind::Quotes || column.kind == Kind::TroopNotes)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortValue(row, column);
    case SearchRole:
        return searchText(row);
    case Iso3Role:
        return row.iso3;
    default:
        return {};
    }
}

QVariant StatusTableModel::display(const posture::StatusTableRow& row, const Column& column) const
{
    switch (column.kind) {
    case Kind::Iso3:
        return row.iso3;
    case Kind::Name:
        return core::localCountryName(row.iso3, row.name);
    case Kind::Status:
        return posture::statusLabel(row.statuses.value(column.treaty).status);
    case Kind::Since:
        if (const auto& step = row.statuses.value(column.treaty).lastStep)
            return localDate(step->date);
        return {};
    case Kind::NextChange:
        if (const auto& change = row.nextChange) {
            QString treaty = change->treaty;
            for (const posture::Treaty& known : m_table.treaties)
                if (known.id == change->treaty)
                    treaty = posture::treatyColumnName(known);
            return tr("%1 %2 (%3)")
                .arg(posture::stepKindLabel(change->kind), localDate(change->date), treaty);
        }
        return {};
    case Kind::Spending:
        if (const auto& spending = row.spending)
            return tr("%1 (%2, %3)")
                .arg(QLocale().toString(spending->value, 'f', QLocale::FloatingPointShortest))
                .arg(spending->targetYear)
                .arg(localPledgeBasis(spending->basis));
        return {};
    case Kind::Quotes:
        return row.quotes;
    case Kind::TroopNotes:
        return row.troopNotes;
    }
    return {};
}

QVariant StatusTableModel::sortValue(const posture::StatusTableRow& row, const Column& column) const
{
    switch (column.kind) {
    case Kind::Status:
        return int(posture::allStatuses().indexOf(row.statuses.value(column.treaty).status));
    case Kind::Since:
        if (const auto& step = row.statuses.value(column.treaty).lastStep)
            return step->date.first();
        return {};
    case Kind::NextChange:
        return row.nextChange ? QVariant(row.nextChange->date.first()) : QVariant();
    case Kind::Spending:
        return row.spending ? QVariant(row.spending->value) : QVariant();
    case Kind::Iso3:
    case Kind::Name:
    case Kind::Quotes:
    case Kind::TroopNotes:
        break;
    }
    return display(row, column);
}

QVariant StatusTableModel::toolTip(const posture::StatusTableRow& row, const Column& column) const
{
    switch (column.kind) {
    case Kind::Status: {
        const posture::StatusOnDate& status = row.statuses.value(column.treaty);
        return posture::statusExplanation(status.status);
    }
    case Kind::Since:
        if (const auto& step = row.statuses.value(column.treaty).lastStep)
            return step->dateNote.isEmpty()
                       ? posture::stepKindLabel(step->kind)
                       : tr("%1 (%2)").arg(posture::stepKindLabel(step->kind), step->dateNote);
        return {};
    case Kind::Spending:
        return row.spending ? QVariant(localPledgeFigure(*row.spending)) : QVariant();
    default:
        return {};
    }
}

QString StatusTableModel::searchText(const posture::StatusTableRow& row) const
{
    QStringList words{row.iso3, row.name, core::localCountryName(row.iso3, row.name)};
    for (const posture::StatusOnDate& status : row.statuses)
        words << posture::statusLabel(status.status);
    return words.join(QLatin1Char('\n'));
}

QVariant StatusTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    const Column& column = m_columns.at(section);
    const QString treaty = column.treaty >= 0
                               ? posture::treatyShortName(m_table.treaties.at(column.treaty))
                               : QString();
    if (role == Qt::DisplayRole) {
        switch (column.kind) {
        case Kind::Iso3:
            return tr("ISO3");
        case Kind::Name:
            return tr("State");
        case Kind::Status:
            return posture::treatyColumnName(m_table.treaties.at(column.treaty));
        case Kind::Since:
            return tr("Since");
        case Kind::NextChange:
            return tr("Next change");
        case Kind::Spending:
            return tr("Spending, % of GDP");
        case Kind::Quotes:
            return tr("Quotes");
        case Kind::TroopNotes:
            return tr("Troop notes");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (column.kind) {
        case Kind::Iso3:
            return tr("ISO 3166-1 alpha-3 code");
        case Kind::Name:
            return {};
        case Kind::Status:
            return tr("Status under the %1 on the day").arg(treaty);
        case Kind::Since:
            return tr("Date of the step that gave the %1 status").arg(treaty);
        case Kind::NextChange:
            return tr("The next change already fixed by the day: when a notified withdrawal "
                      "takes effect");
        case Kind::Spending:
            return tr(
                "Defence spending known on the day, for its year or the latest year before it");
        case Kind::Quotes:
            return tr("Quotes said on or before the day");
        case Kind::TroopNotes:
            return tr("Troop notes reported on or before the day");
        }
    }
    return {};
}

} // namespace flank::ui
