// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokentablemodel.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>
#include <QSqlQuery>
#include <QTimeZone>

#include <array>
#include <limits>

namespace seance {

TokenTableModel::TokenTableModel(QObject* parent)
    : QSqlQueryModel(parent)
{
}

void TokenTableModel::reload(const QSqlDatabase& connection)
{
    QSqlQuery query(connection);
    query.setForwardOnly(false);
    query.exec(QStringLiteral(
        "SELECT t.id, t.name, t.symbol, t.chain, t.status, "
        "  (SELECT group_concat(tag, ', ') FROM (SELECT tag FROM tags WHERE token_id = t.id ORDER BY tag)), "
        "  t.launched_at, t.total_supply "
        "FROM tokens t ORDER BY t.name COLLATE NOCASE, t.id"));
    setQuery(std::move(query));
    // The catalogue is small (hundreds of rows); fetching it whole keeps sorting and filtering exact.
    while (canFetchMore())
        fetchMore();
}

QVariant TokenTableModel::rawValue(int row, Column column) const
{
    return QSqlQueryModel::data(QSqlQueryModel::index(row, column), Qt::DisplayRole);
}

QString TokenTableModel::abbreviatedSupply(const QString& exactDecimal)
{
    bool ok = false;
    const double value = exactDecimal.toDouble(&ok);
    if (!ok || exactDecimal.isEmpty())
        return exactDecimal;
    struct Step { double size; const char* suffix; };
    static constexpr std::array<Step, 5> steps = {{{1e15, "Q"}, {1e12, "T"}, {1e9, "B"}, {1e6, "M"}, {1e3, "K"}}};
    for (const Step& step : steps) {
        if (value >= step.size)
            return QLocale::c().toString(value / step.size, 'g', 5) + QLatin1String(step.suffix);
    }
    return QLocale::c().toString(value, 'g', 15);
}

QVariant TokenTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const int row = index.row();
    const auto column = static_cast<Column>(index.column());
    switch (role) {
    case TokenIdRole:
        return rawValue(row, IdColumn);
    case StatusRole:
        return rawValue(row, StatusColumn);
    case ChainRole:
        return rawValue(row, ChainColumn);
    case TagsRole: {
        const QString tags = rawValue(row, TagsColumn).toString();
        return tags.isEmpty() ? QStringList() : tags.split(QStringLiteral(", "));
    }
    case SearchTextRole: {
        QStringList parts;
        for (Column c : {IdColumn, NameColumn, SymbolColumn, ChainColumn, StatusColumn, TagsColumn})
            parts << rawValue(row, c).toString();
        return parts.join(QLatin1Char(' ')).toLower();
    }
    case SortRole:
        if (column == LaunchedColumn) {
            const QVariant t = rawValue(row, LaunchedColumn);
            return t.isNull() ? QVariant(std::numeric_limits<qlonglong>::max()) : QVariant(t.toLongLong());
        }
        if (column == SupplyColumn) {
            const QVariant s = rawValue(row, SupplyColumn);
            return s.isNull() ? QVariant(-1.0) : QVariant(s.toString().toDouble());
        }
        return rawValue(row, column).toString().toCaseFolded();
    case Qt::DisplayRole:
        if (column == LaunchedColumn) {
            const QVariant t = rawValue(row, LaunchedColumn);
            if (t.isNull())
                return tr("unknown");
            return QDateTime::fromMSecsSinceEpoch(t.toLongLong(), QTimeZone::utc()).date().toString(Qt::ISODate);
        }
        if (column == SupplyColumn) {
            const QVariant s = rawValue(row, SupplyColumn);
            return s.isNull() ? tr("unknown") : abbreviatedSupply(s.toString());
        }
        return rawValue(row, column);
    case Qt::ToolTipRole:
        if (column == SupplyColumn && !rawValue(row, SupplyColumn).isNull())
            return QLocale().toString(rawValue(row, SupplyColumn).toString().toDouble(), 'f', 0);
        if (column == StatusColumn && rawValue(row, StatusColumn).toString() == QLatin1String("hypothetical"))
            return tr("Hypothetical: imagined in commentary, not a token that exists on chain.");
        if (column == LaunchedColumn && rawValue(row, LaunchedColumn).isNull())
            return tr("No source gives a launch date.");
        return {};
    case Qt::ForegroundRole: {
        const bool unknown = (column == LaunchedColumn || column == SupplyColumn) && rawValue(row, column).isNull();
        if (unknown)
            return QBrush(QColor(0x88, 0x88, 0x99));
        if (column == StatusColumn && rawValue(row, StatusColumn).toString() == QLatin1String("hypothetical"))
            return QBrush(QColor(0xc0, 0x8a, 0xff));
        return {};
    }
    case Qt::TextAlignmentRole:
        if (column == SupplyColumn || column == LaunchedColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return QSqlQueryModel::data(index, role);
    }
}

QVariant TokenTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QSqlQueryModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case IdColumn:
        return tr("Id");
    case NameColumn:
        return tr("Name");
    case SymbolColumn:
        return tr("Symbol");
    case ChainColumn:
        return tr("Chain");
    case StatusColumn:
        return tr("Status");
    case TagsColumn:
        return tr("Tags");
    case LaunchedColumn:
        return tr("Launched");
    case SupplyColumn:
        return tr("Supply");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace seance
