// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/routing/socialimport.h"

#include "models/io/posts/importpipeline.h"
#include "models/routing/postrouter.h"
#include "models/routing/socialbatchqueue.h"
#include "models/storage/database.h"
#include "models/storage/postwriter.h"
#include "models/storage/walcheckpoint.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <thread>

namespace seance {
namespace {

// The context of the existing translations (lupdate filed this file's strings under "seance::SocialImporter").
struct SocialImportText
{
    Q_DECLARE_TR_FUNCTIONS(seance::SocialImporter)
};

std::string_view utf8Of(const std::string& s)
{
    return {s.data(), s.size()};
}

class SocialImporter
{
public:
    SocialImporter(const Database& db, const SocialSource& source, const QString& sourceName,
                   const SocialImportOptions& options)
        : m_db(db)
        , m_source(source)
        , m_sourceName(sourceName)
        , m_options(options)
    {
    }

    SocialImportReport run();

private:
    SocialImportReport& fail(const QString& reason)
    {
        m_report.ok = false;
        m_report.error = reason;
        return m_report;
    }
    void readAll(QThreadPool* pool);
    bool store(const SocialBatch& batch, QString* error);
    void keepPreview(const SocialItem& item);
    void finishReport();

    const Database& m_db;
    const SocialSource& m_source;
    QString m_sourceName;
    const SocialImportOptions& m_options;
    std::unique_ptr<PostRouter> m_router;
    std::unique_ptr<PostWriter> m_writer;
    std::vector<std::string> m_subjectIds; // UTF-8, parallel to the index's subjects
    std::vector<qint64> m_perSubject;
    std::vector<PostSubjectRef> m_alsoAbout;
    std::vector<qint64> m_perAmbiguousTerm;
    SocialBatchQueue m_queue;
    SocialImportReport m_report;
};

// The reading thread: fills batches from the source and hands each to the pool to be routed and scored, so
// that reading the next batch overlaps with that work. The storing thread takes the batches in file order.
void SocialImporter::readAll(QThreadPool* pool)
{
    social::SocialReadOptions readOptions;
    readOptions.excludeBots = m_options.excludeBots;
    readOptions.cancel = m_queue.stopFlag();
    readOptions.progress = [this](qint64 read, qint64 total) { m_queue.setBytes(read, total); };
    // Members only: the tasks may outlive this frame (the storing thread waits for them).
    auto process = [router = m_router.get(), score = &m_options.score](SocialItem& item) {
        router->route(item.post.text, item.post.source, item.route);
        item.score.reset();
        if (*score && !item.route.subjects.empty()) {
            const SentimentScore s = (*score)(item.post.text, item.post.lang);
            if (s.scored)
                item.score = s;
        }
    };
    SocialBatch* batch = nullptr;
    auto ship = [&] {
        batch->processed = QtConcurrent::run(pool, [pool, target = batch, process] {
            forEachOnIdleThreads(pool, target->items.begin(), target->count, process);
        });
        m_queue.pushFull(batch);
        batch = nullptr;
    };
    const social::SocialReadReport read = m_source(readOptions, [&](const social::SocialPost& post) {
        if (!batch) {
            batch = m_queue.takeFree();
            if (!batch)
                return false; // stopped
        }
        batch->add(post);
        if (batch->count >= m_options.batchSize)
            ship();
        return true;
    });
    if (batch && batch->count > 0 && read.ok)
        ship();
    else if (batch)
        m_queue.giveBack(batch);
    m_queue.finish(read);
}

void SocialImporter::keepPreview(const SocialItem& item)
{
    SocialPreviewPost preview;
    preview.postedAtMs = item.post.postedAtMs;
    preview.author = QString::fromStdString(item.post.author);
    preview.text = QString::fromStdString(item.post.text);
    preview.source = QString::fromStdString(item.post.source);
    const auto& subjects = m_router->index().subjects();
    for (const int subject : item.route.subjects)
        preview.routedTo.append(subjects[static_cast<std::size_t>(subject)].label);
    for (const int term : item.route.ambiguousTerms)
        preview.ambiguous.append(m_router->index().masker().terms().at(term));
    if (item.score)
        preview.compound = item.score->compound;
    m_report.preview.append(preview);
}

bool SocialImporter::store(const SocialBatch& batch, QString* error)
{
    const auto& subjects = m_router->index().subjects();
    PostView view;
    for (int i = 0; i < batch.count; ++i) {
        const SocialItem& item = batch.items[static_cast<std::size_t>(i)];
        const PostRoute& route = item.route;
        ++m_report.posts;
        if (m_report.preview.size() < m_options.previewLimit)
            keepPreview(item);
        if (route.ambiguous()) {
            ++m_report.ambiguous;
            for (const int term : route.ambiguousTerms)
                ++m_perAmbiguousTerm[static_cast<std::size_t>(term)];
        }
        m_report.unmatched += route.unmatched ? 1 : 0;
        m_report.keptUnmatched += route.kept ? 1 : 0;
        if (route.subjects.empty())
            continue;
        if (!m_options.dryRun) {
            view.externalId = utf8Of(item.post.id);
            view.tokenId = {};
            view.narrativeId = {};
            m_alsoAbout.clear();
            // The first token and narrative go into the post's own columns, any further one to post_subjects.
            for (const int subject : route.subjects) {
                const SubjectKind kind = subjects[static_cast<std::size_t>(subject)].kind;
                const std::string_view id = utf8Of(m_subjectIds[static_cast<std::size_t>(subject)]);
                std::string_view& slot = kind == SubjectKind::Token ? view.tokenId : view.narrativeId;
                if (slot.empty())
                    slot = id;
                else
                    m_alsoAbout.push_back({kind, id});
            }
            view.alsoAbout = m_alsoAbout;
            view.postedAt = item.post.postedAtMs;
            view.author = utf8Of(item.post.author);
            view.lang = utf8Of(item.post.lang);
            view.text = utf8Of(item.post.text);
            view.engagement = item.post.engagement;
            view.compound = item.score ? std::optional<double>(item.score->compound) : std::nullopt;
            view.pos = item.score ? item.score->pos : 0;
            view.neu = item.score ? item.score->neu : 0;
            view.neg = item.score ? item.score->neg : 0;
            const PostWriter::Result result = m_writer->insert(view, error);
            if (result == PostWriter::Result::Failed)
                return false;
            if (result == PostWriter::Result::Duplicate)
                continue;
        } else if (!item.score && m_options.score) {
            ++m_report.unscored;
        }
        ++m_report.routed;
        m_report.multiSubject += route.subjects.size() > 1 ? 1 : 0;
        for (const int subject : route.subjects)
            ++m_perSubject[static_cast<std::size_t>(subject)];
        const qint64 t = item.post.postedAtMs;
        m_report.firstMs = m_report.routed == 1 ? t : std::min(m_report.firstMs, t);
        m_report.lastMs = m_report.routed == 1 ? t : std::max(m_report.lastMs, t);
    }
    return true;
}

void SocialImporter::finishReport()
{
    const NameIndex& index = m_router->index();
    for (std::size_t i = 0; i < m_perSubject.size(); ++i) {
        if (m_perSubject[i] == 0)
            continue;
        const RoutingSubject& subject = index.subjects()[i];
        m_report.subjects.append({subject.kind, subject.id, subject.label, m_perSubject[i]});
    }
    std::stable_sort(m_report.subjects.begin(), m_report.subjects.end(),
                     [](const SocialSubjectCount& a, const SocialSubjectCount& b) { return a.posts > b.posts; });
    for (std::size_t term = 0; term < m_perAmbiguousTerm.size(); ++term) {
        if (m_perAmbiguousTerm[term] > 0)
            m_report.ambiguousNames.append(
                {index.masker().terms().at(static_cast<int>(term)), m_perAmbiguousTerm[term]});
    }
    if (m_writer) {
        m_report.inserted = m_writer->insertedCount();
        m_report.duplicates = m_writer->duplicateCount();
        m_report.unscored = m_writer->unscoredCount();
    }
}

SocialImportReport SocialImporter::run()
{
    QElapsedTimer timer;
    timer.start();
    m_report.dryRun = m_options.dryRun;
    if (!m_db.isOpen())
        return fail(SocialImportText::tr("the database is not open"));
    if (m_options.batchSize < 1)
        return fail(SocialImportText::tr("the batch size must be positive"));

    QString error;
    std::optional<ImportSettingsScope> settings;
    std::optional<Transaction> transaction;
    if (!m_options.dryRun) {
        settings.emplace(m_db.handle());
        transaction.emplace(m_db);
        if (!transaction->isActive())
            return fail(SocialImportText::tr("cannot start a transaction: %1")
                            .arg(QString::fromUtf8(sqlite3_errmsg(m_db.handle()))));
    }
    // Read inside the transaction, so that no other connection changes a name between routing and insert.
    auto names = m_options.names;
    if (!names) {
        names = std::make_shared<const NameIndex>(NameIndex::fromDatabase(m_db, &error));
        if (!error.isEmpty())
            return fail(error);
    }
    m_router = PostRouter::create(names, m_options.routing, &error);
    if (!m_router)
        return fail(error);
    for (const RoutingSubject& subject : names->subjects())
        m_subjectIds.push_back(subject.id.toStdString());
    m_perSubject.assign(m_subjectIds.size(), 0);
    m_perAmbiguousTerm.assign(static_cast<std::size_t>(names->masker().terms().size()), 0);
    if (!m_options.dryRun) {
        m_writer = std::make_unique<PostWriter>(m_db);
        if (!m_writer->prepare(&error))
            return fail(error);
    }

    QThreadPool ownPool;
    ownPool.setMaxThreadCount(qMax(1, QThread::idealThreadCount() - 1));
    QThreadPool* pool = m_options.pool ? m_options.pool : &ownPool;
    // Four batches in flight: one being read, one routed and scored, one stored, one spare.
    m_queue.reset(4, m_options.batchSize);
    std::thread reader([this, pool] { readAll(pool); });
    const auto joinGuard = qScopeGuard([&] {
        m_queue.stop();
        reader.join();
        m_queue.waitForProcessing();
    });

    qint64 flushedAt = 0;
    while (SocialBatch* batch = m_queue.takeFull()) {
        batch->processed.waitForFinished();
        const auto giveBack = qScopeGuard([&] { m_queue.giveBack(batch); });
        if (m_options.cancel && m_options.cancel->load()) {
            m_report.cancelled = true;
            return fail(SocialImportText::tr("cancelled"));
        }
        if (!store(*batch, &error))
            return fail(SocialImportText::tr("%1: cannot store the post: %2").arg(m_sourceName, error));
        if (m_writer && m_writer->insertedCount() - flushedAt >= flushBucketsEvery) {
            if (!m_writer->flushBuckets(&error))
                return fail(SocialImportText::tr("cannot store the sentiment buckets: %1").arg(error));
            flushedAt = m_writer->insertedCount();
        }
        if (m_options.progress)
            m_options.progress(m_queue.bytesRead(), m_queue.totalBytes());
    }
    m_report.read = m_queue.readReport();
    if (m_options.cancel && m_options.cancel->load()) {
        m_report.cancelled = true;
        return fail(SocialImportText::tr("cancelled"));
    }
    if (!m_report.read.ok) {
        m_report.cancelled = m_report.read.cancelled;
        return fail(m_report.read.error.isEmpty()
                        ? SocialImportText::tr("%1: the file could not be read").arg(m_sourceName)
                        : m_report.read.error);
    }
    finishReport();
    if (m_writer) {
        if (!m_writer->flushBuckets(&error))
            return fail(SocialImportText::tr("cannot store the sentiment buckets: %1").arg(error));
        if (!transaction->commit(&error))
            return fail(SocialImportText::tr("cannot commit: %1").arg(error));
        checkpointInBackground(m_db.handle());
    }
    m_report.ok = true;
    m_report.elapsedMs = timer.elapsed();
    if (m_options.progress)
        m_options.progress(m_queue.totalBytes(), m_queue.totalBytes());
    return m_report;
}

} // namespace

SocialImportReport importSocialPosts(const Database& db, const SocialSource& source, const QString& sourceName,
                                     const SocialImportOptions& options)
{
    SocialImporter importer(db, source, sourceName, options);
    return importer.run();
}

} // namespace seance
