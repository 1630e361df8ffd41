// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/savedviews/savedviewsmenu.h"

#include "models/compare/comparesetup.h"
#include "models/storage/database.h"
#include "models/storage/savedviewstore.h"
#include "models/viewstate.h"
#include "ui/common/dialogseam.h"
#include "ui/common/retranslator.h"
#include "ui/theme/theme.h"

#include <QAction>
#include <QDateTime>
#include <QJsonDocument>
#include <QMenu>

namespace seance {

SavedViewsMenu::SavedViewsMenu(QWidget* window, const DialogSeam* dialogs, std::function<QJsonObject()> snapshot)
    : QObject(window)
    , m_window(window)
    , m_dialogs(dialogs)
    , m_snapshot(std::move(snapshot))
    , m_save(new QAction(this))
    , m_delete(new QAction(this))
{
    m_save->setObjectName(QStringLiteral("saveViewAction"));
    m_delete->setObjectName(QStringLiteral("deleteViewAction"));
    m_save->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_S));
    Retranslator::of(window)->add(this, [this] {
        m_save->setText(tr("&Save Current View…"));
        m_save->setStatusTip(tr("Keep the selected tokens, time range, metric, granularity, theme and comparison "
                                "under a name"));
        m_delete->setText(tr("&Delete Saved View…"));
    });
    connect(m_save, &QAction::triggered, this, &SavedViewsMenu::saveCurrentView);
    connect(m_delete, &QAction::triggered, this, &SavedViewsMenu::deleteSavedView);
}

void SavedViewsMenu::addTo(QMenu* parent)
{
    m_menu = parent->addMenu(QString());
    m_menu->setToolTipsVisible(true);
    // Rebuilt on every opening, so views added by an import or another window show up.
    connect(m_menu, &QMenu::aboutToShow, this, &SavedViewsMenu::rebuild);
    Retranslator::of(parent)->add(this, [this] {
        m_menu->setTitle(tr("Saved &Views"));
        rebuild();
    });
}

void SavedViewsMenu::setDatabase(Database* db)
{
    m_db = db;
}

void SavedViewsMenu::rebuild()
{
    if (!m_menu)
        return;
    // The old entries are deleted, not only taken out of the menu: bound on the window too, they would otherwise
    // stay alive there and make each Ctrl+Alt+digit ambiguous.
    qDeleteAll(m_viewActions);
    m_viewActions.clear();
    m_menu->clear();
    m_menu->addAction(m_save);
    m_menu->addSeparator();
    const QList<SavedViewRecord> views =
        m_db && m_db->isOpen() ? SavedViewStore(*m_db).all() : QList<SavedViewRecord>();
    if (views.isEmpty())
        m_menu->addAction(tr("No saved views in this workspace"))->setEnabled(false);
    for (qsizetype i = 0; i < views.size(); ++i) {
        const QString name = views.at(i).name;
        // The name is user text: escape '&' so it is not read as a mnemonic.
        auto* open = new QAction(QString(name).replace(QLatin1Char('&'), QStringLiteral("&&")), this);
        open->setToolTip(tr("Saved %1")
                             .arg(QDateTime::fromMSecsSinceEpoch(views.at(i).createdAt)
                                      .toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        if (i < 9) {
            open->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_1 + i)));
            m_window->addAction(open); // also while presentation mode hides the menu bar
        }
        connect(open, &QAction::triggered, this, [this, name] { this->open(name); });
        m_menu->addAction(open);
        m_viewActions.append(open);
    }
    m_menu->addSeparator();
    m_menu->addAction(m_delete);
    m_delete->setEnabled(!views.isEmpty());
}

void SavedViewsMenu::saveCurrentView()
{
    if (!m_db)
        return;
    const QString name = m_dialogs->askText(m_window, tr("Save View"), tr("Name of the view:"), QString()).trimmed();
    if (name.isEmpty())
        return;
    const SavedViewStore store(*m_db);
    SavedViewRecord record;
    record.name = name;
    record.state = QString::fromUtf8(QJsonDocument(m_snapshot()).toJson(QJsonDocument::Compact));
    record.createdAt = QDateTime::currentMSecsSinceEpoch();
    if (store.contains(name) &&
        !m_dialogs->confirm(m_window, tr("Replace Saved View"),
                            tr("A view named \"%1\" already exists. Replace it with the current view?").arg(name)))
        return;
    QString error;
    const bool saved = store.contains(name) ? store.update(record, &error) : store.insert(record, &error);
    if (!saved) {
        m_dialogs->showError(m_window, tr("Save View"), tr("The view \"%1\" could not be saved: %2").arg(name, error));
        return;
    }
    // Queued: the action whose signal is being delivered may belong to the menu a rebuild clears.
    QMetaObject::invokeMethod(this, &SavedViewsMenu::rebuild, Qt::QueuedConnection);
    emit statusMessage(tr("Saved the view \"%1\"").arg(name), 4000);
}

bool SavedViewsMenu::open(const QString& name)
{
    QString error;
    const std::optional<SavedViewRecord> record =
        m_db ? SavedViewStore(*m_db).find(name, &error) : std::optional<SavedViewRecord>();
    const auto fail = [&](const QString& why) {
        m_dialogs->showError(m_window, tr("Open Saved View"),
                             tr("The view \"%1\" cannot be opened: %2").arg(name, why));
        return false;
    };
    if (!record)
        return fail(error.isEmpty() ? tr("there is no view with that name") : error);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(record->state.toUtf8(), &parseError);
    if (!document.isObject())
        return fail(tr("its state is not a JSON object (%1)").arg(parseError.errorString()));
    const QJsonObject state = document.object();
    SavedViewParts parts;
    // Views saved by other tools may hold the view state at the top level rather than under "view".
    parts.view = state.contains(QLatin1String("view")) ? state.value(QLatin1String("view")).toObject() : state;
    // Everything is checked before anything changes, so a bad part leaves the whole window as it was.
    if (state.contains(QLatin1String("theme"))) {
        parts.theme = themeFromName(state.value(QLatin1String("theme")).toString());
        if (!parts.theme)
            return fail(tr("theme: unknown theme \"%1\"").arg(state.value(QLatin1String("theme")).toString()));
    }
    if (state.contains(QLatin1String("comparison"))) {
        parts.comparison = state.value(QLatin1String("comparison")).toObject();
        CompareSetup probeSetup;
        if (!probeSetup.fromJson(*parts.comparison, &error))
            return fail(tr("comparison: %1").arg(error));
    }
    ViewState probe;
    if (!probe.fromJson(parts.view, &error))
        return fail(error);
    emit viewOpened(parts);
    emit statusMessage(tr("Opened the view \"%1\"").arg(name), 4000);
    return true;
}

void SavedViewsMenu::deleteSavedView()
{
    if (!m_db)
        return;
    QStringList names;
    for (const SavedViewRecord& view : SavedViewStore(*m_db).all())
        names << view.name;
    const QString name = m_dialogs->chooseItem(m_window, tr("Delete Saved View"), tr("View to delete:"), names);
    if (name.isEmpty() || !m_dialogs->confirm(m_window, tr("Delete Saved View"),
                                              tr("Delete the saved view \"%1\"? This cannot be undone.").arg(name)))
        return;
    QString error;
    if (!SavedViewStore(*m_db).remove(name, &error)) {
        m_dialogs->showError(m_window, tr("Delete Saved View"), tr("\"%1\" could not be deleted: %2").arg(name, error));
        return;
    }
    QMetaObject::invokeMethod(this, &SavedViewsMenu::rebuild, Qt::QueuedConnection);
    emit statusMessage(tr("Deleted the view \"%1\"").arg(name), 4000);
}

} // namespace seance
