// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/market/priceimpact.h"
#include "models/sentiment/buckets/eventimpactrows.h"

#include <QAbstractTableModel>

namespace seance {

// The event impact table: one row per event, its metric over N days before and after, and the volumes.
// Numbers are displayed formatted and sorted by SortRole, which holds the raw number or an invalid QVariant
// when the value is unknown (EventImpactSortProxy puts those last).
class EventImpactModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        NarrativeColumn,
        TitleColumn,
        BeforeColumn,
        AfterColumn,
        ChangeColumn,
        VolumeBeforeColumn,
        VolumeAfterColumn,
        PriceBeforeColumn,
        PriceAfterColumn,
        ColumnCount
    };
    enum Roles { EventIdRole = Qt::UserRole, SortRole, EventTimeRole };

    explicit EventImpactModel(QObject* parent = nullptr);

    void setRows(const QList<EventImpactRow>& rows, Metric metric, int days);
    // The price change over the same days before and after each event, keyed by event id (eventPriceImpacts()).
    void setPriceImpacts(const QHash<QString, PriceImpact>& impacts);
    // The price of the token a row is measured on, keyed by tokenPriceKey(event, token) (models/analysis): rows of
    // the "Measure on tokens" choice show it instead of the event's first token's price.
    void setTokenPriceImpacts(const QHash<QString, PriceImpact>& impacts);
    // Rows measured on tokens (one per event and token): the subject column is headed "Token".
    void setMeasuredOnTokens(bool tokens);
    bool isMeasuredOnTokens() const { return m_onTokens; }
    const QList<EventImpactRow>& rows() const { return m_rows; }
    Metric metric() const { return m_metric; }
    int days() const { return m_days; }
    // The row of an event, or -1.
    int rowOfEvent(const QString& eventId) const;

    int rowCount(const QModelIndex& parent = {}) const final;
    int columnCount(const QModelIndex& parent = {}) const final;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;

private:
    QVariant sortValue(const EventImpactRow& row, int column) const;
    const PriceImpact* rowPrice(const EventImpactRow& row) const;

    QList<EventImpactRow> m_rows;
    QHash<QString, PriceImpact> m_prices;
    QHash<QString, PriceImpact> m_tokenPrices;
    bool m_onTokens = false;
    Metric m_metric = Metric::Mean;
    int m_days = 7;
};

// "0.123", "61.2 %", "42": a metric value as the table and the exports show it; signed adds a "+" to gains.


} // namespace seance
