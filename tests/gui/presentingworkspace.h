// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A small workspace for the presenting tests (export, themes, presentation mode): two tokens with posts on
// every day of three weeks, so each is drawn as exactly one line, and three events out of time order.
#pragma once

#include "models/storage/database.h"
#include "models/storage/eventstore.h"
#include "models/storage/narrativestore.h"
#include "models/storage/postwriter.h"
#include "models/storage/tokenstore.h"
#include "models/time/granularity.h"
#include "models/time/timerange.h"

#include <QString>

#include <cmath>

namespace seance::testing {

inline constexpr qint64 presentingDay0 = 1'759'276'800'000; // 2025-10-01T00:00Z
inline constexpr int presentingDays = 21;
inline const char* const presentingTokens[] = {"alpha", "beta"};

// Event ids in the order they are stored; their times are deliberately not in that order.
struct PresentingEvent
{
    const char* id;
    int day;
    const char* title;
};
inline constexpr PresentingEvent presentingEvents[] = {
    {"late", 15, "Late listing"}, {"early", 3, "Early thread"}, {"middle", 9, "Middle podcast"}};

inline bool createPresentingWorkspace(const QString& path, bool sample, QString* error)
{
    Database db;
    if (!db.open(path, error))
        return false;
    const char* const names[][2] = {{"Alpha Coin", "ALPHA"}, {"Beta Token", "BETA"}};
    for (int i = 0; i < 2; ++i) {
        TokenRecord token;
        token.id = QLatin1String(presentingTokens[i]);
        token.name = QLatin1String(names[i][0]);
        token.symbol = QLatin1String(names[i][1]);
        token.chain = QStringLiteral("test");
        if (!TokenStore(db).insert(token, error))
            return false;
    }
    NarrativeRecord narrative;
    narrative.id = QStringLiteral("story");
    narrative.title = QStringLiteral("The story");
    narrative.color = QStringLiteral("#b39ddb");
    if (!NarrativeStore(db).insert(narrative, error))
        return false;
    for (const PresentingEvent& e : presentingEvents) {
        EventRecord event;
        event.id = QLatin1String(e.id);
        event.narrativeId = narrative.id;
        event.occurredAt = presentingDay0 + e.day * dayMs + 12 * hourMs;
        event.title = QLatin1String(e.title);
        event.kind = QStringLiteral("post");
        if (!EventStore(db).insert(event, error))
            return false;
    }
    Transaction transaction(db);
    PostWriter writer(db);
    if (!writer.prepare(error))
        return false;
    for (int day = 0; day < presentingDays; ++day) {
        for (int t = 0; t < 2; ++t) {
            for (int i = 0; i < 3; ++i) {
                PostRecord post;
                post.tokenId = QLatin1String(presentingTokens[t]);
                post.postedAt = presentingDay0 + day * dayMs + (2 + 5 * i) * hourMs;
                post.text = QStringLiteral("post");
                post.compound = 0.7 * std::sin(day * 0.5 + t * 2.0 + i * 0.1);
                if (writer.insert(post, error) != PostWriter::Result::Inserted)
                    return false;
            }
        }
    }
    if (!writer.flushBuckets(error) || !transaction.commit(error))
        return false;
    return !sample || db.setMetaValue(QStringLiteral("sample_data"), QStringLiteral("1"), error);
}

} // namespace seance::testing
