// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/social/xarchivefiles.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace seance::social {

QStringList xArchiveTweetFiles(const QString& folder)
{
    QDir dir(folder);
    if (dir.exists(QStringLiteral("data")))
        dir.cd(QStringLiteral("data"));
    static const QRegularExpression pattern(QStringLiteral("^tweets?(?:-part(\\d+))?\\.js$"));
    QList<std::pair<int, QString>> found;
    for (const QString& name : dir.entryList(QDir::Files)) {
        const QRegularExpressionMatch match = pattern.match(name);
        if (match.hasMatch())
            found.append({match.captured(1).isEmpty() ? 0 : match.captured(1).toInt(), dir.filePath(name)});
    }
    std::sort(found.begin(), found.end());
    QStringList files;
    for (const auto& entry : found)
        files.append(entry.second);
    return files;
}

QString xArchiveAccountFile(const QString& tweetFile)
{
    const QString candidate = QFileInfo(tweetFile).dir().filePath(QStringLiteral("account.js"));
    return QFileInfo::exists(candidate) ? candidate : QString();
}

} // namespace seance::social
