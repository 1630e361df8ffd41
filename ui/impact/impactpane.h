// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sentiment/buckets/eventimpactrows.h"

#include <QWidget>

class QLabel;
class QSpinBox;
class QTableView;

namespace seance {

class EventImpactModel;
class EventImpactSortProxy;
class ViewState;

// The event impact table: every event with the metric over N days before and after it. The mediator computes
// the rows (it owns the workspace); the pane shows them and the ViewState's N, and emits intents: a new N, or an
// event to focus (double-click or Enter).
class ImpactPane final : public QWidget
{
    Q_OBJECT
public:
    explicit ImpactPane(const ViewState* state, QWidget* parent = nullptr);

    void setRows(const QList<EventImpactRow>& rows, Metric metric, int days);
    // Empties the table and says why instead of the empty-workspace hint.
    void setError(const QString& message);
    static QString emptyHint();
    // The event shown in a view row (after sorting), or an empty id.
    QString eventAtRow(int viewRow) const;

    QTableView* tableView() const { return m_table; }
    QSpinBox* daysSpinBox() const { return m_days; }
    EventImpactModel* model() const { return m_model; }
    EventImpactSortProxy* proxy() const { return m_proxy; }

signals:
    void daysRequested(int days);
    void eventActivated(const QString& eventId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void followFocusedEvent(const QString& eventId);
    void retranslateUi(); // every text of the pane, in the installed language

    const ViewState* m_state;
    EventImpactModel* m_model;
    EventImpactSortProxy* m_proxy;
    QSpinBox* m_days;
    QLabel* m_empty;
    QLabel* m_daysLabel = nullptr;
    bool m_showsError = false; // m_empty shows the mediator's error rather than the hint
    QTableView* m_table;
};

} // namespace seance
