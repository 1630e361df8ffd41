// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/viewstatemenus.h"

#include "models/viewstate.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QMenu>

namespace seance {
namespace {

// The main window's View menu holds these, so its translations keep the window's context.
QString menuText(const char* text)
{
    return QCoreApplication::translate("seance::MainWindow", text);
}

template <typename Value> struct Choice
{
    Value value;
    QString label;
    QKeySequence key;
};

// setter and changed are the ViewState property's setter and signal.
template <typename Value>
void addChoiceMenu(QMenu* parent, const QString& title, const QList<Choice<Value>>& choices, Value current,
                   ViewState* state, void (ViewState::*setter)(Value), void (ViewState::*changed)(const Value&))
{
    QMenu* menu = parent->addMenu(title);
    auto* group = new QActionGroup(menu);
    for (const Choice<Value>& choice : choices) {
        QAction* action = menu->addAction(choice.label);
        action->setCheckable(true);
        action->setShortcut(choice.key);
        action->setChecked(choice.value == current);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, state,
                         [state, setter, value = choice.value] { (state->*setter)(value); });
        QObject::connect(state, changed, action,
                         [action, value = choice.value](const Value& now) { action->setChecked(now == value); });
    }
}

} // namespace

void addMetricMenu(QMenu* view, ViewState* state)
{
    QList<Choice<Metric>> choices;
    const Metric metrics[] = {Metric::Mean, Metric::Weighted, Metric::PositiveShare, Metric::Volume,
                              Metric::ShareOfVoice};
    int key = Qt::Key_1;
    for (const Metric metric : metrics)
        choices.append({metric, metricLabel(metric), QKeySequence(Qt::ALT | Qt::Key(key++))});
    addChoiceMenu(view, menuText("&Metric"), choices, state->metric(), state, &ViewState::setMetric,
                  &ViewState::metricChanged);
}

void addGranularityMenu(QMenu* view, ViewState* state)
{
    const QList<Choice<Granularity>> choices = {
        {Granularity::Hour, menuText("&Hourly"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_1)},
        {Granularity::Day, menuText("&Daily"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_2)},
        {Granularity::Week, menuText("&Weekly"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_3)},
    };
    addChoiceMenu(view, menuText("&Granularity"), choices, state->granularity(), state, &ViewState::setGranularity,
                  &ViewState::granularityChanged);
}

} // namespace seance
