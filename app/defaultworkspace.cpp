// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/defaultworkspace.h"

#include "models/appsettings.h"
#include "models/io/sample/sampledatabase.h"
#include "models/sentiment/workspacescoring.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
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

} // namespace seance
