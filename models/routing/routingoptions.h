// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

namespace seance {

// Where imported posts go. Mentions: every token a post names and every narrative whose keywords it
// contains. Token / Narrative: every post to the one subject `target` (one community's export).
enum class RouteMode { Mentions, Token, Narrative };

struct RoutingOptions
{
    RouteMode mode = RouteMode::Mentions;
    QString target;        // the token or narrative id for RouteMode::Token / Narrative
    QString keepUnmatched; // a narrative id: posts that name nothing go there; empty: they are only counted
    // The user's answer for an ambiguous name, by the name as the workspace spells it (any case):
    // "GHOST" -> "icp-ghost". Used when neither the post, its chat or subreddit, nor the file decides.
    QHash<QString, QString> ambiguityChoices;
    QString fileContext; // the file's name without folders: it may name one of an ambiguous name's tokens
};

// "mentions", "token:ID" or "narrative:ID" as the command line and the settings spell the choice.
struct RouteSpec
{
    Q_DECLARE_TR_FUNCTIONS(seance::RouteSpec)
public:
    static std::optional<RoutingOptions> parse(const QString& text, QString* error);
    static QString format(const RoutingOptions& options);
};

} // namespace seance
