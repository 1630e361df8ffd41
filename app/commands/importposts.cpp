// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commands/importposts.h"

#include "models/io/posts/postsimport.h"
#include "models/sentiment/workspacescoring.h"
#include "models/storage/database.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace seance::cli {

int importPostsFile(CommandContext& context, const Database& db, const QString& path)
{
    auto tr = [](const char* text) { return QCoreApplication::translate("seance::cli::import", text); };
    PostsImportOptions options;
    options.score = workspaceScoreFunction(db, context.extraLexiconPath());
    const PostsImportResult result = importPosts(db, path, options);
    if (!result.ok) {
        context.err << result.error << Qt::endl << tr("Nothing was imported.") << Qt::endl;
        return 1;
    }
    context.out << tr("Imported %1 into %2:").arg(QFileInfo(path).fileName(), db.path()) << '\n'
                << tr("  posts        %1 (%2 duplicates skipped, %3 unscored)")
                       .arg(result.inserted)
                       .arg(result.duplicates)
                       .arg(result.unscored)
                << '\n'
                << tr("  lines read   %1 in %2 s").arg(result.linesRead).arg(double(result.elapsedMs) / 1000.0, 0, 'f', 1)
                << '\n';
    return 0;
}

} // namespace seance::cli
