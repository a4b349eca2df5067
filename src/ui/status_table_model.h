#pragma once

#include "posture/status_table.h"

#include <QAbstractTableModel>

namespace flank::ui {

// The status table's rows (posture::StatusTable, the rows `flankatlas status` prints) as an item
// model: one row per state; ISO3, name, status and since per treaty, the next scheduled change,
// the latest spending figure and the counts of quotes and troop notes. Each cell also gives a
// value to sort by (dates as dates, figures as numbers, statuses in legend order).
class StatusTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        // On the first column: the row's ISO3, name and statuses, for the search field.
        SearchRole,
        Iso3Role,
    };

    explicit StatusTableModel(QObject* parent = nullptr);

    // The same states and treaties as before only change the cells, so a view keeps its
    // selection and scroll position while the timeline plays.
    void setTable(const posture::StatusTable& table);
    const posture::StatusTable& table() const { return m_table; }
    // -1 when the state has no row.
    int rowOf(const QString& iso3) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    enum class Kind
    {
        Iso3,
        Name,
        Status,
        Since,
        NextChange,
        Spending,
        Quotes,
        TroopNotes,
    };
    struct Column
    {
        Kind kind;
        int treaty = -1; // index into the table's treaties, for Status and Since
    };

    QList<Column> columnsOf(const posture::StatusTable& table) const;
    QVariant display(const posture::StatusTableRow& row, const Column& column) const;
    QVariant sortValue(const posture::StatusTableRow& row, const Column& column) const;
    QVariant toolTip(const posture::StatusTableRow& row, const Column& column) const;
    QString searchText(const posture::StatusTableRow& row) const;

    posture::StatusTable m_table;
    QList<Column> m_columns;
};

} // namespace flank::ui
