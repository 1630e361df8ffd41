// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/items/postlistmodel.h"
#include "models/sentiment/scoring/postlanguage.h"

#include <QHash>
#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace seance {

class Scorer;
class ScoreExplanationView;

// The posts of the selected tokens in the visible range, newest first, with a text filter and the
// explanation of the selected post's score.
class PostsPane final : public QWidget
{
    Q_OBJECT
public:
    explicit PostsPane(QWidget* parent = nullptr);

    void setConnection(const QSqlDatabase& connection);
    void setScorer(std::shared_ptr<const Scorer> scorer);
    // Token names and narrative titles by id, for the subject column.
    void setSubjectNames(const QHash<QString, QString>& names);
    // Tokens and time range come from the view state, through the mediator.
    void setScope(const QStringList& tokenIds, qint64 from, qint64 to);
    void setShowUtc(bool utc);
    // Only posts in this language (the ViewState's filter, through the mediator).
    void setLanguage(PostLanguage language);
    QComboBox* languageBox() const { return m_languageBox; }

    QTableView* tableView() const { return m_table; }
    QLineEdit* filterField() const { return m_filterField; }
    ScoreExplanationView* explanationView() const { return m_explanation; }
    PostListModel* model() const { return m_model; }

protected:
    void changeEvent(QEvent* event) override;

signals:
    void languageRequested(seance::PostLanguage language); // the user picked one in the pane's combo

private:
    void retranslateUi(); // every text of the pane, in the installed language
    void applyFilter();
    void showSelectedExplanation();
    void updateEmptyState();

    PostListModel* m_model;
    QLineEdit* m_filterField;
    QComboBox* m_languageBox;
    QTableView* m_table;
    QLabel* m_emptyState;
    ScoreExplanationView* m_explanation;
    QTimer* m_filterDelay;
    std::shared_ptr<const Scorer> m_scorer;
    PostFilter m_filter;
    bool m_hasWorkspace = false; // setConnection() has been called
};

} // namespace seance
