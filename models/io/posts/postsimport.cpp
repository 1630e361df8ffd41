// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/posts/postsimport.h"

#include "models/io/posts/importpipeline.h"
#include "models/io/posts/postparser.h"
#include "models/io/text/csvreader.h"
#include "models/io/text/linereader.h"
#include "models/storage/database.h"
#include "models/storage/postwriter.h"
#include "models/storage/walcheckpoint.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSemaphore>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <memory>
#include <vector>

namespace seance {
namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the same context the strings are translated with at run time.
struct PostsImportText
{
    Q_DECLARE_TR_FUNCTIONS(seance::PostsImport)
};

struct Batch
{
    std::vector<PostSlot> posts;
    int count = 0;
    QString readError; // the reader failed after `count` good posts
    qint64 readErrorLine = 0;
    qint64 bytesRead = 0; // the reader's position after this batch, for progress reports

    PostSlot& add(qint64 line)
    {
        if (static_cast<std::size_t>(count) == posts.size())
            posts.emplace_back();
        PostSlot& slot = posts[static_cast<std::size_t>(count++)];
        slot.reset(line);
        return slot;
    }
};

class Importer
{
public:
    Importer(const Database& db, QIODevice* device, const QString& sourceName, PostsFormat format,
             const PostsImportOptions& options)
        : m_db(db)
        , m_device(device)
        , m_source(sourceName)
        , m_csv(format == PostsFormat::Csv)
        , m_options(options)
    {
    }

    PostsImportResult run();

private:
    bool fill(Batch& batch);
    bool fillJson(Batch& batch);
    bool fillCsv(Batch& batch);
    bool check(const Batch& batch);
    bool insert(const Batch& batch, QString* error, qint64* errorLine);
    PostsImportResult fail(const QString& reason, qint64 line = 0, const QString& field = {});
    qint64 linesRead() const;

    const Database& m_db;
    QIODevice* m_device;
    QString m_source;
    bool m_csv;
    const PostsImportOptions& m_options;
    std::unique_ptr<LineReader> m_lines;
    std::unique_ptr<CsvReader> m_records;
    PostCsvColumns m_columns;
    std::unique_ptr<PostWriter> m_writer;
    QElapsedTimer m_timer;
    PostsImportResult m_result;
};

PostsImportResult Importer::fail(const QString& reason, qint64 line, const QString& field)
{
    m_result.ok = false;
    m_result.errorLine = line;
    m_result.errorField = field;
    QString where = m_source;
    if (line > 0)
        where += QLatin1Char(':') + QString::number(line);
    m_result.error = field.isEmpty() ? PostsImportText::tr("%1: %2").arg(where, reason)
                                     : PostsImportText::tr("%1: field \"%2\": %3").arg(where, field, reason);
    m_result.linesRead = linesRead();
    m_result.elapsedMs = m_timer.elapsed();
    return m_result;
}

qint64 Importer::linesRead() const
{
    if (m_lines)
        return m_lines->lineNumber();
    return m_records ? m_records->linesRead() : 0;
}

bool Importer::fillJson(Batch& batch)
{
    std::string_view line;
    while (batch.count < m_options.batchSize) {
        switch (m_lines->next(&line)) {
        case LineReader::Status::End:
            return false;
        case LineReader::Status::Error:
            batch.readError = m_lines->errorString();
            batch.readErrorLine = m_lines->lineNumber();
            return false;
        case LineReader::Status::Line:
            break;
        }
        if (line.find_first_not_of(" \t\r") == std::string_view::npos)
            continue; // blank lines separate nothing in JSON Lines
        batch.add(m_lines->lineNumber()).raw.assign(line);
    }
    return true;
}

bool Importer::fillCsv(Batch& batch)
{
    while (batch.count < m_options.batchSize) {
        switch (m_records->next()) {
        case CsvReader::Status::End:
            return false;
        case CsvReader::Status::Error:
            batch.readError = m_records->errorString();
            batch.readErrorLine = m_records->line();
            return false;
        case CsvReader::Status::Record:
            break;
        }
        m_columns.assign(m_records->fields(), batch.add(m_records->line()));
    }
    return true;
}

bool Importer::fill(Batch& batch)
{
    batch.count = 0;
    batch.readError.clear();
    batch.readErrorLine = 0;
    const bool more = m_csv ? fillCsv(batch) : fillJson(batch);
    batch.bytesRead = m_lines ? m_lines->bytesRead() : m_records->bytesRead();
    return more;
}

bool Importer::check(const Batch& batch)
{
    for (int i = 0; i < batch.count; ++i) {
        const PostSlot& slot = batch.posts[static_cast<std::size_t>(i)];
        if (slot.failed()) {
            fail(slot.errorReason, slot.line, slot.errorField);
            return false;
        }
    }
    if (!batch.readError.isEmpty()) {
        fail(batch.readError, batch.readErrorLine);
        return false;
    }
    return true;
}

bool Importer::insert(const Batch& batch, QString* error, qint64* errorLine)
{
    PostView view;
    view.isSample = m_options.markAsSample;
    for (int i = 0; i < batch.count; ++i) {
        const PostSlot& slot = batch.posts[static_cast<std::size_t>(i)];
        view.externalId = slot.id;
        view.tokenId = slot.token;
        view.narrativeId = slot.narrative;
        view.postedAt = slot.postedAt;
        view.author = slot.author;
        view.lang = slot.lang;
        view.text = slot.text;
        view.engagement = slot.engagementValue;
        view.compound = slot.compound;
        view.pos = slot.pos;
        view.neu = slot.neu;
        view.neg = slot.neg;
        if (m_writer->insert(view, error) == PostWriter::Result::Failed) {
            *errorLine = slot.line;
            return false;
        }
    }
    return true;
}

PostsImportResult Importer::run()
{
    m_timer.start();
    if (!m_db.isOpen())
        return fail(PostsImportText::tr("the database is not open"));
    if (m_options.batchSize < 1)
        return fail(PostsImportText::tr("the batch size must be positive"));

    QString error;
    if (m_csv) {
        m_records = std::make_unique<CsvReader>(m_device);
        const CsvReader::Status status = m_records->next();
        if (status == CsvReader::Status::Error)
            return fail(m_records->errorString(), m_records->line());
        if (status == CsvReader::Status::End)
            return fail(PostsImportText::tr("the file is empty; a CSV file needs a header row"), 1);
        const auto columns = PostCsvColumns::fromHeader(m_records->fields(), &error);
        if (!columns)
            return fail(error, m_records->line());
        m_columns = *columns;
    } else {
        m_lines = std::make_unique<LineReader>(m_device);
    }

    const ImportSettingsScope settings(m_db.handle());
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return fail(PostsImportText::tr("cannot start a transaction: %1").arg(transaction.error()));
    // Read inside the transaction, so that no other connection can remove an id between check and insert.
    KnownSubjects subjects;
    if (!subjects.load(m_db, &error))
        return fail(error);
    const PostParser parser(subjects, m_options.score);
    m_writer = std::make_unique<PostWriter>(m_db);
    if (!m_writer->prepare(&error))
        return fail(error);

    // This thread inserts; one core fewer parses and scores, so the two stages do not fight over cores.
    QThreadPool ownPool;
    ownPool.setMaxThreadCount(qMax(1, QThread::idealThreadCount() - 1));
    QThreadPool* pool = m_options.pool ? m_options.pool : &ownPool;
    const bool csv = m_csv;
    auto process = [&parser, csv](PostSlot& slot) {
        if (csv)
            parser.parseCsv(slot);
        else
            parser.parseJson(slot);
    };
    // Reading is part of the task too, so that the inserting thread, the import's serial stage, does
    // nothing but insert. The reader is touched only by this task, one at a time; `more` is read after the
    // task's future has finished.
    bool more = true;
    auto start = [&](Batch& batch) {
        return QtConcurrent::run(pool, [&, target = &batch] {
            more = fill(*target);
            forEachOnIdleThreads(pool, target->posts.begin(), target->count, process);
        });
    };
    const qint64 totalBytes = m_device->isSequential() ? 0 : m_device->size();

    // Two batches alternate: the pool parses and scores one while this thread inserts the other, so the
    // single-threaded SQLite writer never waits for parsing and the insert order stays the file order.
    Batch batches[2];
    int current = 0;
    qint64 flushedAt = 0;
    QFuture<void> pending = start(batches[0]);
    // Never leave a running map behind: it writes into the batches on this stack frame.
    const auto waitGuard = qScopeGuard([&pending] { pending.waitForFinished(); });
    for (;;) {
        pending.waitForFinished();
        Batch& batch = batches[current];
        if (!check(batch))
            return m_result;
        if (m_options.cancel && m_options.cancel->load()) {
            fail(PostsImportText::tr("cancelled"));
            m_result.cancelled = true;
            return m_result;
        }
        const bool hasNext = more;
        if (hasNext)
            pending = start(batches[1 - current]);
        qint64 errorLine = 0;
        if (!insert(batch, &error, &errorLine)) {
            pending.waitForFinished(); // the reader's line count is read below
            return fail(PostsImportText::tr("cannot store the post: %1").arg(error), errorLine);
        }
        if (m_writer->insertedCount() - flushedAt >= flushBucketsEvery) {
            if (!m_writer->flushBuckets(&error)) {
                pending.waitForFinished();
                return fail(PostsImportText::tr("cannot store the sentiment buckets: %1").arg(error));
            }
            flushedAt = m_writer->insertedCount();
        }
        if (m_options.progress)
            m_options.progress(batch.bytesRead, totalBytes);
        if (!hasNext)
            break;
        current = 1 - current;
    }

    const qint64 finishStartedMs = m_timer.elapsed();
    if (!m_writer->flushBuckets(&error))
        return fail(PostsImportText::tr("cannot store the sentiment buckets: %1").arg(error));
    if (!transaction.commit(&error))
        return fail(PostsImportText::tr("cannot commit: %1").arg(error));
    m_result.finishMs = m_timer.elapsed() - finishStartedMs;
    checkpointInBackground(m_db.handle());

    m_result.ok = true;
    m_result.inserted = m_writer->insertedCount();
    m_result.duplicates = m_writer->duplicateCount();
    m_result.unscored = m_writer->unscoredCount();
    m_result.linesRead = linesRead();
    m_result.elapsedMs = m_timer.elapsed();
    if (m_options.progress)
        m_options.progress(totalBytes, totalBytes);
    return m_result;
}

} // namespace

PostsImportResult importPosts(const Database& db, QIODevice* device, const QString& sourceName, PostsFormat format,
                              const PostsImportOptions& options)
{
    if (format == PostsFormat::Auto)
        format = QFileInfo(sourceName).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0
                     ? PostsFormat::Csv
                     : PostsFormat::JsonLines;
    Importer importer(db, device, sourceName, format, options);
    return importer.run();
}

PostsImportResult importPosts(const Database& db, const QString& path, const PostsImportOptions& options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        PostsImportResult result;
        result.error = PostsImportText::tr("%1: cannot open: %2").arg(path, file.errorString());
        return result;
    }
    return importPosts(db, &file, path, options.format, options);
}

} // namespace seance
