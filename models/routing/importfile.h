// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/io/social/socialpost.h"
#include "models/routing/socialimport.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace seance {

// What a file to import is: Seance's own dataset (.json) or posts (.jsonl, .csv), or an export of one of
// the places where token communities talk (Telegram, Reddit, X, Discord), which is routed by mentions.
struct ImportFileKind
{
    Q_DECLARE_TR_FUNCTIONS(seance::ImportFileKind)
public:
    enum class Kind { Dataset, Posts, Social };
    Kind kind = Kind::Posts;
    social::SocialFormat social = social::SocialFormat::Telegram;

    // format: "auto", "seance", "telegram", "reddit", "x" or "discord". "auto" reads the content: a Seance
    // dataset or posts file by its fields, an export by detectSocialFormat(). On failure error says what
    // was tried, or, for a file recognised as an export that then broke (a zip cut short), only why it broke.
    static std::optional<ImportFileKind> detect(const QString& path, const QString& format, QString* error);
    // "Telegram Desktop JSON", "Seance dataset", …
    QString title() const;
};

// The export at path as a stream of posts (readSocialFile with the format).
SocialSource socialFileSource(const QString& path, social::SocialFormat format);

} // namespace seance
