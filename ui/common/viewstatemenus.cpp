// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/viewstatemenus.h"

#include "models/viewstate.h"
#include "ui/common/retranslator.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QMenu>

#include <functional>

namespace seance {
namespace {

// The main window's View menu holds these, so its translations keep the window's context.
struct ViewMenuText
{
    Q_DECLARE_TR_FUNCTIONS(seance::MainWindow)
};

template <typename Value> struct Choice
{
    Value value;
    std::function<QString()> label; // read again on a language switch
    QKeySequence key;
};

// setter and changed are the ViewState property's setter and signal.
template <typename Value>
void addChoiceMenu(QMenu* parent, const char* title, const QList<Choice<Value>>& choices, Value current,
                   ViewState* state, void (ViewState::*setter)(Value), void (ViewState::*changed)(const Value&))
{
    QMenu* menu = parent->addMenu(QString());
    auto* group = new QActionGroup(menu);
    Retranslator::of(parent)->add(menu, [menu, group, title, choices] {
        menu->setTitle(ViewMenuText::tr(title));
        const QList<QAction*> actions = group->actions();
        for (qsizetype i = 0; i < actions.size() && i < choices.size(); ++i)
            actions.at(i)->setText(choices.at(i).label());
    });
    for (const Choice<Value>& choice : choices) {
        QAction* action = menu->addAction(choice.label());
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
        choices.append({metric, [metric] { return metricLabel(metric); }, QKeySequence(Qt::ALT | Qt::Key(key++))});
    addChoiceMenu(view, QT_TRANSLATE_NOOP("seance::MainWindow", "&Metric"), choices, state->metric(), state,
                  &ViewState::setMetric, &ViewState::metricChanged);
}

void addGranularityMenu(QMenu* view, ViewState* state)
{
    const QList<Choice<Granularity>> choices = {
        {Granularity::Hour, [] { return ViewMenuText::tr("&Hourly"); }, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_1)},
        {Granularity::Day, [] { return ViewMenuText::tr("&Daily"); }, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_2)},
        {Granularity::Week, [] { return ViewMenuText::tr("&Weekly"); }, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_3)},
    };
    addChoiceMenu(view, QT_TRANSLATE_NOOP("seance::MainWindow", "&Granularity"), choices, state->granularity(), state,
                  &ViewState::setGranularity, &ViewState::granularityChanged);
}

void addLanguageFilterMenu(QMenu* view, ViewState* state)
{
    QList<Choice<PostLanguage>> choices;
    for (const PostLanguage language : allPostLanguages)
        choices.append({language, [language] { return postLanguageLabel(language); }, QKeySequence()});
    addChoiceMenu(view, QT_TRANSLATE_NOOP("seance::MainWindow", "Language &Filter"), choices, state->postLanguage(),
                  state, &ViewState::setPostLanguage, &ViewState::postLanguageChanged);
}

} // namespace seance
