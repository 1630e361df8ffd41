// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>

class QAction;
class QActionGroup;
class QWidget;

namespace seance {

// The window's actions that write to the workspace (edits, imports, rescoring, saved views, market data, undo),
// disabled together while the workspace is read-only, each with a tooltip saying why. The actions are found by
// object name; their owners keep enabling and disabling them as before, and a disabled group overrides that
// until the workspace is writable again.
class ReadOnlyActions final : public QObject
{
    Q_OBJECT
public:
    explicit ReadOnlyActions(QObject* parent);

    // The object names of the actions that write: "importAction", "newTokenAction", …
    static const QStringList& writingActionNames();
    // Adds every action under `window` whose object name is one of writingActionNames().
    void collect(QWidget* window);
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    // "The workspace is read-only: …", for tooltips and refusals.
    static QString reason();

private:
    QActionGroup* m_group;
    QHash<QAction*, QString> m_toolTips; // each action's own tooltip, put back when writable again
    bool m_readOnly = false;
    bool m_retranslating = false; // the window's Retranslator sets the reason again on a language switch
};

} // namespace seance
