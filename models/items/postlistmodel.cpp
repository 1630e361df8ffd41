// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/items/postlistmodel.h"

#include "models/sentiment/scoring/postlanguage.h"
#include "models/storage/poststore.h"
#include "models/time/timeformat.h"

#include <QColor>
#include <QSqlDriver>
#include <QSqlQuery>
#include <algorithm>

namespace seance {

PostListModel::PostListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void PostListModel::setConnection(const QSqlDatabase& connection)
{
    m_connection = connection;
    // The language filter's SQL function, on the sqlite3 handle under Qt's driver (the workspace's connection).
    const QVariant handle = connection.driver() ? connection.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        registerPostLanguageFunction(*static_cast<sqlite3* const*>(handle.constData()));
    reload();
}

void PostListModel::setFilter(const PostFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void PostListModel::setSubjectNames(const QHash<QString, QString>& names)
{
    if (names == m_subjectNames)
        return;
    m_subjectNames = names;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, TokenColumn), index(rowCount() - 1, TokenColumn), {Qt::DisplayRole});
}

void PostListModel::setShowUtc(bool utc)
{
    if (utc == m_showUtc)
        return;
    m_showUtc = utc;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, TimeColumn), index(int(m_rows.size()) - 1, TimeColumn), {Qt::DisplayRole});
}

void PostListModel::reload()
{
    // The first page is part of the reset, so views never see an empty intermediate state.
    // Listeners (views, QAbstractItemModelTester) may ask for more rows from inside a change notification;
    // inserting then would nest one change inside another, so such requests are deferred.
    m_changeInFlight = true;
    beginResetModel();
    m_rows.clear();
    if (m_connection.isOpen()) {
        m_rows = fetchPage();
        m_exhausted = m_rows.size() < pageSize;
    } else {
        m_exhausted = true;
    }
    endResetModel();
    m_changeInFlight = false;
}

QVector<PostListModel::Row> PostListModel::fetchPage() const
{
    std::optional<PostPageCursor> after;
    if (!m_rows.isEmpty())
        after = PostPageCursor{m_rows.constLast().postedAt, m_rows.constLast().id};
    QSqlQuery query = PostStore::page(m_connection, m_filter, after, pageSize);
    QVector<Row> page;
    if (!query.isActive())
        return page;
    page.reserve(pageSize);
    while (query.next()) {
        Row row;
        row.id = query.value(PostStore::PageId).toLongLong();
        row.postedAt = query.value(PostStore::PagePostedAt).toLongLong();
        row.tokenId = query.value(PostStore::PageTokenId).toString();
        row.author = query.value(PostStore::PageAuthor).toString();
        row.text = query.value(PostStore::PageText).toString();
        if (!query.value(PostStore::PageCompound).isNull())
            row.compound = query.value(PostStore::PageCompound).toDouble();
        row.sample = query.value(PostStore::PageIsSample).toBool();
        row.narrativeId = query.value(PostStore::PageNarrativeId).toString();
        page.append(std::move(row));
    }
    return page;
}

bool PostListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void PostListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_exhausted)
        return;
    if (m_changeInFlight) {
        QMetaObject::invokeMethod(this, [this] { fetchMore({}); }, Qt::QueuedConnection);
        return;
    }
    QVector<Row> page = fetchPage();
    m_exhausted = page.size() < pageSize;
    if (page.isEmpty())
        return;
    const int first = int(m_rows.size());
    m_changeInFlight = true;
    beginInsertRows({}, first, first + int(page.size()) - 1);
    m_rows.append(std::move(page));
    endInsertRows();
    m_changeInFlight = false;
}

int PostListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PostListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QColor PostListModel::scoreColor(std::optional<double> compound)
{
    if (!compound)
        return QColor(0x8a, 0x94, 0xa8);
    const double c = std::clamp(*compound, -1.0, 1.0);
    // Saturation grows with the score; the values stay mid-tone so the text reads on dark and light themes.
    if (c >= 0.05)
        return QColor::fromHsvF(0.39, 0.45 + 0.4 * c, 0.66);
    if (c <= -0.05)
        return QColor::fromHsvF(0.0, 0.45 + 0.4 * -c, 0.86);
    return QColor(0x93, 0x93, 0x9c);
}

QVariant PostListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case PostIdRole:
        return row.id;
    case CompoundRole:
        return row.compound ? QVariant(*row.compound) : QVariant();
    case TextRole:
        return row.text;
    case TokenIdRole:
        return row.tokenId;
    case PostedAtRole:
        return row.postedAt;
    case SampleRole:
        return row.sample;
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return formatTimestamp(row.postedAt, m_showUtc);
        case TokenColumn: {
            // A ticker such as GHOST names several tokens, so the subject is shown by its name.
            const QString& subject = row.tokenId.isEmpty() ? row.narrativeId : row.tokenId;
            return m_subjectNames.value(subject, subject);
        }
        case ScoreColumn:
            return row.compound ? QString::number(*row.compound, 'f', 2) : tr("unscored");
        case AuthorColumn:
            return row.author;
        case TextColumn:
            return QString(row.text).replace(QLatin1Char('\n'), QLatin1Char(' '));
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == TextColumn) // escaped: a post is untrusted text and must never render as rich text
            return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>").arg(row.text.toHtmlEscaped());
        if (index.column() == ScoreColumn && !row.compound)
            return tr("Written in a script the lexicon does not cover, so it is not scored (not the same as neutral).");
        if (index.column() == TokenColumn)
            return row.tokenId.isEmpty() ? tr("Narrative: %1").arg(row.narrativeId) : tr("Token: %1").arg(row.tokenId);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ScoreColumn)
            return scoreColor(row.compound);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ScoreColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant PostListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return m_showUtc ? tr("Time (UTC)") : tr("Time");
    case TokenColumn:
        return tr("Subject");
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
