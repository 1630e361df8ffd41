// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace seance {

class Database;
struct DialogSeam;
enum class Theme;

// A saved view's parts, each checked before any is applied.
struct SavedViewParts
{
    QJsonObject view; // ViewState JSON
    std::optional<Theme> theme;
    std::optional<QJsonObject> comparison; // ComparePane JSON
};

// View › Saved Views: named snapshots of the view, kept in the workspace (so they travel with a dataset export).
// The window says what the view is now (snapshot) and applies an opened one (viewOpened). The first nine views
// get Ctrl+Alt+1…9, bound on the window too so they work while presentation mode hides the menu bar.
class SavedViewsMenu final : public QObject
{
    Q_OBJECT
public:
    // dialogs is the window's seam, read at each use so a test can replace it later.
    SavedViewsMenu(QWidget* window, const DialogSeam* dialogs, std::function<QJsonObject()> snapshot);

    void addTo(QMenu* parent);
    // The workspace whose views are listed (nullptr or a closed one lists none); rebuild() shows them.
    void setDatabase(Database* db);
    // Lists the workspace's views again, e.g. after an import or another window added some.
    void rebuild();

    void saveCurrentView();
    // Applies the view with this name; false (and an error dialog) when it cannot, with nothing changed.
    bool open(const QString& name);
    void deleteSavedView();

signals:
    void viewOpened(const seance::SavedViewParts& parts);
    void statusMessage(const QString& message, int timeoutMs);

private:
    QWidget* m_window;
    const DialogSeam* m_dialogs;
    std::function<QJsonObject()> m_snapshot;
    Database* m_db = nullptr;
    QMenu* m_menu = nullptr;
    // Made once, so their shortcuts are bound once: a rebuild replaces only the views' own entries.
    QAction* m_save;
    QAction* m_delete;
    QList<QAction*> m_viewActions;
};

} // namespace seance
