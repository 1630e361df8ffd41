// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/eventimpactmodel.h"

#include "models/analysis/tokenimpactrows.h"
#include "models/metricformat.h"
#include "models/time/timeformat.h"
#include "models/viewstate.h"

#include <QLocale>

namespace seance {

EventImpactModel::EventImpactModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void EventImpactModel::setRows(const QList<EventImpactRow>& rows, Metric metric, int days)
{
    const bool headersChange = metric != m_metric || days != m_days;
    beginResetModel();
    m_rows = rows;
    m_metric = metric;
    m_days = days;
    endResetModel();
    if (headersChange)
        emit headerDataChanged(Qt::Horizontal, BeforeColumn, PriceAfterColumn);
}

void EventImpactModel::setPriceImpacts(const QHash<QString, PriceImpact>& impacts)
{
    m_prices = impacts;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, PriceBeforeColumn), index(int(m_rows.size()) - 1, PriceAfterColumn));
}

void EventImpactModel::setTokenPriceImpacts(const QHash<QString, PriceImpact>& impacts)
{
    m_tokenPrices = impacts;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, PriceBeforeColumn), index(int(m_rows.size()) - 1, PriceAfterColumn));
}

void EventImpactModel::setMeasuredOnTokens(bool tokens)
{
    if (tokens == m_onTokens)
        return;
    m_onTokens = tokens;
    emit headerDataChanged(Qt::Horizontal, NarrativeColumn, NarrativeColumn);
}

const PriceImpact* EventImpactModel::rowPrice(const EventImpactRow& row) const
{
    if (m_onTokens && row.kind == SubjectKind::Token) {
        const auto own = m_tokenPrices.constFind(tokenPriceKey(row.event.id, row.subjectId));
        return own == m_tokenPrices.cend() ? nullptr : &*own;
    }
    const auto price = m_prices.constFind(row.event.id);
    return price == m_prices.cend() ? nullptr : &*price;
}

int EventImpactModel::rowOfEvent(const QString& eventId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).event.id == eventId)
            return i;
    }
    return -1;
}

int EventImpactModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EventImpactModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventImpactModel::sortValue(const EventImpactRow& row, int column) const
{
    const auto number = [](const std::optional<double>& value) { return value ? QVariant(*value) : QVariant(); };
    const bool measured = !row.subjectId.isEmpty();
    switch (column) {
    case DateColumn:
        return row.event.occurredAt;
    case NarrativeColumn:
        return row.subjectTitle.isEmpty() ? QVariant() : QVariant(row.subjectTitle);
    case TitleColumn:
        return row.event.title.isEmpty() ? QVariant() : QVariant(row.event.title);
    case BeforeColumn:
        return number(row.impact.before);
    case AfterColumn:
        return number(row.impact.after);
    case ChangeColumn:
        return number(row.impact.change);
    case VolumeBeforeColumn:
        return measured ? QVariant(row.impact.volumeBefore) : QVariant();
    case VolumeAfterColumn:
        return measured ? QVariant(row.impact.volumeAfter) : QVariant();
    case PriceBeforeColumn:
    case PriceAfterColumn: {
        const PriceImpact* price = rowPrice(row);
        if (!price)
            return {};
        return number(column == PriceBeforeColumn ? price->beforePercent : price->afterPercent);
    }
    }
    return {};
}

QVariant EventImpactModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EventImpactRow& row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole: {
        const QVariant value = sortValue(row, column);
        if (column == DateColumn)
            return formatUtcDate(row.event.occurredAt);
        if (column == NarrativeColumn || column == TitleColumn)
            return value.isValid() ? value.toString() : QStringLiteral("—");
        if (!value.isValid())
            return QStringLiteral("—");
        if (column == VolumeBeforeColumn || column == VolumeAfterColumn)
            return QLocale().toString(value.toLongLong());
        if (column == PriceBeforeColumn || column == PriceAfterColumn)
            return percentChangeText(value.toDouble());
        return column == ChangeColumn ? metricChangeText(value.toDouble(), m_metric)
                                      : metricValueText(value.toDouble(), m_metric);
    }
    case Qt::ToolTipRole:
        if (column == NarrativeColumn && row.kind == SubjectKind::Token && !row.subjectId.isEmpty() && !m_onTokens)
            return QStringLiteral("<qt>%1</qt>")
                .arg(tr("Measured on the token %1: the event has no narrative").arg(row.subjectTitle.toHtmlEscaped()));
        if ((column == PriceBeforeColumn || column == PriceAfterColumn) && rowPrice(row))
            return tr("The price of %1").arg(rowPrice(row)->tokenId);
        if (column == DateColumn)
            return tr("%1 UTC. Before: days −%2 to −1; after: day 0 (the event's UTC day) to day +%3")
                .arg(formatUtcDate(row.event.occurredAt))
                .arg(m_days)
                .arg(m_days - 1);
        return {};
    case Qt::TextAlignmentRole:
        return column >= BeforeColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case EventIdRole:
        return row.event.id;
    case SortRole:
        return sortValue(row, column);
    case EventTimeRole:
        return row.event.occurredAt;
    }
    return {};
}

QVariant EventImpactModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::ToolTipRole && section >= BeforeColumn) {
        if (section == VolumeBeforeColumn || section == VolumeAfterColumn)
            return tr("Posts over %1 d").arg(m_days);
        if (section == PriceBeforeColumn)
            return tr("How the price of the event's token moved over the %1 days up to the event").arg(m_days);
        if (section == PriceAfterColumn)
            return tr("How the price of the event's token moved over the %1 days after the event").arg(m_days);
        if (section == ChangeColumn)
            return tr("%1: after minus before").arg(metricLabel(m_metric));
        return tr("%1 over %2 d").arg(metricLabel(m_metric)).arg(m_days);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date (UTC)");
    case NarrativeColumn:
        return m_onTokens ? tr("Token") : tr("Narrative");
    case TitleColumn:
        return tr("Event");
    case BeforeColumn:
        return tr("Before (%1 d)").arg(m_days);
    case AfterColumn:
        return tr("After (%1 d)").arg(m_days);
    case ChangeColumn:
        return tr("Change");
    case VolumeBeforeColumn:
        return tr("Posts before");
    case VolumeAfterColumn:
        return tr("Posts after");
    case PriceBeforeColumn:
        return tr("Price before (%1 d)").arg(m_days);
    case PriceAfterColumn:
        return tr("Price after (%1 d)").arg(m_days);
    }
    return {};
}

} // namespace seance
