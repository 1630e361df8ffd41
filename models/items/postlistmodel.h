// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/storage/poststore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

#include <optional>

namespace seance {

// Posts loaded lazily a page at a time with keyset pagination on (posted_at, id), so scrolling through
// millions of rows never runs an OFFSET scan and never holds more than what was scrolled past.
class PostListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, TokenColumn, ScoreColumn, AuthorColumn, TextColumn, ColumnCount };
    enum Roles {
        PostIdRole = Qt::UserRole + 1,
        CompoundRole, // double, or an invalid QVariant when unscored
        TextRole,     // the full text
        TokenIdRole,
        PostedAtRole, // UTC ms
        SampleRole,   // bool
    };
    Q_ENUM(Roles)

    static constexpr int pageSize = 200;

    explicit PostListModel(QObject* parent = nullptr);

    void setConnection(const QSqlDatabase& connection);
    void setFilter(const PostFilter& filter);
    PostFilter filter() const { return m_filter; }
    void reload();
    void setShowUtc(bool utc);
    // Token names and narrative titles by id: the subject column shows them (a ticker such as GHOST names
    // several tokens), and the id where a name is missing.
    void setSubjectNames(const QHash<QString, QString>& names);

    int rowCount(const QModelIndex& parent = {}) const final;
    int columnCount(const QModelIndex& parent = {}) const final;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;
    bool canFetchMore(const QModelIndex& parent) const final;
    void fetchMore(const QModelIndex& parent) final;

    // A colour for a compound score: red through grey to green; grey-blue for unscored.
    static QColor scoreColor(std::optional<double> compound);

private:
    struct Row
    {
        qint64 id = 0;
        qint64 postedAt = 0;
        QString tokenId;
        QString narrativeId;
        QString author;
        QString text;
        std::optional<double> compound;
        bool sample = false;
    };
    QVector<Row> fetchPage() const;

    QSqlDatabase m_connection;
    PostFilter m_filter;
    QVector<Row> m_rows;
    QHash<QString, QString> m_subjectNames;
    bool m_exhausted = true;
    bool m_showUtc = false;
    bool m_changeInFlight = false;
};

} // namespace seance
