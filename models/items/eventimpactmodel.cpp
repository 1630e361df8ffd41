// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/eventimpactmodel.h"

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
        emit headerDataChanged(Qt::Horizontal, BeforeColumn, VolumeAfterColumn);
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
        return column == ChangeColumn ? metricChangeText(value.toDouble(), m_metric)
                                      : metricValueText(value.toDouble(), m_metric);
    }
    case Qt::ToolTipRole:
        if (column == NarrativeColumn && row.kind == SubjectKind::Token && !row.subjectId.isEmpty())
            return QStringLiteral("<qt>%1</qt>")
                .arg(tr("Measured on the token %1: the event has no narrative").arg(row.subjectTitle.toHtmlEscaped()));
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
        return tr("Narrative");
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
    }
    return {};
}

} // namespace seance
