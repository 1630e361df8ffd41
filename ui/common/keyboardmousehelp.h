// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QTreeWidget;

namespace seance {

// One thing a user can do with the mouse or a key in a pane, and what it does.
struct Gesture
{
    QString input;
    QString effect;
};

// The one list of the chart's and the timeline's gestures. The chart's "?" tooltip, Help › Keyboard and Mouse and
// the README are written from (or tested against) these, so they cannot disagree.
QList<Gesture> chartGestures();
QList<Gesture> timelineGestures();
// "input: effect" lines, for a tooltip.
QString gestureLines(const QList<Gesture>& gestures);

// Help › Keyboard and Mouse: every shortcut of the window's actions, grouped by menu, read from the actions
// themselves when the sheet opens, then the chart's and the timeline's mouse and keys.
class KeyboardMouseHelpDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit KeyboardMouseHelpDialog(QWidget* window);

    // Every row as "section\tinput\teffect", for tests.
    QStringList rows() const;

private:
    QTreeWidget* m_tree;
};

// Shows the window's sheet, made on first use and raised after that.
void showKeyboardMouseHelp(QWidget* window);

} // namespace seance
