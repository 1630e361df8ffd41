// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/sample/sampledatabase.h"

#include "models/io/dataset/datasetimport.h"
#include "models/io/dataset/datasetreader.h"
#include "models/io/sample/samplepostgenerator.h"
#include "models/storage/database.h"
#include "models/storage/postwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

namespace seance {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("seance::SampleDatabase", text);
}

// Removes the temporary database and SQLite's side files unless the build succeeded.
class PartialFile final
{
public:
    explicit PartialFile(QString path)
        : m_path(std::move(path))
    {
    }
    ~PartialFile()
    {
        if (m_path.isEmpty())
            return;
        for (const char* suffix : {"", "-wal", "-shm", "-journal"})
            QFile::remove(m_path + QLatin1String(suffix));
    }
    PartialFile(const PartialFile&) = delete;
    PartialFile& operator=(const PartialFile&) = delete;
    void release() { m_path.clear(); }

private:
    QString m_path;
};

struct SampleRecords
{
    QList<TokenRecord> tokens;
    QList<NarrativeRecord> narratives;
    QList<EventRecord> events;
};

// The generator needs the records in file order (it picks the first hyped token for the scare), so they are
// read again from the resource rather than from the stores.
bool readSampleRecords(SampleRecords* records, QString* error)
{
    QFile file(QString::fromLatin1(sampleDatasetResource));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the bundled sample dataset: %1").arg(file.errorString());
        return false;
    }
    auto collect = [records](DatasetRecord& record, QString*) {
        if (auto* token = std::get_if<TokenRecord>(&record.value))
            records->tokens.append(std::move(*token));
        else if (auto* narrative = std::get_if<NarrativeRecord>(&record.value))
            records->narratives.append(std::move(*narrative));
        else if (auto* event = std::get_if<EventRecord>(&record.value))
            records->events.append(std::move(*event));
        return true;
    };
    return readDataset(file, QFileInfo(file.fileName()).fileName(), collect, {}, error)
        == DatasetReadResult::Finished;
}

bool importFacts(const Database& db, const ScoreFunction& score, QString* error)
{
    QFile file(QString::fromLatin1(sampleDatasetResource));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("Cannot read the bundled sample dataset: %1").arg(file.errorString());
        return false;
    }
    DatasetImportOptions options;
    options.score = score;
    DatasetImportReport report;
    return importDataset(db, file, QFileInfo(file.fileName()).fileName(), options, &report, error);
}

bool insertPosts(Database& db, const SampleRecords& records, const ScoreFunction& score, QString* error)
{
    Transaction transaction(db);
    if (!transaction.isActive()) {
        *error = tr("Cannot start a transaction.");
        return false;
    }
    PostWriter writer(db);
    if (!writer.prepare(error))
        return false;
    bool ok = true;
    const SampleGeneratorOptions options = sampleOptionsFor(records.tokens, records.narratives, records.events);
    generateSamplePosts(options, [&](PostRecord&& post) {
        if (!ok)
            return;
        if (score) {
            const QByteArray text = post.text.toUtf8();
            const QByteArray lang = post.lang.toUtf8();
            const SentimentScore s = score(std::string_view(text.constData(), std::size_t(text.size())),
                                           std::string_view(lang.constData(), std::size_t(lang.size())));
            if (s.scored) {
                post.compound = s.compound;
                post.pos = s.pos;
                post.neu = s.neu;
                post.neg = s.neg;
            }
        }
        ok = writer.insert(post, error) == PostWriter::Result::Inserted;
        if (!ok && error && error->isEmpty())
            *error = tr("Sample post %1 was not inserted.").arg(post.externalId);
    });
    return ok && writer.flushBuckets(error)
        && db.setMetaValue(QString::fromLatin1(sampleDataMetaKey), QStringLiteral("1"), error)
        && transaction.commit(error);
}

} // namespace

bool createSampleDatabase(const QString& path, const ScoreFunction& score, QString* error)
{
    return createSampleDatabase(path, SampleScorerFactory([score](const Database&) { return score; }), error);
}

bool createSampleDatabase(const QString& path, const SampleScorerFactory& makeScore, QString* error)
{
    QString message;
    auto fail = [error](const QString& text) {
        if (error)
            *error = text;
        return false;
    };
    const QFileInfo target(path);
    if (target.exists())
        return fail(tr("%1 already exists; the sample is only written to a new file.").arg(path));
    if (!QDir().mkpath(target.absolutePath()))
        return fail(tr("Cannot create the folder %1.").arg(target.absolutePath()));

    QString partialPath;
    {
        QTemporaryFile partial(target.absoluteFilePath() + QStringLiteral(".XXXXXX.partial"));
        partial.setAutoRemove(false);
        if (!partial.open())
            return fail(tr("Cannot create a temporary file next to %1: %2").arg(path, partial.errorString()));
        partialPath = partial.fileName();
    }
    PartialFile guard(partialPath);

    SampleRecords records;
    {
        Database db;
        if (!db.open(partialPath, &message) || !importFacts(db, {}, &message) || !readSampleRecords(&records, &message))
            return fail(tr("Cannot build the sample database: %1").arg(message));
        // The scorer is made once the facts are in, so it can mask the sample's token names.
        const ScoreFunction score = makeScore ? makeScore(db) : ScoreFunction();
        if (!insertPosts(db, records, score, &message))
            return fail(tr("Cannot build the sample database: %1").arg(message));
        // Fold the write-ahead log into the file: only the main file is renamed into place.
        if (!execSql(db.handle(), "PRAGMA wal_checkpoint(TRUNCATE)", &message))
            return fail(tr("Cannot build the sample database: %1").arg(message));
    }
    const QFileInfo wal(partialPath + QStringLiteral("-wal"));
    if (wal.exists() && wal.size() > 0)
        return fail(tr("Cannot build the sample database: its write-ahead log was not checkpointed."));
    if (!QFile::rename(partialPath, path))
        return fail(tr("Cannot move the sample database into place at %1.").arg(path));
    guard.release();
    QFile::remove(partialPath + QStringLiteral("-wal"));
    QFile::remove(partialPath + QStringLiteral("-shm"));
    return true;
}

bool isSampleDatabase(const Database& db)
{
    return db.metaValue(QString::fromLatin1(sampleDataMetaKey)) == QLatin1String("1");
}

} // namespace seance
