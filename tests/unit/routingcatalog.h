// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small catalogue for routing tests: two tokens share the ticker GHOST (XRPL and ICP), each with an alias
// in Hangul or Kana, beside PEPE and DOGE and two narratives.

#include "models/sentiment/scoring/nameindex.h"
#include "models/storage/records.h"

#include <memory>

namespace seance::testing {

inline TokenRecord routingToken(const QString& id, const QString& name, const QString& symbol,
                                const QStringList& aliases)
{
    TokenRecord token;
    token.id = id;
    token.name = name;
    token.symbol = symbol;
    token.chain = id.section(QLatin1Char('-'), 0, 0);
    token.aliases = aliases;
    return token;
}

inline QList<TokenRecord> routingTokens()
{
    return {routingToken(QStringLiteral("xrpl-ghost-coin"), QStringLiteral("Ghost Coin"), QStringLiteral("GHOST"),
                         {QStringLiteral("xrpl ghost"), QStringLiteral("고스트")}),
            routingToken(QStringLiteral("icp-ghost"), QStringLiteral("IC GHOST"), QStringLiteral("GHOST"),
                         {QStringLiteral("icp ghost"), QStringLiteral("ゴースト")}),
            routingToken(QStringLiteral("ethereum-pepe"), QStringLiteral("Pepe"), QStringLiteral("PEPE"),
                         {QStringLiteral("pepe coin")}),
            routingToken(QStringLiteral("dogecoin-doge"), QStringLiteral("Dogecoin"), QStringLiteral("DOGE"), {})};
}

inline QList<NarrativeRecord> routingNarratives()
{
    NarrativeRecord ghosts;
    ghosts.id = QStringLiteral("summoning-ghosts");
    ghosts.title = QStringLiteral("Summoning ghosts");
    ghosts.keywords = {QStringLiteral("summoning ghosts"), QStringLiteral("karpathy")};
    NarrativeRecord other;
    other.id = QStringLiteral("misc");
    other.title = QStringLiteral("Everything else");
    return {ghosts, other};
}

inline std::shared_ptr<const NameIndex> routingIndex()
{
    return std::make_shared<const NameIndex>(routingTokens(), routingNarratives());
}

} // namespace seance::testing
