// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/chart/tokensummaryloader.h"

#include "models/sentiment/buckets/languagebuckets.h"
#include "models/storage/database.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace seance {

TokenSummaryLoader::TokenSummaryLoader(QObject* parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
}

TokenSummaryLoader::~TokenSummaryLoader()
{
    cancel();
    m_pool.waitForDone();
}

void TokenSummaryLoader::request(const QString& databasePath, Metric metric, PostLanguage language)
{
    const quint64 generation = ++m_generation;
    auto* watcher = new QFutureWatcher<QList<TokenSummary>>(this);
    connect(watcher, &QFutureWatcher<QList<TokenSummary>>::finished, this, [this, watcher, generation, metric] {
        --m_running;
        const QList<TokenSummary> summaries = watcher->result();
        watcher->deleteLater();
        if (generation == m_generation)
            emit loaded(summaries, metric);
    });
    ++m_running;
    watcher->setFuture(QtConcurrent::run(&m_pool, [databasePath, metric, language] {
        // A connection of this thread's own, closed here; the window checked the file when it opened it.
        Database db;
        QString error;
        // Database::open would create a missing file; a summary must never do that behind the user's back.
        if (!QFileInfo::exists(databasePath) || !db.open(databasePath, &error, Database::Check::Skip))
            return QList<TokenSummary>();
        const auto summaries = languageTokenSummaries(db, metric, language, &error);
        if (!summaries)
            qWarning("Token summaries unavailable: %s", qUtf8Printable(error));
        return summaries.value_or(QList<TokenSummary>());
    }));
}

} // namespace seance
