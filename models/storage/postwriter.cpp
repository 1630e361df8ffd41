// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/storage/postwriter.h"

#include "models/storage/bucketwriter.h"
#include "models/storage/database.h"

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace seance {

struct PostWriter::BucketAccumulator
{
    using Sums = BucketSums;
    using ByStart = std::unordered_map<qint64, Sums>;
    struct Subject
    {
        SubjectKind kind;
        std::string id;
        std::array<ByStart, granularityCount> buckets;
        // The bucket each granularity touched last. Posts mostly arrive in time order, so the next post
        // usually falls into the same buckets and skips three hash lookups; unordered_map never moves
        // its elements, so the pointers stay valid until the map is cleared.
        std::array<qint64, granularityCount> lastStart{};
        std::array<Sums*, granularityCount> lastSums{};
    };
    // Looks ids up without building a std::string for each post.
    struct IdHash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view id) const noexcept { return std::hash<std::string_view>()(id); }
    };
    using SubjectMap = std::unordered_map<std::string, Subject, IdHash, std::equal_to<>>;

    SubjectMap tokens;
    SubjectMap narratives;

    Subject& subject(SubjectKind kind, std::string_view id)
    {
        SubjectMap& map = kind == SubjectKind::Token ? tokens : narratives;
        auto it = map.find(id);
        if (it == map.end())
            it = map.emplace(std::string(id), Subject{kind, std::string(id), {}, {}, {}}).first;
        return it->second;
    }

    Sums& sumsFor(Subject& s, int g, qint64 start)
    {
        const auto index = static_cast<std::size_t>(g);
        if (s.lastSums[index] && s.lastStart[index] == start)
            return *s.lastSums[index];
        Sums& sums = s.buckets[index][start];
        s.lastStart[index] = start;
        s.lastSums[index] = &sums;
        return sums;
    }

    void add(SubjectKind kind, std::string_view id, const PostView& post)
    {
        Subject& s = subject(kind, id);
        const double weight = engagementWeight(post.engagement);
        for (int g = 0; g < granularityCount; ++g) {
            sumsFor(s, g, bucketStart(post.postedAt, Granularity(g))).addPost(post.compound, weight);
        }
    }

    // The subjects in the order of sentiment_buckets' primary key; with each one's buckets taken by start
    // (inStartOrder()), the flush appends to that B-tree instead of inserting at random places.
    template <typename F> void forEachSubjectInKeyOrder(F&& f) const
    {
        for (const SubjectMap* map : {&tokens, &narratives}) {
            std::vector<const Subject*> subjects;
            subjects.reserve(map->size());
            for (const auto& [id, subject] : *map)
                subjects.push_back(&subject);
            std::sort(subjects.begin(), subjects.end(),
                      [](const Subject* a, const Subject* b) { return a->id < b->id; });
            for (const Subject* subject : subjects)
                f(*subject);
        }
    }

    static std::vector<std::pair<qint64, Sums>> inStartOrder(const ByStart& buckets)
    {
        std::vector<std::pair<qint64, Sums>> sorted(buckets.begin(), buckets.end());
        std::sort(sorted.begin(), sorted.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
        return sorted;
    }

    // Keeps the subjects and their maps' bucket arrays, which the next span of posts would otherwise grow
    // again through a series of rehashes.
    void clear()
    {
        for (SubjectMap* map : {&tokens, &narratives}) {
            for (auto& [id, subject] : *map) {
                for (ByStart& byStart : subject.buckets)
                    byStart.clear();
                subject.lastSums.fill(nullptr);
            }
        }
    }
};

namespace {

void bindText(sqlite3_stmt* stmt, int index, std::string_view value)
{
    if (value.empty())
        sqlite3_bind_null(stmt, index);
    else
        // STATIC: the caller's bytes outlive the sqlite3_step() that reads them, so SQLite need not copy them.
        sqlite3_bind_text(stmt, index, value.data(), static_cast<int>(value.size()), SQLITE_STATIC);
}

QString message(sqlite3* handle)
{
    return sqliteFailure(handle); // in words for a busy, full, read-only or damaged workspace
}

} // namespace

PostWriter::PostWriter(const Database& db)
    : m_handle(db.handle())
    , m_buckets(std::make_unique<BucketAccumulator>())
{
}

PostWriter::~PostWriter()
{
    sqlite3_finalize(m_insert);
    sqlite3_finalize(m_insertSubject);
}

bool PostWriter::prepare(QString* error)
{
    constexpr const char* sql =
        "INSERT INTO posts (external_id, token_id, narrative_id, posted_at, author, lang, text, engagement, "
        "compound, pos, neu, neg, is_sample) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) "
        "ON CONFLICT (external_id) DO NOTHING";
    if (!m_handle ||
        sqlite3_prepare_v3(m_handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_insert, nullptr) != SQLITE_OK) {
        if (error)
            *error = m_handle ? message(m_handle) : QStringLiteral("database is not open");
        return false;
    }
    return true;
}

PostWriter::Result PostWriter::insert(const PostView& post, QString* error)
{
    sqlite3_stmt* s = m_insert;
    bindText(s, 1, post.externalId);
    bindText(s, 2, post.tokenId);
    bindText(s, 3, post.narrativeId);
    sqlite3_bind_int64(s, 4, post.postedAt);
    bindText(s, 5, post.author);
    bindText(s, 6, post.lang);
    sqlite3_bind_text(s, 7, post.text.data(), static_cast<int>(post.text.size()), SQLITE_STATIC);
    sqlite3_bind_int64(s, 8, post.engagement);
    if (post.compound) {
        sqlite3_bind_double(s, 9, *post.compound);
        sqlite3_bind_double(s, 10, post.pos);
        sqlite3_bind_double(s, 11, post.neu);
        sqlite3_bind_double(s, 12, post.neg);
    } else {
        for (int i = 9; i <= 12; ++i)
            sqlite3_bind_null(s, i);
    }
    sqlite3_bind_int(s, 13, post.isSample ? 1 : 0);
    // Every parameter is bound again above before each step, so the bindings are not cleared here (one
    // more call and lock per row); the bytes they point to are read only during sqlite3_step().
    const int rc = sqlite3_step(s);
    sqlite3_reset(s);
    if (rc != SQLITE_DONE) {
        if (error)
            *error = message(m_handle);
        return Result::Failed;
    }
    if (sqlite3_changes(m_handle) == 0) {
        ++m_duplicates;
        return Result::Duplicate;
    }
    if (!post.alsoAbout.empty() && !insertSubjects(post, error))
        return Result::Failed;
    ++m_inserted;
    if (!post.compound)
        ++m_unscored;
    accumulate(post);
    return Result::Inserted;
}

bool PostWriter::insertSubjects(const PostView& post, QString* error)
{
    if (!m_insertSubject) {
        constexpr const char* sql =
            "INSERT INTO post_subjects (post_id, subject_kind, subject_id, posted_at) VALUES (?1, ?2, ?3, ?4)";
        if (sqlite3_prepare_v3(m_handle, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_insertSubject, nullptr) != SQLITE_OK) {
            if (error)
                *error = message(m_handle);
            return false;
        }
    }
    const sqlite3_int64 postId = sqlite3_last_insert_rowid(m_handle);
    sqlite3_stmt* s = m_insertSubject;
    for (const PostSubjectRef& subject : post.alsoAbout) {
        sqlite3_bind_int64(s, 1, postId);
        sqlite3_bind_int(s, 2, static_cast<int>(subject.kind));
        bindText(s, 3, subject.id);
        sqlite3_bind_int64(s, 4, post.postedAt);
        const int rc = sqlite3_step(s);
        sqlite3_reset(s);
        if (rc != SQLITE_DONE) {
            if (error)
                *error = message(m_handle);
            return false;
        }
    }
    return true;
}

void PostWriter::accumulate(const PostView& post)
{
    if (!post.tokenId.empty())
        m_buckets->add(SubjectKind::Token, post.tokenId, post);
    if (!post.narrativeId.empty())
        m_buckets->add(SubjectKind::Narrative, post.narrativeId, post);
    for (const PostSubjectRef& subject : post.alsoAbout)
        m_buckets->add(subject.kind, subject.id, post);
}

PostWriter::Result PostWriter::insert(const PostRecord& post, QString* error)
{
    const QByteArray externalId = post.externalId.toUtf8();
    const QByteArray tokenId = post.tokenId.toUtf8();
    const QByteArray narrativeId = post.narrativeId.toUtf8();
    const QByteArray author = post.author.toUtf8();
    const QByteArray lang = post.lang.toUtf8();
    const QByteArray text = post.text.toUtf8();
    auto view = [](const QByteArray& bytes) { return std::string_view(bytes.constData(), std::size_t(bytes.size())); };
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
    return insert(v, error);
}

bool PostWriter::flushBuckets(QString* error)
{
    BucketWriter writer(m_handle);
    bool ok = true;
    m_buckets->forEachSubjectInKeyOrder([&](const BucketAccumulator::Subject& subject) {
        for (int g = 0; g < granularityCount && ok; ++g) {
            const auto buckets = BucketAccumulator::inStartOrder(subject.buckets[static_cast<std::size_t>(g)]);
            for (const auto& [start, sums] : buckets) {
                if (!writer.add(subject.kind, subject.id, Granularity(g), start, sums, error)) {
                    ok = false;
                    break;
                }
            }
        }
    });
    if (ok)
        m_buckets->clear();
    return ok;
}

} // namespace seance
