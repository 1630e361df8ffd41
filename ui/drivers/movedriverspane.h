// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/analysis/movedrivers.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class QTimer;

namespace seance {

class DriverPostModel;
class DriverTermModel;
class MoveDriversLoader;
class Scorer;
class ViewState;

// "What Drove This": for the first selected token and the visible range, the terms that moved its mean sentiment
// most against the range of the same length before, and the most engaged posts of the range. It follows the
// ViewState while shown (a moment after the range settles) and computes off the GUI thread with progress and
// Cancel (MoveDriversLoader, models/analysis).
class MoveDriversPane final : public QWidget
{
    Q_OBJECT
public:
    explicit MoveDriversPane(const ViewState* state, QWidget* parent = nullptr);
    ~MoveDriversPane() override;

    // The workspace to read and the tokens' labels ("Ghost Coin (GHOST)").
    void setWorkspace(const QString& databasePath, const QHash<QString, QString>& tokenLabels);
    // The workspace's scorer, as "Why this score?" uses it; null while it is being built.
    void setScorer(std::shared_ptr<const Scorer> scorer);
    // Computes now for the ViewState's first selected token and visible range.
    void refresh();
    void cancel();

    static QString emptyHint();
    bool isComputing() const;
    QString summaryText() const;
    QString emptyText() const;
    bool isShowingResult() const;
    QTableView* termsView() const { return m_terms; }
    QTableView* postsView() const { return m_posts; }
    DriverTermModel* termModel() const { return m_termModel; }
    DriverPostModel* postModel() const { return m_postModel; }
    QPushButton* cancelButton() const { return m_cancel; }

signals:
    // A result is on screen.
    void computed();

protected:
    void showEvent(QShowEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    // What the pane shows. The texts are made from it, never kept, so a language switch can say them again.
    enum class Status {
        Empty,     // a hint or a message: m_emptyText
        Computing, // explaining m_computing's posts: m_explained of m_toExplain so far
        Result,    // m_shown
    };

    void scheduleRefresh();
    void showResult(const MoveDrivers& result);
    void showTexts(const MoveDrivers& result); // the summary and the note, in the installed language
    void retranslateUi();
    // The current status's texts in the installed language; starts or stops nothing.
    void sayStatus();
    void sayProgress();
    void showEmpty(std::function<QString()> text); // read again on a language switch
    void setComputing(bool computing);

    const ViewState* m_state;
    MoveDriversLoader* m_loader;
    DriverTermModel* m_termModel;
    DriverPostModel* m_postModel;
    QSortFilterProxyModel* m_termProxy;
    QSortFilterProxyModel* m_postProxy;
    QStackedWidget* m_stack;
    QLabel* m_empty;
    QLabel* m_summary;
    QLabel* m_note;
    QProgressBar* m_progress;
    QPushButton* m_cancel;
    QTableView* m_terms;
    QTableView* m_posts;
    QLabel* m_termsTitle = nullptr;
    QLabel* m_postsTitle = nullptr;
    QTimer* m_settle;
    Status m_status = Status::Empty;
    std::function<QString()> m_emptyText; // what the empty page says
    std::optional<MoveDrivers> m_shown; // the result on screen, to say again after a language switch
    std::optional<MoveDriversRequest> m_computing; // the request being explained
    qint64 m_explained = -1;                       // posts explained so far; -1 while they are being counted
    qint64 m_toExplain = 0;
    std::shared_ptr<const Scorer> m_scorer;
    QString m_databasePath;
    QHash<QString, QString> m_tokenLabels;
    bool m_dirty = true;
};

} // namespace seance
