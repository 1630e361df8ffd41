// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/routing/importfile.h"

#include "models/io/social/socialformat.h"
#include "models/io/social/socialreader.h"

#include <QFile>
#include <QFileInfo>

namespace seance {
namespace {

bool isSeancePostsSuffix(const QString& suffix)
{
    return suffix == QLatin1String("jsonl") || suffix == QLatin1String("ndjson") || suffix == QLatin1String("csv");
}

// The head of a Seance file names its own fields: "format": "seance-dataset" for a dataset, a "token" or
// "narrative" id in a posts line. Exports never carry those.
QByteArray head(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(64 * 1024) : QByteArray();
}

bool looksLikeSeanceDataset(const QByteArray& bytes)
{
    return bytes.contains("\"seance-dataset\"");
}

bool looksLikeSeancePosts(const QByteArray& bytes)
{
    const QByteArray firstLine = bytes.left(bytes.indexOf('\n'));
    return firstLine.contains("\"token\"") || firstLine.contains("\"narrative\"");
}

} // namespace

std::optional<ImportFileKind> ImportFileKind::detect(const QString& path, const QString& format, QString* error)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    ImportFileKind kind;
    if (format == QLatin1String("seance")) {
        if (suffix == QLatin1String("json")) {
            kind.kind = Kind::Dataset;
            return kind;
        }
        if (isSeancePostsSuffix(suffix))
            return kind;
        if (error)
            *error = tr("%1: a Seance file is a dataset (.json) or posts (.jsonl, .ndjson, .csv)").arg(path);
        return std::nullopt;
    }
    if (!format.isEmpty() && format != QLatin1String("auto")) {
        const auto social = social::socialFormatFromName(format);
        if (!social) {
            if (error)
                *error = tr("unknown format \"%1\": expected auto, seance, telegram, reddit, x or discord").arg(format);
            return std::nullopt;
        }
        kind.kind = Kind::Social;
        kind.social = *social;
        return kind;
    }
    if (info.isFile()) {
        const QByteArray bytes = head(path);
        if (suffix == QLatin1String("csv") || (isSeancePostsSuffix(suffix) && looksLikeSeancePosts(bytes)))
            return kind;
        if (suffix == QLatin1String("json") && looksLikeSeanceDataset(bytes)) {
            kind.kind = Kind::Dataset;
            return kind;
        }
    }
    QString detectError;
    bool fitsNone = false;
    const social::SocialFormat detected = social::detectSocialFormat(path, &detectError, &fitsNone);
    if (detectError.isEmpty()) {
        kind.kind = Kind::Social;
        kind.social = detected;
        return kind;
    }
    // A zip that breaks is an X archive gone wrong, not a misnamed Seance file: its reader's error is the
    // whole story.
    if (error && !fitsNone)
        *error = detectError;
    else if (error)
        *error = tr("%1\nNor is it a Seance dataset (.json with \"format\": \"seance-dataset\") or Seance posts "
                    "(.jsonl or .csv with a token or narrative field).")
                     .arg(detectError);
    return std::nullopt;
}

QString ImportFileKind::title() const
{
    switch (kind) {
    case Kind::Dataset:
        return tr("Seance dataset");
    case Kind::Posts:
        return tr("Seance posts");
    case Kind::Social:
        return social::socialFormatTitle(social);
    }
    return {};
}

SocialSource socialFileSource(const QString& path, social::SocialFormat format)
{
    return [path, format](const social::SocialReadOptions& options, const social::SocialPostHandler& handler) {
        return social::readSocialFile(path, format, options, handler);
    };
}

} // namespace seance
