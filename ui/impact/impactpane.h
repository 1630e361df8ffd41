// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/analysis/tokenimpactrows.h"
#include "models/sentiment/buckets/eventimpactrows.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableView;
class QToolButton;

namespace seance {

class EventImpactModel;
class EventImpactSortProxy;
class TokenImpactLoader;
class ViewState;
struct TokenImpactResult;

// The event impact table: every event with the metric over N days before and after it. The mediator computes
// the rows (it owns the workspace); the pane shows them and the ViewState's N, and emits intents: a new N, or an
// event to focus (double-click or Enter).
//
// "Measure on" picks the subject: each event's narrative (the mediator's rows), or tokens (the selected ones or
// a list chosen in the pane), one row per event and token, computed by the pane's TokenImpactLoader off the GUI
// thread from the workspace the mediator names in setWorkspace().
class ImpactPane final : public QWidget
{
    Q_OBJECT
public:
    explicit ImpactPane(const ViewState* state, QWidget* parent = nullptr);

    // The narrative rows, shown when measuring on each event's narrative.
    void setRows(const QList<EventImpactRow>& rows, Metric metric, int days);
    // What the token rows are computed from. tokenLabels: token id → "Ghost Coin (GHOST)".
    void setWorkspace(const QString& databasePath, const QList<EventRecord>& events,
                      const QHash<QString, QString>& tokenLabels);
    ImpactMeasure measure() const { return m_measureOn; }
    void setMeasure(ImpactMeasure measure);
    // The tokens of the "Chosen tokens" choice, in the order given.
    void setChosenTokens(const QStringList& ids);
    QStringList chosenTokens() const { return m_chosen; }
    // The tokens the rows are measured on now (empty when measuring on narratives).
    QStringList measuredTokens() const;
    bool isLoading() const;
    // Empties the table and says why instead of the empty-workspace hint.
    void setError(const QString& message);
    static QString emptyHint();
    // The event shown in a view row (after sorting), or an empty id.
    QString eventAtRow(int viewRow) const;

    QTableView* tableView() const { return m_table; }
    QSpinBox* daysSpinBox() const { return m_days; }
    QComboBox* measureComboBox() const { return m_measure; }
    QToolButton* tokensButton() const { return m_tokensButton; }
    EventImpactModel* model() const { return m_model; }
    EventImpactSortProxy* proxy() const { return m_proxy; }

signals:
    void daysRequested(int days);
    void eventActivated(const QString& eventId);
    // Token rows were computed and are shown (for tests and the status bar).
    void tokenRowsLoaded();

protected:
    void changeEvent(QEvent* event) override;

private:
    void followFocusedEvent(const QString& eventId);
    // impactpanetokens.cpp
    void setUpMeasureControls();
    void retranslateMeasureControls();
    void rebuildTokensMenu();
    void updateTokensButton();
    QStringList measuredTokensOf(ImpactMeasure measure) const;
    void refresh();
    void applyTokenResult(const TokenImpactResult& result);
    void showEmptyState(bool empty);
    void retranslateUi(); // every text of the pane, in the installed language

    const ViewState* m_state;
    EventImpactModel* m_model;
    EventImpactSortProxy* m_proxy;
    QSpinBox* m_days;
    QLabel* m_empty;
    QLabel* m_daysLabel = nullptr;
    QLabel* m_measureLabel = nullptr;
    bool m_showsError = false; // m_empty shows the mediator's error rather than the hint
    QTableView* m_table;
    QComboBox* m_measure;
    QToolButton* m_tokensButton;
    TokenImpactLoader* m_loader;
    ImpactMeasure m_measureOn = ImpactMeasure::EventNarrative;
    QStringList m_chosen;
    QList<EventImpactRow> m_narrativeRows;
    QString m_databasePath;
    QList<EventRecord> m_events;
    QHash<QString, QString> m_tokenLabels;
};

} // namespace seance
