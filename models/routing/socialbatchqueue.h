// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/io/social/socialpost.h"
#include "models/routing/postrouter.h"
#include "models/sentiment/scoring/sentimentscore.h"

#include <QFuture>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <vector>

namespace seance {

// One post on its way through the import: as read, where it goes, its score.
struct SocialItem
{
    social::SocialPost post;
    PostRoute route;
    std::optional<SentimentScore> score;
};

// Posts are copied into reused items, so their strings keep their capacity from batch to batch.
struct SocialBatch
{
    std::vector<SocialItem> items;
    int count = 0;
    QFuture<void> processed; // routing and scoring on the pool; wait before reading the routes

    void add(const social::SocialPost& post)
    {
        if (static_cast<std::size_t>(count) == items.size())
            items.emplace_back();
        social::SocialPost& target = items[static_cast<std::size_t>(count++)].post;
        target.id.assign(post.id);
        target.postedAtMs = post.postedAtMs;
        target.author.assign(post.author);
        target.text.assign(post.text);
        target.lang.assign(post.lang);
        target.engagement = post.engagement;
        target.source.assign(post.source);
    }
};

// Hands batches from the reading thread to the storing thread, in order, with a fixed number of batches
// in flight so that memory stays flat however long the file is. stop() wakes both sides.
class SocialBatchQueue
{
public:
    void reset(int batches, int batchSize)
    {
        m_batches.assign(static_cast<std::size_t>(batches), {});
        for (SocialBatch& batch : m_batches) {
            batch.items.reserve(static_cast<std::size_t>(batchSize));
            m_free.push_back(&batch);
        }
    }

    // Reading side. Null once stopped.
    SocialBatch* takeFree()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stop || !m_free.empty(); });
        if (m_stop)
            return nullptr;
        SocialBatch* batch = m_free.front();
        m_free.pop_front();
        batch->count = 0;
        return batch;
    }
    void pushFull(SocialBatch* batch)
    {
        const std::lock_guard lock(m_mutex);
        m_full.push_back(batch);
        m_changed.notify_all();
    }
    void finish(const social::SocialReadReport& report)
    {
        const std::lock_guard lock(m_mutex);
        m_report = report;
        m_finished = true;
        m_changed.notify_all();
    }
    void setBytes(qint64 read, qint64 total)
    {
        m_bytesRead.store(read, std::memory_order_relaxed);
        m_totalBytes.store(total, std::memory_order_relaxed);
    }

    // Storing side. Null when the reader has finished and every batch was taken, or once stopped.
    SocialBatch* takeFull()
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_stop || !m_full.empty() || m_finished; });
        if (m_stop || m_full.empty())
            return nullptr;
        SocialBatch* batch = m_full.front();
        m_full.pop_front();
        return batch;
    }
    void giveBack(SocialBatch* batch)
    {
        const std::lock_guard lock(m_mutex);
        m_free.push_back(batch);
        m_changed.notify_all();
    }
    void stop()
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
        m_stopFlag.store(true);
        m_changed.notify_all();
    }

    // Waits for the pool to finish with every batch: their items belong to this queue.
    void waitForProcessing()
    {
        for (SocialBatch& batch : m_batches)
            batch.processed.waitForFinished();
    }

    const std::atomic_bool* stopFlag() const { return &m_stopFlag; }
    social::SocialReadReport readReport() const
    {
        const std::lock_guard lock(m_mutex);
        return m_report;
    }
    qint64 bytesRead() const { return m_bytesRead.load(std::memory_order_relaxed); }
    qint64 totalBytes() const { return m_totalBytes.load(std::memory_order_relaxed); }

private:
    std::vector<SocialBatch> m_batches;
    std::deque<SocialBatch*> m_free;
    std::deque<SocialBatch*> m_full;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_stop = false;
    bool m_finished = false;
    std::atomic_bool m_stopFlag = false;
    social::SocialReadReport m_report;
    std::atomic<qint64> m_bytesRead = 0;
    std::atomic<qint64> m_totalBytes = 0;
};

} // namespace seance
