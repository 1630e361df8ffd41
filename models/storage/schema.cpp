// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/schema.h"

#include "models/storage/database.h"

#include <array>

namespace seance::schema {
namespace {

// Version 1: the catalogue and the raw posts.
// Token identity is chain + address (issuer, contract or canister); where the address is unknown the
// id slug disambiguates, so two unrelated "GHOST" tokens never collide on their ticker.
constexpr const char* migrationTo1 = R"sql(
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE tokens (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    symbol       TEXT NOT NULL,
    chain        TEXT NOT NULL,
    address      TEXT,
    address_kind TEXT CHECK (address_kind IN ('issuer', 'contract', 'canister', 'native')),
    status       TEXT NOT NULL DEFAULT 'live' CHECK (status IN ('live', 'hypothetical', 'defunct', 'unknown')),
    tagline      TEXT,
    description  TEXT,
    launched_at  INTEGER,
    total_supply TEXT,
    supply_note  TEXT,
    aliases      TEXT NOT NULL DEFAULT '[]',
    links        TEXT NOT NULL DEFAULT '[]',
    sources      TEXT NOT NULL DEFAULT '[]',
    UNIQUE (chain, address)
);
CREATE INDEX tokens_symbol ON tokens (symbol);
CREATE TABLE tags (
    token_id TEXT NOT NULL REFERENCES tokens (id) ON DELETE CASCADE ON UPDATE CASCADE,
    tag      TEXT NOT NULL,
    PRIMARY KEY (token_id, tag)
) WITHOUT ROWID;
CREATE INDEX tags_tag ON tags (tag);
CREATE TABLE narratives (
    id       TEXT PRIMARY KEY,
    title    TEXT NOT NULL,
    summary  TEXT,
    color    TEXT,
    keywords TEXT NOT NULL DEFAULT '[]',
    sources  TEXT NOT NULL DEFAULT '[]'
);
CREATE TABLE events (
    id           TEXT PRIMARY KEY,
    narrative_id TEXT REFERENCES narratives (id) ON DELETE CASCADE ON UPDATE CASCADE,
    occurred_at  INTEGER NOT NULL,
    title        TEXT NOT NULL,
    kind         TEXT,
    description  TEXT,
    sources      TEXT NOT NULL DEFAULT '[]'
);
CREATE INDEX events_time ON events (occurred_at);
CREATE INDEX events_narrative ON events (narrative_id, occurred_at);
CREATE TABLE event_tokens (
    event_id TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE ON UPDATE CASCADE,
    token_id TEXT NOT NULL REFERENCES tokens (id) ON DELETE CASCADE ON UPDATE CASCADE,
    PRIMARY KEY (event_id, token_id)
) WITHOUT ROWID;
CREATE INDEX event_tokens_token ON event_tokens (token_id);
CREATE TABLE posts (
    id           INTEGER PRIMARY KEY,
    external_id  TEXT UNIQUE,
    token_id     TEXT REFERENCES tokens (id) ON DELETE CASCADE ON UPDATE CASCADE,
    narrative_id TEXT REFERENCES narratives (id) ON DELETE CASCADE ON UPDATE CASCADE,
    posted_at    INTEGER NOT NULL,
    author       TEXT,
    lang         TEXT,
    text         TEXT NOT NULL,
    engagement   INTEGER NOT NULL DEFAULT 0,
    compound     REAL,
    pos          REAL,
    neu          REAL,
    neg          REAL,
    is_sample    INTEGER NOT NULL DEFAULT 0,
    CHECK (token_id IS NOT NULL OR narrative_id IS NOT NULL)
);
CREATE INDEX posts_token_time ON posts (token_id, posted_at) WHERE token_id IS NOT NULL;
CREATE INDEX posts_narrative_time ON posts (narrative_id, posted_at) WHERE narrative_id IS NOT NULL;
CREATE INDEX posts_time ON posts (posted_at);
PRAGMA user_version = 1;
)sql";

// Version 2: pre-aggregated sentiment, imported series and saved views.
// subject_kind: 0 = token, 1 = narrative. granularity: 0 = hour, 1 = day, 2 = week (UTC, weeks from Monday).
constexpr const char* migrationTo2 = R"sql(
CREATE TABLE sentiment_buckets (
    subject_kind   INTEGER NOT NULL,
    subject_id     TEXT NOT NULL,
    granularity    INTEGER NOT NULL,
    bucket_start   INTEGER NOT NULL,
    n              INTEGER NOT NULL DEFAULT 0,
    n_scored       INTEGER NOT NULL DEFAULT 0,
    n_pos          INTEGER NOT NULL DEFAULT 0,
    n_neg          INTEGER NOT NULL DEFAULT 0,
    n_unscored     INTEGER NOT NULL DEFAULT 0,
    sum_compound   REAL NOT NULL DEFAULT 0,
    sum_weight     REAL NOT NULL DEFAULT 0,
    sum_weighted_compound REAL NOT NULL DEFAULT 0,
    PRIMARY KEY (subject_kind, subject_id, granularity, bucket_start)
) WITHOUT ROWID;
CREATE INDEX sentiment_buckets_time ON sentiment_buckets (granularity, bucket_start);
CREATE TABLE series (
    id           TEXT PRIMARY KEY,
    token_id     TEXT REFERENCES tokens (id) ON DELETE CASCADE ON UPDATE CASCADE,
    narrative_id TEXT REFERENCES narratives (id) ON DELETE CASCADE ON UPDATE CASCADE,
    metric       TEXT NOT NULL,
    source       TEXT
);
CREATE TABLE series_points (
    series_id TEXT NOT NULL REFERENCES series (id) ON DELETE CASCADE ON UPDATE CASCADE,
    t         INTEGER NOT NULL,
    value     REAL NOT NULL,
    PRIMARY KEY (series_id, t)
) WITHOUT ROWID;
CREATE TABLE saved_views (
    name       TEXT PRIMARY KEY,
    state      TEXT NOT NULL,
    created_at INTEGER NOT NULL
);
PRAGMA user_version = 2;
)sql";

// Version 3: a post can be about several subjects (it names two tokens). posts.token_id and narrative_id hold
// its first token and first narrative; post_subjects holds each further one, so the post is stored once,
// counted in every subject's buckets and listed under each. Posts with one subject, which is most of them,
// have no rows here. subject_kind as in sentiment_buckets. The columns are declared in the key's order: SQLite
// 3.40's quick_check misreads a WITHOUT ROWID table whose key lists them in another order ("NULL value in").
constexpr const char* migrationTo3 = R"sql(
CREATE TABLE post_subjects (
    subject_kind INTEGER NOT NULL,
    subject_id   TEXT NOT NULL,
    posted_at    INTEGER NOT NULL,
    post_id      INTEGER NOT NULL REFERENCES posts (id) ON DELETE CASCADE,
    PRIMARY KEY (subject_kind, subject_id, posted_at, post_id)
) WITHOUT ROWID;
CREATE INDEX post_subjects_post ON post_subjects (post_id);
PRAGMA user_version = 3;
)sql";

// Version 4, market data: a token's optional CoinGecko id (what the fetch asks the API for) and the unit of a
// series' values (a price's currency, such as "USD"; empty when the source did not say).
constexpr const char* migrationToMarket = R"sql(
ALTER TABLE tokens ADD COLUMN coingecko_id TEXT;
ALTER TABLE series ADD COLUMN unit TEXT;
)sql";

constexpr std::array<const char*, currentVersion> migrations = {migrationTo1, migrationTo2, migrationTo3,
                                                                migrationToMarket};

} // namespace

bool migrate(sqlite3* handle, int fromVersion, int toVersion, QString* error)
{
    for (int version = fromVersion; version < toVersion; ++version) {
        const QByteArray setVersion = "PRAGMA user_version = " + QByteArray::number(version + 1);
        if (!execSql(handle, migrations.at(static_cast<std::size_t>(version)), error) ||
            !execSql(handle, setVersion.constData(), error)) {
            if (error)
                *error = QStringLiteral("Migration to schema %1 failed: %2").arg(version + 1).arg(*error);
            return false;
        }
    }
    return true;
}

} // namespace seance::schema
