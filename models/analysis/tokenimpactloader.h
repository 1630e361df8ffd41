// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/analysis/tokenimpactrows.h"
#include "models/analysis/workspaceworker.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace seance {

struct TokenImpactRequest
{
    QString databasePath;
    QList<EventRecord> events;
    QStringList tokenIds;
    QHash<QString, QString> titles;
    Metric metric = Metric::Mean;
    int days = 7;
};

struct TokenImpactResult
{
    quint64 generation = 0;
    QList<EventImpactRow> rows;
    QHash<QString, PriceImpact> prices; // keyed by tokenPriceKey()
    QString error;
};

// Measures every event on some tokens off the GUI thread, with a connection of its own. Each request makes the
// earlier ones stale: a stale result is dropped, never delivered.
class TokenImpactLoader final : public QObject
{
    Q_OBJECT
public:
    explicit TokenImpactLoader(QObject* parent = nullptr);
    ~TokenImpactLoader() override;

    quint64 request(const TokenImpactRequest& request);
    void cancel();
    bool isBusy() const { return m_running > 0; }

signals:
    void loaded(const seance::TokenImpactResult& result);

private:
    WorkspaceWorker m_worker;
    std::shared_ptr<std::atomic<quint64>> m_latest;
    quint64 m_generation = 0;
    int m_running = 0;
};

// The computation the loader runs, for tests and the command line: rows and prices of one request.
TokenImpactResult computeTokenImpacts(const Database& db, const TokenImpactRequest& request);

} // namespace seance
