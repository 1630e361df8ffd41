// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/sentiment/buckets/bucketquery.h"
#include "models/sentiment/scoring/postlanguage.h"

#include <QObject>
#include <QThreadPool>

namespace seance {

// The token table's columns under a language filter, read on a worker thread with its own connection
// (languageTokenSummaries folds raw posts). Only the newest request's answer is delivered.
class TokenSummaryLoader final : public QObject
{
    Q_OBJECT
public:
    explicit TokenSummaryLoader(QObject* parent = nullptr);
    ~TokenSummaryLoader() override;

    void request(const QString& databasePath, Metric metric, PostLanguage language);
    // Drops the answer of every pending request.
    void cancel() { ++m_generation; }
    bool isBusy() const { return m_running > 0; }

signals:
    void loaded(const QList<seance::TokenSummary>& summaries, seance::Metric metric);

private:
    QThreadPool m_pool;
    quint64 m_generation = 0;
    int m_running = 0;
};

} // namespace seance
