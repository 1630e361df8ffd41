// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/routing/socialimport.h"

#include <QAbstractTableModel>

namespace seance {

// The first posts of an export as the import wizard previews them: time, author, text, where each would be
// routed and its score. Text is shown as plain text, never rich text.
class SocialPreviewModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Time, Author, Text, RoutedTo, Score, ColumnCount };
    enum Roles { PostedAtRole = Qt::UserRole + 1, CompoundRole, RoutedRole };

    explicit SocialPreviewModel(QObject* parent = nullptr);

    void setPosts(const QList<SocialPreviewPost>& posts);
    void setUtc(bool utc);

    int rowCount(const QModelIndex& parent = {}) const final;
    int columnCount(const QModelIndex& parent = {}) const final;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const final;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const final;

private:
    QList<SocialPreviewPost> m_posts;
    bool m_utc = true;
};

} // namespace seance
