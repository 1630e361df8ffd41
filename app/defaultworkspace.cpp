// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/defaultworkspace.h"

#include "models/appsettings.h"
#include "models/io/sample/sampledatabase.h"
#include "models/sentiment/workspacescoring.h"
#include "models/viewstate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStandardPaths>

namespace seance {

QString defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/workspace.seance");
}

bool ensureWorkspaceExists(const QString& path, QString* error)
{
    if (QFileInfo::exists(path) ||
        QFileInfo(path).absoluteFilePath() != QFileInfo(defaultDatabasePath()).absoluteFilePath())
        return true;
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = QCoreApplication::translate("seance", "Cannot create the folder %1.")
                     .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
        return false;
    }
    return createSampleDatabase(path, SampleScorerFactory([](const Database& db) {
                                    return workspaceScoreFunction(
                                        db, AppSettings::value(Setting::ExtraLexiconPath).toString());
                                }),
                                error);
}

QJsonObject firstStartView()
{
    ViewState state;
    state.setSelectedTokens({QStringLiteral("xrpl-ghost-coin"), QStringLiteral("icp-ghost")});
    // Only the format version and the selection: the range and the metric stay the window's defaults (all data,
    // mean compound).
    const QJsonObject full = state.toJson();
    QJsonObject view;
    for (const QLatin1String key : {QLatin1String("version"), QLatin1String("selectedTokens")})
        view.insert(key, full.value(key));
    return view;
}

void prepareFirstStartView(bool workspaceWasCreated)
{
    // A view saved for an earlier workspace at this path means nothing for the fresh sample.
    if (workspaceWasCreated)
        AppSettings::setValue(Setting::ViewStateJson, QJsonDocument(firstStartView()).toJson(QJsonDocument::Compact));
}

} // namespace seance
