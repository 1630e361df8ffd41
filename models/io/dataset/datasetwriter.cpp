// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/dataset/datasetwriter.h"

#include "models/io/dataset/datasetreader.h"
#include "models/io/dataset/jsonlayout.h"
#include "models/io/text/isotime.h"
#include "models/storage/database.h"
#include "models/storage/eventstore.h"
#include "models/storage/narrativestore.h"
#include "models/storage/poststore.h"
#include "models/storage/savedviewstore.h"
#include "models/storage/seriesstore.h"
#include "models/storage/sqlstatement.h"
#include "models/storage/tokenstore.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QSaveFile>

namespace seance {
namespace {

using dataset::Json;

// Q_DECLARE_TR_FUNCTIONS gives lupdate the same context the strings are translated with at run time.
struct DatasetWriterText
{
    Q_DECLARE_TR_FUNCTIONS(seance::DatasetWriter)
};

std::string utf8(const QString& text)
{
    return text.toStdString();
}

// Unknown values are left out rather than written as null, which keeps large files small.
void putText(Json& object, const char* key, const QString& value)
{
    if (!value.isEmpty())
        object[key] = utf8(value);
}

void putUtf8(Json& object, const char* key, std::string_view value)
{
    if (!value.empty())
        object[key] = std::string(value);
}

void putList(Json& object, const char* key, const QStringList& values)
{
    if (values.isEmpty())
        return;
    Json array = Json::array();
    for (const QString& value : values)
        array.push_back(utf8(value));
    object[key] = std::move(array);
}

void putLinks(Json& object, const char* key, const QList<Link>& links)
{
    if (links.isEmpty())
        return;
    Json array = Json::array();
    for (const Link& link : links) {
        Json item = Json::object();
        putText(item, "label", link.label);
        putText(item, "url", link.url);
        array.push_back(std::move(item));
    }
    object[key] = std::move(array);
}

// Calendar values (a launch, an event's day) are written as a bare date when they fall on 00:00 UTC, which
// the reader takes back as that same instant; anything else keeps its full time.
std::string calendarTime(qint64 ms)
{
    return isMidnightUtc(ms) ? formatIsoDate(ms) : formatIsoTime(ms);
}

Json tokenJson(const TokenRecord& t)
{
    Json o = Json::object();
    o["id"] = utf8(t.id);
    o["name"] = utf8(t.name);
    o["symbol"] = utf8(t.symbol);
    o["chain"] = utf8(t.chain);
    putText(o, "address", t.address);
    putText(o, "address_kind", t.addressKind);
    o["status"] = utf8(t.status);
    putText(o, "tagline", t.tagline);
    putText(o, "description", t.description);
    if (t.launchedAt)
        o["launched_at"] = calendarTime(*t.launchedAt);
    putText(o, "total_supply", t.totalSupply);
    putText(o, "supply_note", t.supplyNote);
    putList(o, "tags", t.tags);
    putList(o, "aliases", t.aliases);
    putLinks(o, "links", t.links);
    putLinks(o, "sources", t.sources);
    putText(o, "coingecko_id", t.coingeckoId);
    return o;
}

Json narrativeJson(const NarrativeRecord& n)
{
    Json o = Json::object();
    o["id"] = utf8(n.id);
    o["title"] = utf8(n.title);
    putText(o, "summary", n.summary);
    putText(o, "color", n.color);
    putList(o, "keywords", n.keywords);
    putLinks(o, "sources", n.sources);
    return o;
}

Json eventJson(const EventRecord& e)
{
    Json o = Json::object();
    o["id"] = utf8(e.id);
    putText(o, "narrative", e.narrativeId);
    if (isMidnightUtc(e.occurredAt))
        o["date"] = formatIsoDate(e.occurredAt);
    else
        o["time"] = formatIsoTime(e.occurredAt);
    o["title"] = utf8(e.title);
    putText(o, "kind", e.kind);
    putText(o, "description", e.description);
    putLinks(o, "sources", e.sources);
    putList(o, "tokens", e.tokenIds);
    return o;
}

Json seriesJson(const SeriesRecord& s)
{
    Json o = Json::object();
    o["id"] = utf8(s.id);
    putText(o, "token", s.tokenId);
    putText(o, "narrative", s.narrativeId);
    o["metric"] = utf8(s.metric);
    putText(o, "source", s.source);
    putText(o, "unit", s.unit);
    if (!s.points.isEmpty()) {
        Json points = Json::array();
        for (const SeriesPoint& p : s.points)
            points.push_back(Json::array({formatIsoTime(p.t), p.value}));
        o["points"] = std::move(points);
    }
    return o;
}

bool savedViewJson(const SavedViewRecord& v, Json* out, QString* error)
{
    const std::string state = utf8(v.state);
    Json parsed = Json::parse(state, nullptr, false);
    if (!parsed.is_object())
        return failWith(
            error, DatasetWriterText::tr("The saved view \"%1\" holds a state that is not a JSON object.").arg(v.name));
    *out = Json::object();
    (*out)["name"] = utf8(v.name);
    (*out)["state"] = std::move(parsed);
    (*out)["created_at"] = formatIsoTime(v.createdAt);
    return true;
}

Json postJson(const SqlStatement& s)
{
    Json o = Json::object();
    putUtf8(o, "id", s.utf8(PostStore::ExportExternalId));
    putUtf8(o, "token", s.utf8(PostStore::ExportTokenId));
    // A post about several tokens or narratives lists them all, its first one again first.
    Json tokens = Json::array();
    Json narratives = Json::array();
    for (const PostSubjectRef& subject : PostStore::splitAlsoAbout(s.utf8(PostStore::ExportAlsoAbout)))
        (subject.kind == SubjectKind::Token ? tokens : narratives).push_back(std::string(subject.id));
    if (!tokens.empty()) {
        tokens.insert(tokens.begin(), std::string(s.utf8(PostStore::ExportTokenId)));
        o["tokens"] = std::move(tokens);
    }
    putUtf8(o, "narrative", s.utf8(PostStore::ExportNarrativeId));
    if (!narratives.empty()) {
        narratives.insert(narratives.begin(), std::string(s.utf8(PostStore::ExportNarrativeId)));
        o["narratives"] = std::move(narratives);
    }
    o["time"] = formatIsoTime(s.int64(PostStore::ExportPostedAt));
    putUtf8(o, "author", s.utf8(PostStore::ExportAuthor));
    putUtf8(o, "lang", s.utf8(PostStore::ExportLang));
    o["text"] = std::string(s.utf8(PostStore::ExportText));
    if (const qint64 engagement = s.int64(PostStore::ExportEngagement); engagement != 0)
        o["engagement"] = engagement;
    if (!s.isNull(PostStore::ExportCompound)) {
        o["compound"] = s.real(PostStore::ExportCompound);
        o["pos"] = s.real(PostStore::ExportPos);
        o["neu"] = s.real(PostStore::ExportNeu);
        o["neg"] = s.real(PostStore::ExportNeg);
    }
    if (s.int64(PostStore::ExportIsSample) != 0)
        o["sample"] = true;
    return o;
}

// Buffers the text and hands it to the device in blocks of about 1 MiB.
class Output
{
public:
    explicit Output(QIODevice& device)
        : m_device(device)
    {
    }

    std::string& text() { return m_text; }

    bool flushIfFull(QString* error) { return m_text.size() < (1u << 20) || flush(error); }
    bool flush(QString* error)
    {
        if (m_text.empty())
            return true;
        const qint64 written = m_device.write(m_text.data(), static_cast<qint64>(m_text.size()));
        if (written != static_cast<qint64>(m_text.size()))
            return failWith(error, DatasetWriterText::tr("Cannot write the dataset: %1").arg(m_device.errorString()));
        m_text.clear();
        return true;
    }

private:
    QIODevice& m_device;
    std::string m_text;
};

class Exporter
{
public:
    Exporter(const Database& db, QIODevice& device, const DatasetExportOptions& options, DatasetExportReport* report)
        : m_db(db)
        , m_out(device)
        , m_options(options)
        , m_report(*report)
    {
    }

    bool run(QString* error);

private:
    template<typename Record, typename ToJson>
    bool writeSection(const char* name, const QList<Record>& records, ToJson toJson, QString* error);
    bool writePosts(QString* error);
    bool writeSavedViews(QString* error);
    bool cancelled() const { return m_options.cancel && m_options.cancel->load(std::memory_order_relaxed); }

    const Database& m_db;
    Output m_out;
    const DatasetExportOptions& m_options;
    DatasetExportReport& m_report;
};

template<typename Record, typename ToJson>
bool Exporter::writeSection(const char* name, const QList<Record>& records, ToJson toJson, QString* error)
{
    std::string& out = m_out.text();
    out += "  \"";
    out += name;
    out += "\": ";
    if (records.isEmpty()) {
        out += "[]";
        return true;
    }
    out += "[\n";
    for (qsizetype i = 0; i < records.size(); ++i) {
        out += i == 0 ? "    " : ",\n    ";
        dataset::appendRecord(out, toJson(records.at(i)), 4);
        if (!m_out.flushIfFull(error))
            return false;
    }
    out += "\n  ]";
    return true;
}

bool Exporter::writePosts(QString* error)
{
    const PostStore posts(m_db);
    const qint64 count = posts.count().value_or(0);
    SqlStatement s = posts.exportScan();
    std::string& out = m_out.text();
    out += "  \"posts\": [";
    qint64 written = 0;
    while (s.next()) {
        out += written == 0 ? "\n    " : ",\n    ";
        dataset::appendInline(out, postJson(s));
        ++written;
        if (written % 4096 == 0) {
            if (cancelled())
                return false;
            if (m_options.progress)
                m_options.progress(written, count);
        }
        if (!m_out.flushIfFull(error))
            return false;
    }
    if (s.failed())
        return failWith(error, s.errorMessage());
    out += written == 0 ? "]" : "\n  ]";
    m_report.posts = written;
    if (m_options.progress)
        m_options.progress(written, count);
    return true;
}

bool Exporter::writeSavedViews(QString* error)
{
    const QList<SavedViewRecord> views = SavedViewStore(m_db).all(error);
    QList<Json> objects;
    for (const SavedViewRecord& view : views) {
        Json object;
        if (!savedViewJson(view, &object, error))
            return false;
        objects.append(std::move(object));
    }
    m_report.savedViews = objects.size();
    return writeSection("saved_views", objects, [](const Json& o) { return o; }, error);
}

bool Exporter::run(QString* error)
{
    QString message;
    const QList<TokenRecord> tokens = TokenStore(m_db).all(&message);
    const QList<NarrativeRecord> narratives = NarrativeStore(m_db).all(&message);
    const QList<EventRecord> events = EventStore(m_db).all(&message);
    const QList<SeriesRecord> series = SeriesStore(m_db).all(&message);
    if (!message.isEmpty())
        return failWith(error, message);
    m_report.tokens = tokens.size();
    m_report.narratives = narratives.size();
    m_report.events = events.size();
    m_report.series = series.size();
    for (const SeriesRecord& s : series)
        m_report.seriesPoints += s.points.size();

    m_out.text() = "{\n  \"format\": \"" + std::string(datasetFormatName) + "\",\n  \"version\": "
                 + std::to_string(datasetFormatVersion) + ",\n";
    const std::function<bool()> sections[] = {
        [&] { return writeSection("tokens", tokens, tokenJson, error); },
        [&] { return writeSection("narratives", narratives, narrativeJson, error); },
        [&] { return writeSection("events", events, eventJson, error); },
        [&] { return writePosts(error); },
        [&] { return writeSection("series", series, seriesJson, error); },
        [&] { return writeSavedViews(error); },
    };
    for (std::size_t i = 0; i < std::size(sections); ++i) {
        if (!sections[i]())
            return false;
        m_out.text() += i + 1 < std::size(sections) ? ",\n" : "\n}\n";
    }
    return m_out.flush(error);
}

} // namespace

bool exportDataset(const Database& db, QIODevice& output, const DatasetExportOptions& options,
                   DatasetExportReport* report, QString* error)
{
    DatasetExportReport ignored;
    report = report ? report : &ignored;
    *report = {};
    if (!db.isOpen())
        return failWith(error, DatasetWriterText::tr("No database is open."));
    // One read snapshot for the whole file, so a concurrent writer cannot split it. A savepoint also works
    // when the caller already holds a transaction.
    Savepoint snapshot(db.handle());
    Exporter exporter(db, output, options, report);
    bool ok = false;
    try {
        ok = exporter.run(error);
    } catch (const nlohmann::json::exception& e) {
        return failWith(error, DatasetWriterText::tr("The database holds text that is not valid UTF-8: %1")
                                   .arg(QString::fromUtf8(e.what())));
    }
    if (!ok && options.cancel && options.cancel->load()) {
        *report = {};
        report->cancelled = true;
        return failWith(error, DatasetWriterText::tr("Export cancelled."));
    }
    return ok;
}

bool exportDataset(const Database& db, const QString& path, const DatasetExportOptions& options,
                   DatasetExportReport* report, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return failWith(error, DatasetWriterText::tr("Cannot write %1: %2").arg(path, file.errorString()));
    if (!exportDataset(db, file, options, report, error)) {
        file.cancelWriting();
        return false;
    }
    if (!file.commit())
        return failWith(error, DatasetWriterText::tr("Cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

} // namespace seance
