// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/analysis/tokenimpactloader.h"

#include "models/sentiment/buckets/bucketquery.h"

#include <QFutureWatcher>

namespace seance {

TokenImpactResult computeTokenImpacts(const Database& db, const TokenImpactRequest& request)
{
    TokenImpactResult result;
    BucketQuery query(db);
    const auto rows = tokenEventImpactRows(query, request.events, request.tokenIds, request.titles, request.metric,
                                           request.days, &result.error);
    if (!rows)
        return result;
    result.rows = *rows;
    result.prices = tokenPriceImpacts(db, request.events, request.tokenIds, request.days);
    return result;
}

TokenImpactLoader::TokenImpactLoader(QObject* parent)
    : QObject(parent)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
}

TokenImpactLoader::~TokenImpactLoader()
{
    cancel();
}

quint64 TokenImpactLoader::request(const TokenImpactRequest& request)
{
    const quint64 generation = ++m_generation;
    m_latest->store(generation);
    auto* watcher = new QFutureWatcher<TokenImpactResult>(this);
    connect(watcher, &QFutureWatcher<TokenImpactResult>::finished, this, [this, watcher] {
        --m_running;
        const TokenImpactResult result = watcher->result();
        watcher->deleteLater();
        if (result.generation == m_generation)
            emit loaded(result);
    });
    ++m_running;
    watcher->setFuture(m_worker.run<TokenImpactResult>(
        request.databasePath, [latest = m_latest, request, generation](const Database* db, const QString& error) {
            TokenImpactResult result;
            if (latest->load() == generation) {
                if (db)
                    result = computeTokenImpacts(*db, request);
                else
                    result.error = error;
            }
            result.generation = generation;
            return result;
        }));
    return generation;
}

void TokenImpactLoader::cancel()
{
    m_latest->store(++m_generation);
}

} // namespace seance
