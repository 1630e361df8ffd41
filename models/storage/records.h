// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace seance {

// Plain values that cross the storage, import/export and UI layers. Times are UTC milliseconds since
// the Unix epoch. An empty QString or an empty optional means "unknown": never a guessed value.

struct Link
{
    QString label;
    QString url;
    friend bool operator==(const Link&, const Link&) = default;
};

struct TokenRecord
{
    QString id;          // stable slug, e.g. "xrpl-ghost-coin"
    QString name;
    QString symbol;
    QString chain;       // e.g. "xrpl", "icp", "ethereum"
    QString address;     // issuer, contract or canister; empty when unknown
    QString addressKind; // "issuer", "contract", "canister", "native" or empty
    QString status = QStringLiteral("live"); // "live", "hypothetical", "defunct", "unknown"
    QString tagline;
    QString description;
    std::optional<qint64> launchedAt;
    QString totalSupply; // exact decimal string; empty when unknown
    QString supplyNote;
    QStringList tags;
    QStringList aliases; // extra names that the sentiment masker treats as names, not words
    QList<Link> links;
    QList<Link> sources;
    QString coingeckoId; // the coin's id in CoinGecko's API ("dogecoin"); empty when not linked
    friend bool operator==(const TokenRecord&, const TokenRecord&) = default;
};

struct NarrativeRecord
{
    QString id;
    QString title;
    QString summary;
    QString color; // "#rrggbb" or empty
    QStringList keywords;
    QList<Link> sources;
    friend bool operator==(const NarrativeRecord&, const NarrativeRecord&) = default;
};

struct EventRecord
{
    QString id;
    QString narrativeId; // may be empty
    qint64 occurredAt = 0;
    QString title;
    QString kind; // "podcast", "post", "launch", "article", ...
    QString description;
    QList<Link> sources;
    QStringList tokenIds;
    friend bool operator==(const EventRecord&, const EventRecord&) = default;
};

struct PostRecord
{
    QString externalId; // empty: no id, never treated as a duplicate
    QString tokenId;
    QString narrativeId;
    qint64 postedAt = 0;
    QString author;
    QString lang;
    QString text;
    qint64 engagement = 0;
    std::optional<double> compound; // empty: unscored (e.g. a script the lexicon does not cover)
    double pos = 0;
    double neu = 0;
    double neg = 0;
    bool isSample = false;
    friend bool operator==(const PostRecord&, const PostRecord&) = default;
};

struct SeriesPoint
{
    qint64 t = 0;
    double value = 0;
    friend bool operator==(const SeriesPoint&, const SeriesPoint&) = default;
};

struct SeriesRecord
{
    QString id;
    QString tokenId;
    QString narrativeId;
    QString metric; // e.g. "galaxy_score", "social_volume"
    QString source;
    QList<SeriesPoint> points;
    QString unit; // what the values count: a price's currency ("USD"); empty when unknown
    friend bool operator==(const SeriesRecord&, const SeriesRecord&) = default;
};

struct SavedViewRecord
{
    QString name;
    QString state; // JSON object text
    qint64 createdAt = 0;
    friend bool operator==(const SavedViewRecord&, const SavedViewRecord&) = default;
};

} // namespace seance
