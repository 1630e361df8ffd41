// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// View › Saved Views: named snapshots of the view, kept in the workspace (so they travel with a dataset export).
#include "ui/mainwindow.h"

#include "ui/compare/comparepane.h"
#include "models/compare/comparesetup.h"
#include "models/storage/database.h"
#include "models/storage/savedviewstore.h"
#include "ui/theme/theme.h"
#include "models/viewstate.h"

#include <QAction>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QStatusBar>

namespace seance {

void MainWindow::createSavedViewsMenu(QMenu* parent)
{
    m_savedViewsMenu = parent->addMenu(tr("Saved &Views"));
    m_savedViewsMenu->setToolTipsVisible(true);
    // Rebuilt on every opening, so views added by an import or another window show up.
    connect(m_savedViewsMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildSavedViewsMenu);
    rebuildSavedViewsMenu();
}

void MainWindow::rebuildSavedViewsMenu()
{
    m_savedViewsMenu->clear();
    QAction* save = m_savedViewsMenu->addAction(tr("&Save Current View…"), this, &MainWindow::saveCurrentView);
    save->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    addAction(save); // also while presentation mode hides the menu bar
    save->setStatusTip(tr("Keep the selected tokens, time range, metric, granularity, theme and comparison under a "
                          "name"));
    m_savedViewsMenu->addSeparator();
    const QList<SavedViewRecord> views = m_db->isOpen() ? SavedViewStore(*m_db).all() : QList<SavedViewRecord>();
    if (views.isEmpty())
        m_savedViewsMenu->addAction(tr("No saved views in this workspace"))->setEnabled(false);
    for (qsizetype i = 0; i < views.size(); ++i) {
        const QString name = views.at(i).name;
        // The name is user text: escape '&' so it is not read as a mnemonic.
        QAction* open = m_savedViewsMenu->addAction(QString(name).replace(QLatin1Char('&'), QStringLiteral("&&")));
        open->setToolTip(tr("Saved %1").arg(QDateTime::fromMSecsSinceEpoch(views.at(i).createdAt).toString(
            QStringLiteral("yyyy-MM-dd HH:mm"))));
        if (i < 9) {
            open->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_1 + i)));
            addAction(open); // also while presentation mode hides the menu bar
        }
        connect(open, &QAction::triggered, this, [this, name] { openSavedView(name); });
    }
    m_savedViewsMenu->addSeparator();
    QAction* remove = m_savedViewsMenu->addAction(tr("&Delete Saved View…"), this, &MainWindow::deleteSavedView);
    remove->setEnabled(!views.isEmpty());
}

QJsonObject MainWindow::savedViewState() const
{
    QJsonObject state;
    state.insert(QStringLiteral("view"), m_state->toJson());
    state.insert(QStringLiteral("theme"), themeName(theme()));
    state.insert(QStringLiteral("comparison"), m_compare->toJson());
    return state;
}

void MainWindow::saveCurrentView()
{
    const QString name =
        m_dialogs.askText(this, tr("Save View"), tr("Name of the view:"), QString()).trimmed();
    if (name.isEmpty())
        return;
    const SavedViewStore store(*m_db);
    SavedViewRecord record;
    record.name = name;
    record.state = QString::fromUtf8(QJsonDocument(savedViewState()).toJson(QJsonDocument::Compact));
    record.createdAt = QDateTime::currentMSecsSinceEpoch();
    if (store.contains(name)
        && !m_dialogs.confirm(this, tr("Replace Saved View"),
                              tr("A view named \"%1\" already exists. Replace it with the current view?").arg(name)))
        return;
    QString error;
    const bool saved = store.contains(name) ? store.update(record, &error) : store.insert(record, &error);
    if (!saved) {
        m_dialogs.showError(this, tr("Save View"), tr("The view \"%1\" could not be saved: %2").arg(name, error));
        return;
    }
    // Queued: the Save action whose signal is being delivered belongs to the menu a rebuild clears.
    QMetaObject::invokeMethod(this, &MainWindow::rebuildSavedViewsMenu, Qt::QueuedConnection);
    statusBar()->showMessage(tr("Saved the view \"%1\"").arg(name), 4000);
}

bool MainWindow::openSavedView(const QString& name)
{
    QString error;
    const std::optional<SavedViewRecord> record = SavedViewStore(*m_db).find(name, &error);
    const auto fail = [&](const QString& why) {
        m_dialogs.showError(this, tr("Open Saved View"), tr("The view \"%1\" cannot be opened: %2").arg(name, why));
        return false;
    };
    if (!record)
        return fail(error.isEmpty() ? tr("there is no view with that name") : error);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(record->state.toUtf8(), &parseError);
    if (!document.isObject())
        return fail(tr("its state is not a JSON object (%1)").arg(parseError.errorString()));
    const QJsonObject state = document.object();
    // Views saved by other tools may hold the view state at the top level rather than under "view".
    const QJsonObject view = state.contains(QLatin1String("view")) ? state.value(QLatin1String("view")).toObject()
                                                                   : state;
    // Everything is checked before anything changes, so a bad part leaves the whole window as it was.
    std::optional<Theme> theme;
    if (state.contains(QLatin1String("theme"))) {
        theme = themeFromName(state.value(QLatin1String("theme")).toString());
        if (!theme)
            return fail(tr("theme: unknown theme \"%1\"").arg(state.value(QLatin1String("theme")).toString()));
    }
    const QJsonObject comparison = state.value(QLatin1String("comparison")).toObject();
    CompareSetup probeSetup;
    if (state.contains(QLatin1String("comparison")) && !probeSetup.fromJson(comparison, &error))
        return fail(tr("comparison: %1").arg(error));
    ViewState probe;
    if (!probe.fromJson(view, &error))
        return fail(error);
    applyViewStateJson(view);
    if (theme)
        setTheme(*theme);
    if (state.contains(QLatin1String("comparison")))
        m_compare->fromJson(comparison);
    statusBar()->showMessage(tr("Opened the view \"%1\"").arg(name), 4000);
    return true;
}

void MainWindow::deleteSavedView()
{
    QStringList names;
    for (const SavedViewRecord& view : SavedViewStore(*m_db).all())
        names << view.name;
    const QString name = m_dialogs.chooseItem(this, tr("Delete Saved View"), tr("View to delete:"), names);
    if (name.isEmpty()
        || !m_dialogs.confirm(this, tr("Delete Saved View"),
                              tr("Delete the saved view \"%1\"? This cannot be undone.").arg(name)))
        return;
    QString error;
    if (!SavedViewStore(*m_db).remove(name, &error)) {
        m_dialogs.showError(this, tr("Delete Saved View"), tr("\"%1\" could not be deleted: %2").arg(name, error));
        return;
    }
    QMetaObject::invokeMethod(this, &MainWindow::rebuildSavedViewsMenu, Qt::QueuedConnection);
    statusBar()->showMessage(tr("Deleted the view \"%1\"").arg(name), 4000);
}

} // namespace seance
