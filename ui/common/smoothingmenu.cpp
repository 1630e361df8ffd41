// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/smoothingmenu.h"

#include "models/viewstate.h"
#include "ui/common/retranslator.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QMenu>

#include <functional>

namespace seance {
namespace {

// The main window's View menu holds these, so its translations keep the window's context.
struct SmoothingMenuText
{
    Q_DECLARE_TR_FUNCTIONS(seance::MainWindow)
};
using Label = std::function<QString()>; // read again on a language switch

// Sets an action's text, tool tip and status tip now and again whenever the language changes.
void translate(QMenu* menu, QAction* action, const Label& label, const Label& tip)
{
    Retranslator::of(menu)->add(action, [action, label, tip] {
        action->setText(label());
        if (tip) {
            action->setStatusTip(tip());
            action->setToolTip(tip());
        }
    });
}

// One group of exclusive entries, each a value of one field of the smoothing.
void addGroup(QMenu* menu, ViewState* state, const QList<std::pair<int, Label>>& entries,
              const std::function<int(const Smoothing&)>& field, const std::function<void(Smoothing&, int)>& set,
              const Label& statusTip)
{
    auto* group = new QActionGroup(menu);
    for (const auto& [value, label] : entries) {
        QAction* action = menu->addAction(QString());
        translate(menu, action, label, statusTip);
        action->setCheckable(true);
        action->setChecked(field(state->smoothing()) == value);
        group->addAction(action);
        QObject::connect(action, &QAction::triggered, state, [state, set, value] {
            Smoothing next = state->smoothing();
            set(next, value);
            state->setSmoothing(next);
        });
        QObject::connect(state, &ViewState::smoothingChanged, action,
                         [action, field, value](const Smoothing& now) { action->setChecked(field(now) == value); });
    }
}

} // namespace

QMenu* addSmoothingMenu(QMenu* view, ViewState* state)
{
    QMenu* menu = view->addMenu(QString());
    Retranslator::of(view)->add(menu, [menu] { menu->setTitle(SmoothingMenuText::tr("&Smoothing")); });
    menu->setToolTipsVisible(true);
    addGroup(
        menu, state,
        {{int(SmoothingKind::None), [] { return SmoothingMenuText::tr("&None"); }},
         {int(SmoothingKind::MovingAverage), [] { return SmoothingMenuText::tr("&Moving Average"); }},
         {int(SmoothingKind::Exponential), [] { return SmoothingMenuText::tr("&Exponential Moving Average (EMA)"); }}},
        [](const Smoothing& s) { return int(s.kind); }, [](Smoothing& s, int value) { s.kind = SmoothingKind(value); },
        [] {
            return SmoothingMenuText::tr(
                "Smooth the chart's lines, its exports and the comparison. Days are pooled by their posts: "
                "a 7-day average of the mean is the mean of the week's posts.");
        });
    menu->addSeparator();
    QList<std::pair<int, Label>> windows;
    for (const int days : {3, 5, 7, 14, 30})
        windows.append({days, [days] { return SmoothingMenuText::tr("%n-day window", nullptr, days); }});
    addGroup(
        menu, state, windows, [](const Smoothing& s) { return s.days; },
        [](Smoothing& s, int value) { s.days = value; },
        [] {
            return SmoothingMenuText::tr(
                "N: the moving average's window, or the EMA's span (a day of age weighs 1 − 2/(N+1) less)");
        });
    menu->addSeparator();
    QAction* band = menu->addAction(QString());
    translate(
        menu, band, [] { return SmoothingMenuText::tr("Standard Error &Band"); },
        [] {
            return SmoothingMenuText::tr(
                "A band of ± one standard error around the smoothed line, from the spread of the days in "
                "its window; it needs smoothing and two days with posts.");
        });
    band->setCheckable(true);
    band->setChecked(state->smoothing().band);
    QObject::connect(band, &QAction::toggled, state, [state](bool on) {
        Smoothing next = state->smoothing();
        next.band = on;
        state->setSmoothing(next);
    });
    QObject::connect(state, &ViewState::smoothingChanged, band,
                     [band](const Smoothing& now) { band->setChecked(now.band); });
    menu->addSeparator();
    QMenu* fade = menu->addMenu(QString());
    Retranslator::of(menu)->add(fade, [fade] { fade->setTitle(SmoothingMenuText::tr("&Fade Points With Few Posts")); });
    fade->setToolTipsVisible(true);
    QList<std::pair<int, Label>> thresholds{{0, [] { return SmoothingMenuText::tr("&Off"); }}};
    for (const int posts : {3, 5, 10, 20, 50})
        thresholds.append({posts, [posts] { return SmoothingMenuText::tr("Under %n posts", nullptr, posts); }});
    addGroup(
        fade, state, thresholds, [](const Smoothing& s) { return s.minPosts; },
        [](Smoothing& s, int value) { s.minPosts = value; },
        [] {
            return SmoothingMenuText::tr(
                "A point resting on fewer posts is drawn faded, not hidden: its value is there, but too "
                "few posts stand behind it. With smoothing, the posts of the N days up to the point count.");
        });
    return menu;
}

} // namespace seance
