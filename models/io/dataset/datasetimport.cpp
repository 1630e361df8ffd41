// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/dataset/datasetimport.h"

#include "models/io/dataset/datasetreader.h"
#include "models/storage/database.h"
#include "models/storage/eventstore.h"
#include "models/storage/narrativestore.h"
#include "models/storage/postwriter.h"
#include "models/storage/savedviewstore.h"
#include "models/storage/seriesstore.h"
#include "models/storage/sqlstatement.h"
#include "models/storage/tokenstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <sqlite3.h>

#include <array>
#include <optional>
#include <vector>

namespace seance {
namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the same context the strings are translated with at run time.
struct DatasetImportText
{
    Q_DECLARE_TR_FUNCTIONS(seance::DatasetImport)
};

QString quoted(const QString& text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

std::string_view view(const QByteArray& bytes)
{
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

// A reference to a token or narrative that was neither in the database nor earlier in the file. It may
// still be defined later in the file, so it is settled only after the whole file has been read.
struct PendingReference
{
    QString id;
    QString location;
};

// What is known about the ids one kind of record is referred to by; memory grows with distinct ids, never
// with the number of posts.
struct References
{
    QSet<QString> inDatabase;
    QSet<QString> missing;
    std::vector<PendingReference> pending; // in file order, so the first bad reference is the one reported
};

class Importer
{
public:
    Importer(const Database& db, const DatasetImportOptions& options)
        : m_db(db)
        , m_options(options)
        , m_tokens(db)
        , m_narratives(db)
        , m_events(db)
        , m_series(db)
        , m_views(db)
        , m_posts(db)
    {
    }

    bool prepare(QString* error) { return m_posts.prepare(error); }
    bool add(DatasetRecord& record, QString* error);
    bool finish(QString* error);
    DatasetImportReport report() const;

private:
    bool addToken(const DatasetRecord& record, const TokenRecord& token, QString* error);
    bool addPost(const DatasetRecord& record, const dataset::DatasetPost& post, QString* error);
    bool claimId(const DatasetRecord& record, const char* field, const QString& id, bool inDatabase, QString* error);
    void checkReference(DatasetSection section, const QString& id, const DatasetRecord& record,
                        const QString& field);
    bool settle(DatasetSection section, const QString& kind, QString* error) const;
    QHash<QString, qint64>& idsOf(DatasetSection section) { return m_ids[static_cast<std::size_t>(section)]; }

    const Database& m_db;
    const DatasetImportOptions& m_options;
    TokenStore m_tokens;
    NarrativeStore m_narratives;
    EventStore m_events;
    SeriesStore m_series;
    SavedViewStore m_views;
    PostWriter m_posts;
    DatasetImportReport m_counts;

    std::array<QHash<QString, qint64>, 6> m_ids; // per section: id in the file -> index
    QHash<QString, qint64> m_tokenAddresses;     // chain + NUL + address -> index
    References m_tokenReferences;
    References m_narrativeReferences;
};

bool Importer::claimId(const DatasetRecord& record, const char* field, const QString& id, bool inDatabase,
                       QString* error)
{
    QHash<QString, qint64>& ids = idsOf(record.section);
    const QString where = record.location(QString::fromLatin1(field));
    if (const auto it = ids.constFind(id); it != ids.constEnd())
        return failWith(error, where + QStringLiteral(": ") +
                                   DatasetImportText::tr("%1 is already used by %2[%3]")
                                       .arg(quoted(id), datasetSectionName(record.section))
                                       .arg(*it));
    if (inDatabase)
        return failWith(error, where + QStringLiteral(": ") +
                                   DatasetImportText::tr("%1 already exists in the database").arg(quoted(id)));
    ids.insert(id, record.index);
    return true;
}

void Importer::checkReference(DatasetSection section, const QString& id, const DatasetRecord& record,
                              const QString& field)
{
    const bool tokens = section == DatasetSection::Tokens;
    References& references = tokens ? m_tokenReferences : m_narrativeReferences;
    if (id.isEmpty() || idsOf(section).contains(id) || references.inDatabase.contains(id)
        || references.missing.contains(id))
        return;
    if (tokens ? m_tokens.contains(id) : m_narratives.contains(id)) {
        references.inDatabase.insert(id);
        return;
    }
    references.missing.insert(id);
    references.pending.push_back({id, record.location(field)});
}

bool Importer::add(DatasetRecord& record, QString* error)
{
    QString message;
    auto stored = [&](bool ok) {
        return ok || failWith(error, record.location() + QStringLiteral(": ") + message);
    };
    switch (record.section) {
    case DatasetSection::Tokens:
        return addToken(record, std::get<TokenRecord>(record.value), error);
    case DatasetSection::Narratives: {
        const auto& narrative = std::get<NarrativeRecord>(record.value);
        if (!claimId(record, "id", narrative.id, m_narratives.contains(narrative.id), error)
            || !stored(m_narratives.insert(narrative, &message)))
            return false;
        ++m_counts.narratives;
        return true;
    }
    case DatasetSection::Events: {
        const auto& event = std::get<EventRecord>(record.value);
        if (!claimId(record, "id", event.id, m_events.contains(event.id), error))
            return false;
        checkReference(DatasetSection::Narratives, event.narrativeId, record, QStringLiteral("narrative"));
        for (qsizetype i = 0; i < event.tokenIds.size(); ++i)
            checkReference(DatasetSection::Tokens, event.tokenIds.at(i), record, QStringLiteral("tokens[%1]").arg(i));
        if (!stored(m_events.insert(event, &message)))
            return false;
        ++m_counts.events;
        return true;
    }
    case DatasetSection::Posts:
        return addPost(record, std::get<dataset::DatasetPost>(record.value), error);
    case DatasetSection::Series: {
        const auto& series = std::get<SeriesRecord>(record.value);
        if (!claimId(record, "id", series.id, m_series.contains(series.id), error))
            return false;
        checkReference(DatasetSection::Tokens, series.tokenId, record, QStringLiteral("token"));
        checkReference(DatasetSection::Narratives, series.narrativeId, record, QStringLiteral("narrative"));
        if (!stored(m_series.insert(series, &message)))
            return false;
        ++m_counts.series;
        m_counts.seriesPoints += series.points.size();
        return true;
    }
    case DatasetSection::SavedViews: {
        const auto& view = std::get<SavedViewRecord>(record.value);
        if (!claimId(record, "name", view.name, m_views.contains(view.name), error)
            || !stored(m_views.insert(view, &message)))
            return false;
        ++m_counts.savedViews;
        return true;
    }
    }
    return false;
}

bool Importer::addToken(const DatasetRecord& record, const TokenRecord& token, QString* error)
{
    if (!claimId(record, "id", token.id, m_tokens.contains(token.id), error))
        return false;
    if (!token.address.isEmpty()) {
        // Chain + address is the token's identity (the schema's UNIQUE); say which record already has it.
        const QString key = token.chain + QChar(0) + token.address;
        const QString where = record.location(QStringLiteral("address")) + QStringLiteral(": ");
        if (const auto it = m_tokenAddresses.constFind(key); it != m_tokenAddresses.constEnd())
            return failWith(error, where + DatasetImportText::tr("%1 on chain %2 is already used by tokens[%3]")
                                               .arg(quoted(token.address), quoted(token.chain))
                                               .arg(*it));
        if (const std::optional<QString> owner = m_tokens.idAt(token.chain, token.address))
            return failWith(error,
                            where + DatasetImportText::tr("%1 on chain %2 already belongs to token %3 in the database")
                                        .arg(quoted(token.address), quoted(token.chain), quoted(*owner)));
        m_tokenAddresses.insert(key, record.index);
    }
    QString message;
    if (!m_tokens.insert(token, &message))
        return failWith(error, record.location() + QStringLiteral(": ") + message);
    ++m_counts.tokens;
    return true;
}

bool Importer::addPost(const DatasetRecord& record, const dataset::DatasetPost& item, QString* error)
{
    const PostRecord& post = item.post;
    checkReference(DatasetSection::Tokens, post.tokenId, record, QStringLiteral("token"));
    checkReference(DatasetSection::Narratives, post.narrativeId, record, QStringLiteral("narrative"));
    const QByteArray externalId = post.externalId.toUtf8();
    const QByteArray tokenId = post.tokenId.toUtf8();
    const QByteArray narrativeId = post.narrativeId.toUtf8();
    const QByteArray author = post.author.toUtf8();
    const QByteArray lang = post.lang.toUtf8();
    const QByteArray text = post.text.toUtf8();
    PostView v;
    v.externalId = view(externalId);
    v.tokenId = view(tokenId);
    v.narrativeId = view(narrativeId);
    v.postedAt = post.postedAt;
    v.author = view(author);
    v.lang = view(lang);
    v.text = view(text);
    v.engagement = post.engagement;
    v.compound = post.compound;
    v.pos = post.pos;
    v.neu = post.neu;
    v.neg = post.neg;
    v.isSample = post.isSample;
    // A post about several tokens or narratives: "tokens" and "narratives" list the first one too, so the
    // further ones are at [1], [2], … in the file.
    std::vector<QByteArray> moreIds; // the UTF-8 that alsoAbout's views point into
    moreIds.reserve(static_cast<std::size_t>(item.moreTokenIds.size() + item.moreNarrativeIds.size()));
    std::vector<PostSubjectRef> alsoAbout;
    const auto addMore = [&](DatasetSection section, const QStringList& ids, const char* field) {
        for (qsizetype i = 0; i < ids.size(); ++i) {
            checkReference(section, ids.at(i), record, QStringLiteral("%1[%2]").arg(QLatin1String(field)).arg(i + 1));
            alsoAbout.push_back({section == DatasetSection::Tokens ? SubjectKind::Token : SubjectKind::Narrative,
                                 view(moreIds.emplace_back(ids.at(i).toUtf8()))});
        }
    };
    addMore(DatasetSection::Tokens, item.moreTokenIds, "tokens");
    addMore(DatasetSection::Narratives, item.moreNarrativeIds, "narratives");
    v.alsoAbout = alsoAbout;
    // A post that brings its own scores keeps them; the scorer only fills in the missing ones.
    if (!v.compound && m_options.score) {
        const SentimentScore score = m_options.score(v.text, v.lang);
        if (score.scored) {
            v.compound = score.compound;
            v.pos = score.pos;
            v.neu = score.neu;
            v.neg = score.neg;
        }
    }
    QString message;
    if (m_posts.insert(v, &message) == PostWriter::Result::Failed)
        return failWith(error, record.location() + QStringLiteral(": ") + message);
    return true;
}

bool Importer::settle(DatasetSection section, const QString& kind, QString* error) const
{
    const References& references = section == DatasetSection::Tokens ? m_tokenReferences : m_narrativeReferences;
    const QHash<QString, qint64>& defined = m_ids[static_cast<std::size_t>(section)];
    for (const PendingReference& reference : references.pending) {
        if (!defined.contains(reference.id))
            return failWith(error, reference.location + QStringLiteral(": ") +
                                       DatasetImportText::tr("%1 %2 is neither in the file nor in the database")
                                           .arg(kind, quoted(reference.id)));
    }
    return true;
}

bool Importer::finish(QString* error)
{
    return settle(DatasetSection::Tokens, DatasetImportText::tr("token"), error) &&
           settle(DatasetSection::Narratives, DatasetImportText::tr("narrative"), error) && m_posts.flushBuckets(error);
}

DatasetImportReport Importer::report() const
{
    DatasetImportReport report = m_counts;
    report.postsInserted = m_posts.insertedCount();
    report.postsDuplicate = m_posts.duplicateCount();
    report.postsUnscored = m_posts.unscoredCount();
    return report;
}

} // namespace

bool importDataset(const Database& db, QIODevice& input, const QString& displayName,
                   const DatasetImportOptions& options, DatasetImportReport* report, QString* error)
{
    DatasetImportReport ignored;
    report = report ? report : &ignored;
    *report = {};
    if (!db.isOpen())
        return failWith(error, DatasetImportText::tr("No database is open."));
    // Inside a caller's transaction the import nests as a savepoint: still all or nothing, and the caller's
    // COMMIT makes it durable.
    const bool nested = sqlite3_get_autocommit(db.handle()) == 0;
    std::optional<Transaction> transaction;
    std::optional<Savepoint> savepoint;
    if (nested)
        savepoint.emplace(db.handle());
    else
        transaction.emplace(db);
    QString message;
    // References may point forward in the file; the importer checks them itself and names the record, so
    // SQLite's own check waits for COMMIT, where it is only a safety net.
    if (!nested && !transaction->isActive())
        message = transaction->error();
    if (!(nested ? savepoint->isActive() : transaction->isActive())
        || !execSql(db.handle(), "PRAGMA defer_foreign_keys = ON", &message))
        return failWith(error, DatasetImportText::tr("Cannot start writing to %1; is another program using it? %2")
                                   .arg(db.path(), message));

    Importer importer(db, options);
    if (!importer.prepare(&message))
        return failWith(error, message);
    const DatasetReadOptions readOptions{options.progress, options.cancel};
    const DatasetReadResult result = readDataset(
        input, displayName, [&importer](DatasetRecord& record, QString* e) { return importer.add(record, e); },
        readOptions, &message);
    const bool cancelled = result == DatasetReadResult::Cancelled || (options.cancel && options.cancel->load());
    if (cancelled) {
        report->cancelled = true;
        return failWith(error, DatasetImportText::tr("Import of %1 cancelled; nothing was written.").arg(displayName));
    }
    if (result == DatasetReadResult::Failed)
        return failWith(error, message);
    if (!importer.finish(&message))
        return failWith(error, displayName + QStringLiteral(": ") + message);
    if (!(nested ? savepoint->release(&message) : transaction->commit(&message)))
        return failWith(error, DatasetImportText::tr("Cannot save the import of %1: %2").arg(displayName, message));
    *report = importer.report();
    return true;
}

bool importDataset(const Database& db, const QString& path, const DatasetImportOptions& options,
                   DatasetImportReport* report, QString* error)
{
    if (report)
        *report = {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failWith(error, DatasetImportText::tr("Cannot open %1: %2").arg(path, file.errorString()));
    return importDataset(db, file, QFileInfo(path).fileName(), options, report, error);
}

} // namespace seance
