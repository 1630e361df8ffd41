// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/tokentablemodel.h"

#include "models/metricformat.h"
#include "models/sentimentcolors.h"
#include "models/time/timeformat.h"
#include "models/viewstate.h"

#include <QBrush>
#include <QColor>
#include <QDateTime>
#include <QLocale>
#include <QSqlQuery>
#include <QTimeZone>

#include <array>
#include <cmath>
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
        "  t.launched_at, t.total_supply, "
        // Placeholders for the sentiment columns, which data() fills from the summaries: the query then has
        // every column, so the header, sorting and the model's shape stay plain QSqlQueryModel behaviour.
        "  NULL, NULL, NULL, NULL, NULL, NULL "
        "FROM tokens t ORDER BY t.name COLLATE NOCASE, t.id"));
    setQuery(std::move(query));
    // The catalogue is small (hundreds of rows); fetching it whole keeps sorting and filtering exact.
    while (canFetchMore())
        fetchMore();
    m_prices = readPriceSummaries(connection);
}

QVariant TokenTableModel::priceData(int row, Column column, int role) const
{
    const auto found = m_prices.constFind(rawValue(row, IdColumn).toString());
    const PriceSummary* price = found == m_prices.cend() ? nullptr : &*found;
    const std::optional<double> value = !price                  ? std::nullopt
                                        : column == PriceColumn ? std::optional<double>(price->latest)
                                                                : price->change7dPercent;
    switch (role) {
    case Qt::DisplayRole:
        if (!value)
            return QStringLiteral("—");
        if (column == PriceChangeColumn)
            return tr("%1%2 %").arg(*value > 0 ? QStringLiteral("+") : QString(), QLocale().toString(*value, 'f', 1));
        return price->unit == QLatin1String("USD") ? QStringLiteral("$") + QLocale().toString(*value, 'g', 4)
                                                   : tr("%1 %2").arg(QLocale().toString(*value, 'g', 4), price->unit);
    case SortRole:
        return value ? QVariant(*value) : QVariant();
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (!value)
            return QBrush(QColor(0x88, 0x88, 0x99));
        if (column == PriceChangeColumn && std::abs(*value) > 1e-9)
            return QBrush(*value > 0 ? risingColor() : fallingColor());
        return {};
    case Qt::ToolTipRole:
        if (!price)
            return tr("No price series: import a CoinGecko or CoinMarketCap download, or Token › Fetch Market Data…");
        return tr("Price on %1 (UTC), from %2").arg(formatUtcDate(price->latestTime), price->source);
    default:
        return {};
    }
}

void TokenTableModel::setSentimentSummaries(const QList<TokenSummary>& summaries, Metric metric)
{
    m_summaries.clear();
    for (const TokenSummary& summary : summaries)
        m_summaries.insert(summary.tokenId, summary);
    m_metric = metric;
    if (rowCount() > 0)
        emit dataChanged(index(0, LatestColumn), index(rowCount() - 1, TrendColumn));
    emit headerDataChanged(Qt::Horizontal, LatestColumn, TrendColumn);
}

QVariant TokenTableModel::sentimentData(int row, Column column, int role) const
{
    const auto found = m_summaries.constFind(rawValue(row, IdColumn).toString());
    const TokenSummary* summary = found == m_summaries.cend() ? nullptr : &*found;
    const auto valueOf = [&]() -> std::optional<double> {
        if (!summary)
            return std::nullopt;
        switch (column) {
        case LatestColumn:
            return summary->latest;
        case ChangeColumn:
            return summary->change7d;
        case VolumeColumn:
            return summary->latestDay ? std::optional<double>(double(summary->volume7d)) : std::nullopt;
        default:
            return std::nullopt;
        }
    };
    switch (role) {
    case Qt::DisplayRole: {
        if (column == TrendColumn)
            return {}; // drawn by the sparkline delegate
        const std::optional<double> value = valueOf();
        if (!value)
            return QStringLiteral("—");
        if (column == ChangeColumn)
            return metricChangeText(*value, m_metric);
        return column == VolumeColumn ? metricValueText(*value, Metric::Volume) : metricValueText(*value, m_metric);
    }
    case SortRole: {
        if (column == TrendColumn)
            return summary && summary->latestDay ? QVariant(double(summary->volume7d)) : QVariant();
        // Empty for a token without a value: the proxy keeps those last in both directions.
        const std::optional<double> value = valueOf();
        return value ? QVariant(*value) : QVariant();
    }
    case TrendRole:
        return summary ? QVariant::fromValue(summary->trend) : QVariant::fromValue(QList<double>());
    case TrendMetricRole:
        return int(m_metric);
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole: {
        const std::optional<double> value = valueOf();
        if (!value)
            return QBrush(QColor(0x88, 0x88, 0x99));
        if (column == ChangeColumn && std::abs(*value) > 1e-9)
            return QBrush(*value > 0 ? risingColor() : fallingColor());
        return {};
    }
    case Qt::ToolTipRole: {
        if (!summary || !summary->latestDay)
            return tr("No posts for this token yet");
        return tr("Latest day with posts: %1 (UTC)").arg(formatUtcDate(*summary->latestDay));
    }
    default:
        return {};
    }
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
    const bool rowRole = role == TokenIdRole || role == StatusRole || role == ChainRole || role == TagsRole
                         || role == SearchTextRole;
    if ((column == PriceColumn || column == PriceChangeColumn) && !rowRole)
        return priceData(row, column, role);
    if ((column >= LatestColumn && !rowRole) || role == TrendRole || role == TrendMetricRole)
        return sentimentData(row, column, role);
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
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section >= LatestColumn) {
        const QString metric = metricLabel(m_metric);
        switch (static_cast<Column>(section)) {
        case LatestColumn:
            return tr("%1 on the token's latest day with posts (UTC)").arg(metric);
        case ChangeColumn:
            return tr("%1 over the last 7 days with the latest day, minus the 7 days before").arg(metric);
        case VolumeColumn:
            return tr("Posts in the last 7 days, ending with the token's latest day with posts");
        case PriceColumn:
            return tr("The token's latest price in its series");
        case PriceChangeColumn:
            return tr("7-day price change: the latest price against the price 7 days before it");
        case TrendColumn:
            return tr("%1 per day over the last %n days; gaps are days without posts", nullptr,
                      TokenSummary::trendDays)
                .arg(metric);
        default:
            break;
        }
    }
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
    case LatestColumn:
        return tr("Latest");
    case ChangeColumn:
        return tr("7-day Δ");
    case VolumeColumn:
        return tr("Posts (7d)");
    case TrendColumn:
        return tr("Trend");
    case PriceColumn:
        return tr("Price");
    case PriceChangeColumn:
        // Short, like "7-day Δ" beside it, so that it fits the default token dock; the tooltip says it in full.
        return tr("Price 7d Δ");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace seance
