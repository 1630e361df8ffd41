// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/smoothingmenu.h"

#include "models/viewstate.h"

#include <QActionGroup>
#include <QCoreApplication>
#include <QMenu>

#include <functional>

namespace seance {
namespace {

// The main window's View menu holds these, so its translations keep the window's context.
QString menuText(const char* text)
{
    return QCoreApplication::translate("seance::MainWindow", text);
}

// One group of exclusive entries, each a value of one field of the smoothing.
void addGroup(QMenu* menu, ViewState* state, const QList<std::pair<int, QString>>& entries,
              const std::function<int(const Smoothing&)>& field, const std::function<void(Smoothing&, int)>& set,
              const QString& statusTip)
{
    auto* group = new QActionGroup(menu);
    for (const auto& [value, label] : entries) {
        QAction* action = menu->addAction(label);
        action->setCheckable(true);
        action->setStatusTip(statusTip);
        action->setToolTip(statusTip);
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
    QMenu* menu = view->addMenu(menuText("S&moothing"));
    menu->setToolTipsVisible(true);
    addGroup(
        menu, state,
        {{int(SmoothingKind::None), menuText("&None")},
         {int(SmoothingKind::MovingAverage), menuText("&Moving Average")},
         {int(SmoothingKind::Exponential), menuText("&Exponential Moving Average (EMA)")}},
        [](const Smoothing& s) { return int(s.kind); }, [](Smoothing& s, int value) { s.kind = SmoothingKind(value); },
        menuText("Smooth the chart's lines, its exports and the comparison. Days are pooled by their posts: "
                 "a 7-day average of the mean is the mean of the week's posts."));
    menu->addSeparator();
    QList<std::pair<int, QString>> windows;
    for (const int days : {3, 5, 7, 14, 30})
        windows.append({days, QCoreApplication::translate("seance::MainWindow", "%n-day window", nullptr, days)});
    addGroup(
        menu, state, windows, [](const Smoothing& s) { return s.days; },
        [](Smoothing& s, int value) { s.days = value; },
        menuText("N: the moving average's window, or the EMA's span (a day of age weighs 1 − 2/(N+1) less)"));
    menu->addSeparator();
    QAction* band = menu->addAction(menuText("Standard Error &Band"));
    band->setCheckable(true);
    band->setChecked(state->smoothing().band);
    const QString bandTip = menuText("A band of ± one standard error around the smoothed line, from the spread of "
                                     "the days in its window; it needs smoothing and two days with posts.");
    band->setStatusTip(bandTip);
    band->setToolTip(bandTip);
    QObject::connect(band, &QAction::toggled, state, [state](bool on) {
        Smoothing next = state->smoothing();
        next.band = on;
        state->setSmoothing(next);
    });
    QObject::connect(state, &ViewState::smoothingChanged, band,
                     [band](const Smoothing& now) { band->setChecked(now.band); });
    menu->addSeparator();
    QMenu* fade = menu->addMenu(menuText("&Fade Points With Few Posts"));
    fade->setToolTipsVisible(true);
    QList<std::pair<int, QString>> thresholds{{0, menuText("&Off")}};
    for (const int posts : {3, 5, 10, 20, 50})
        thresholds.append({posts, QCoreApplication::translate("seance::MainWindow", "Under %n posts", nullptr, posts)});
    addGroup(
        fade, state, thresholds, [](const Smoothing& s) { return s.minPosts; },
        [](Smoothing& s, int value) { s.minPosts = value; },
        menuText("A point resting on fewer posts is drawn faded, not hidden: its value is there, but too few "
                 "posts stand behind it. With smoothing, the posts of the N days up to the point count."));
    return menu;
}

} // namespace seance
