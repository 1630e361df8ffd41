// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/socialpreviewmodel.h"

#include "models/time/timeformat.h"

#include <QLocale>

namespace seance {
namespace {

// One line of a post for the table; the tooltip holds the whole text.
QString oneLine(const QString& text)
{
    QString line = text.simplified();
    if (line.size() > 160)
        line = line.left(159) + QChar(0x2026);
    return line;
}

} // namespace

SocialPreviewModel::SocialPreviewModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void SocialPreviewModel::setPosts(const QList<SocialPreviewPost>& posts)
{
    beginResetModel();
    m_posts = posts;
    endResetModel();
}

void SocialPreviewModel::setUtc(bool utc)
{
    if (utc == m_utc)
        return;
    m_utc = utc;
    if (!m_posts.isEmpty())
        emit dataChanged(index(0, Time), index(rowCount() - 1, Time), {Qt::DisplayRole});
}

int SocialPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_posts.size());
}

int SocialPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SocialPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SocialPreviewPost& post = m_posts.at(index.row());
    switch (role) {
    case PostedAtRole:
        return post.postedAtMs;
    case CompoundRole:
        return post.compound ? QVariant(*post.compound) : QVariant();
    case RoutedRole:
        return post.routedTo;
    case Qt::ToolTipRole:
        if (index.column() == Text)
            return post.text;
        if (index.column() == RoutedTo && !post.ambiguous.isEmpty())
            return tr("Ambiguous, not credited: %1").arg(post.ambiguous.join(QStringLiteral(", ")));
        if (index.column() == Author && !post.source.isEmpty())
            return tr("In %1").arg(post.source);
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == Score ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Time:
        return formatTimestamp(post.postedAtMs, m_utc);
    case Author:
        return post.author;
    case Text:
        return oneLine(post.text);
    case RoutedTo:
        if (!post.routedTo.isEmpty())
            return post.routedTo.join(QStringLiteral(", "));
        return post.ambiguous.isEmpty()
                   ? tr("not imported (names nothing)")
                   : tr("not imported (ambiguous: %1)").arg(post.ambiguous.join(QStringLiteral(", ")));
    case Score:
        return post.compound ? QLocale().toString(*post.compound, 'f', 2) : tr("unscored");
    default:
        return {};
    }
}

QVariant SocialPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Author:
        return tr("Author");
    case Text:
        return tr("Text");
    case RoutedTo:
        return tr("Routed to");
    case Score:
        return tr("Score");
    default:
        return {};
    }
}

} // namespace seance
