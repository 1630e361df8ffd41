// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/social/xarchivefiles.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace seance::social {

namespace {

// tweets.js and tweet.js sort as part 0; -1 when the name is not a tweet file.
int tweetPartOf(const QString& fileName)
{
    static const QRegularExpression pattern(QStringLiteral("^tweets?(?:-part(\\d+))?\\.js$"));
    const QRegularExpressionMatch match = pattern.match(fileName);
    if (!match.hasMatch())
        return -1;
    return match.captured(1).isEmpty() ? 0 : match.captured(1).toInt();
}

// The tweet files among paths of one folder, in part order.
QStringList inPartOrder(const QStringList& paths)
{
    QList<std::pair<int, QString>> found;
    for (const QString& path : paths) {
        const int part = tweetPartOf(path.mid(path.lastIndexOf(QLatin1Char('/')) + 1));
        if (part >= 0)
            found.append({part, path});
    }
    std::sort(found.begin(), found.end());
    QStringList files;
    for (const auto& entry : found)
        files.append(entry.second);
    return files;
}

QString folderOf(const QString& entry)
{
    return entry.left(entry.lastIndexOf(QLatin1Char('/')) + 1); // "data/" or "" at the top
}

} // namespace

QStringList xArchiveTweetFiles(const QString& folder)
{
    QDir dir(folder);
    if (dir.exists(QStringLiteral("data")))
        dir.cd(QStringLiteral("data"));
    QStringList paths;
    for (const QString& name : dir.entryList(QDir::Files))
        paths.append(dir.filePath(name));
    return inPartOrder(paths);
}

QString xArchiveAccountFile(const QString& tweetFile)
{
    const QString candidate = QFileInfo(tweetFile).dir().filePath(QStringLiteral("account.js"));
    return QFileInfo::exists(candidate) ? candidate : QString();
}

QStringList xArchiveTweetEntries(const QStringList& entries)
{
    QString folder;
    bool inData = false;
    for (const QString& entry : entries) {
        if (tweetPartOf(entry.mid(entry.lastIndexOf(QLatin1Char('/')) + 1)) < 0)
            continue;
        const QString candidate = folderOf(entry);
        const bool isData = candidate == QLatin1String("data/") || candidate.endsWith(QLatin1String("/data/"));
        if (folder.isNull() || (isData && !inData)) {
            folder = candidate;
            inData = isData;
        }
    }
    if (folder.isNull())
        return {};
    QStringList sameFolder;
    for (const QString& entry : entries)
        if (folderOf(entry) == folder)
            sameFolder.append(entry);
    return inPartOrder(sameFolder);
}

QString xArchiveAccountEntry(const QStringList& entries, const QString& tweetEntry)
{
    const QString candidate = folderOf(tweetEntry) + QStringLiteral("account.js");
    return entries.contains(candidate) ? candidate : QString();
}

} // namespace seance::social
