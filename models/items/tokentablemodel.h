// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/market/pricesummary.h"
#include "models/sentiment/buckets/bucketquery.h"

#include <QHash>
#include <QSqlQueryModel>

namespace seance {

// The token catalogue as a read-only SQL model: one row per token, tags folded into one column.
// Column 0 holds the id (views hide it); views use the roles rather than raw columns.
class TokenTableModel final : public QSqlQueryModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        NameColumn,
        SymbolColumn,
        ChainColumn,
        StatusColumn,
        TagsColumn,
        LaunchedColumn,
        SupplyColumn,
        LatestColumn,
        ChangeColumn,
        VolumeColumn,
        TrendColumn,
        PriceColumn,
        PriceChangeColumn,
        ColumnCount
    };
    enum Roles {
        TokenIdRole = Qt::UserRole + 1,
        StatusRole,
        ChainRole,
        TagsRole,     // QStringList
        SortRole,     // a value that sorts naturally: numbers for dates and supply, folded text otherwise
        SearchTextRole, // everything a search box should match, lower-case
        TrendRole,      // QList<double>: the metric per day, oldest first, NaN for a day without a value
        TrendMetricRole, // int: the Metric of the sentiment columns
    };
    Q_ENUM(Roles)

    explicit TokenTableModel(QObject* parent = nullptr);

    // Re-runs the query on the given connection (e.g. after an import or an edit). The sentiment columns keep
    // the summaries last set, matched by token id.
    void reload(const QSqlDatabase& connection);
    // Fills the sentiment columns (latest value, 7-day change, 7-day volume, trend) for the metric.
    void setSentimentSummaries(const QList<TokenSummary>& summaries, Metric metric);
    Metric sentimentMetric() const { return m_metric; }
    // Whether any token has a price series: the Price columns are worth showing.
    bool hasPrices() const { return !m_prices.isEmpty(); }

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;

    // Large supplies as 10B / 420.69T / 1Q; the exact figure goes to the tooltip.
    static QString abbreviatedSupply(const QString& exactDecimal);

private:
    QVariant rawValue(int row, Column column) const;
    QVariant sentimentData(int row, Column column, int role) const;
    QVariant priceData(int row, Column column, int role) const;

    QHash<QString, TokenSummary> m_summaries;
    QHash<QString, PriceSummary> m_prices;
    Metric m_metric = Metric::Mean;
};

} // namespace seance
