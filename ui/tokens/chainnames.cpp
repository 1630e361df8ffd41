// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/tokens/chainnames.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace seance {

QString chainDisplayName(const QString& chainId)
{
    // Proper names, not translated; "unknown" is a word and is.
    static constexpr std::array<std::pair<const char*, const char*>, 18> names = {{
        {"xrpl", "XRP Ledger"},
        {"icp", "Internet Computer"},
        {"ethereum", "Ethereum"},
        {"dogecoin", "Dogecoin"},
        {"bitcoin", "Bitcoin"},
        {"solana", "Solana"},
        {"base", "Base"},
        {"bsc", "BNB Smart Chain"},
        {"polygon", "Polygon"},
        {"arbitrum", "Arbitrum"},
        {"optimism", "Optimism"},
        {"avalanche", "Avalanche"},
        {"tron", "TRON"},
        {"ton", "TON"},
        {"sui", "Sui"},
        {"cardano", "Cardano"},
        {"litecoin", "Litecoin"},
        {"near", "NEAR"},
    }};
    for (const auto& [id, name] : names) {
        if (chainId.compare(QLatin1String(id), Qt::CaseInsensitive) == 0)
            return QString::fromUtf8(name);
    }
    if (chainId.compare(QLatin1String("unknown"), Qt::CaseInsensitive) == 0)
        return QCoreApplication::translate("seance::TokenBrowser", "Unknown chain");
    return chainId;
}

} // namespace seance
