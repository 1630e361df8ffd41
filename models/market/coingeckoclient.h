// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/market/coinmetadata.h"
#include "models/market/markettable.h"

#include <QByteArray>
#include <QString>
#include <QUrlQuery>

#include <atomic>
#include <functional>

namespace seance {

// Where and how to ask CoinGecko's public API v3. The key is the user's, from the settings: it is sent in the
// x-cg-demo-api-key header and never stored in a workspace or an export.
struct CoinGeckoSettings
{
    QString baseUrl = QStringLiteral("https://api.coingecko.com/api/v3");
    QString apiKey;
    int timeoutMs = 30000;     // no byte for this long: a timeout
    int maxAttempts = 4;       // a 429 is retried this often in all
    int firstBackoffMs = 5000; // then doubled each time, unless the server says Retry-After
    int maxBackoffMs = 60000;

    static CoinGeckoSettings fromAppSettings();
};

// The free API's history limit: more days need a paid plan (error 10012).
inline constexpr int coinGeckoFreeHistoryDays = 365;

enum class FetchFailure { None, Cancelled, Offline, Timeout, RateLimited, Http, Malformed, PaidPlan, NotFound };

struct FetchControl
{
    std::function<void(const QString& status)> status; // "Waiting 8 s: CoinGecko's rate limit…"
    const std::atomic_bool* cancel = nullptr;
};

struct FetchResult
{
    FetchFailure failure = FetchFailure::None;
    QString message; // for the user, when failure != None
    bool ok() const { return failure == FetchFailure::None; }
};

// Blocking calls with their own event loop, for a worker thread (the window's progress dialog) or the command line.
// Nothing is written anywhere: the caller stores the result only when it is complete.
FetchResult fetchMarketChart(const CoinGeckoSettings& settings, const QString& coinId, int days,
                             const FetchControl& control, MarketTable* table);
FetchResult fetchCoinMetadata(const CoinGeckoSettings& settings, const QString& coinId, const FetchControl& control,
                              CoinMetadata* metadata);

} // namespace seance
