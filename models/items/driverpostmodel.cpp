// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/driverpostmodel.h"

#include "models/metricformat.h"
#include "models/time/timeformat.h"

#include <QLocale>

namespace seance {

DriverPostModel::DriverPostModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void DriverPostModel::setPosts(const QList<DriverPost>& posts)
{
    beginResetModel();
    m_posts = posts;
    endResetModel();
}

int DriverPostModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_posts.size());
}

int DriverPostModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DriverPostModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DriverPost& post = m_posts.at(index.row());
    const int column = index.column();
    switch (role) {
    case SortRole:
        if (column == DateColumn)
            return post.postedAt;
        if (column == EngagementColumn)
            return post.engagement;
        if (column == ScoreColumn)
            return post.compound ? QVariant(*post.compound) : QVariant();
        return column == AuthorColumn ? post.author : post.text;
    case Qt::DisplayRole:
        if (column == DateColumn)
            return formatUtcDate(post.postedAt);
        if (column == EngagementColumn)
            return QLocale().toString(post.engagement);
        if (column == ScoreColumn)
            return post.compound ? metricChangeText(*post.compound, Metric::Mean) : tr("unscored");
        if (column == AuthorColumn)
            return post.author;
        return QString(post.text).replace(QLatin1Char('\n'), QLatin1Char(' '));
    case Qt::ToolTipRole:
        if (column == TextColumn)
            return QStringLiteral("<qt>%1</qt>").arg(post.text.toHtmlEscaped());
        if (column == ScoreColumn)
            return tr("The post's compound sentiment as stored, from −1 to +1");
        return {};
    case Qt::TextAlignmentRole:
        return column == EngagementColumn || column == ScoreColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case PostIdRole:
        return post.id;
    }
    return {};
}

QVariant DriverPostModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date (UTC)");
    case EngagementColumn:
        return tr("Engagement");
    case ScoreColumn:
        return tr("Score");
    case AuthorColumn:
        return tr("Author");
    case TextColumn:
        return tr("Post");
    }
    return {};
}

} // namespace seance
