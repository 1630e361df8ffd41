// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/social/jsonrecordstream.h"

#include "models/io/json/jsonbytesource.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>

namespace seance::social {

namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the same context the strings are translated with at run time.
struct JsonRecordStreamText
{
    Q_DECLARE_TR_FUNCTIONS(seance::social::JsonRecordStream)
};

constexpr qint64 blockSize = 1 << 20;
constexpr qint64 maxStringBytes = 16 << 20; // a Telegram message holds at most 4,096 characters
constexpr std::size_t maxDepth = 64;
constexpr qint64 maxRecordValues = 1'000'000;

enum class Stop { None, Cancelled, ReadError, StringTooLong };

// Reads the device in blocks, repairs each, and serves the bytes to nlohmann's lexer one at a time.
// A block for the whole of a small file (a fuzz input, a chat of a few messages) rather than a 1 MiB buffer
// zeroed for each; streams of unknown length (a zstd dump) read in full blocks. A file that grows is read on.
qint64 rawBlockSize(const QIODevice& device)
{
    if (device.isSequential() || device.size() <= 0)
        return blockSize;
    return std::clamp<qint64>(device.size() - device.pos() + 1, 4096, blockSize);
}

class RepairedSource
{
public:
    RepairedSource(QIODevice& device, EscapeRepair& repair, const JsonRecordStream::Options& options)
        : m_device(device)
        , m_repair(repair)
        , m_options(options)
        , m_raw(static_cast<std::size_t>(rawBlockSize(device)), '\0')
    {
    }

    bool atEnd() { return m_pos == m_buffer.size() && !refill(); }
    const char& current() const { return m_buffer[m_pos]; }
    void advance() { ++m_pos; }
    Stop stop() const { return m_stop; }

private:
    bool refill()
    {
        if (m_stop != Stop::None)
            return false;
        if (m_options.cancel && m_options.cancel->load(std::memory_order_relaxed)) {
            m_stop = Stop::Cancelled;
            return false;
        }
        const qint64 got = m_device.read(m_raw.data(), static_cast<qint64>(m_raw.size()));
        if (got < 0)
            m_stop = Stop::ReadError;
        if (got <= 0)
            return false;
        m_read += got;
        m_buffer.clear();
        m_pos = 0;
        m_repair.process(m_raw.data(), static_cast<std::size_t>(got), &m_buffer);
        if (m_repair.openStringBytes() > maxStringBytes) {
            m_stop = Stop::StringTooLong;
            return false;
        }
        if (m_options.progress)
            m_options.progress(m_read, m_options.totalBytes);
        return true;
    }

    QIODevice& m_device;
    EscapeRepair& m_repair;
    const JsonRecordStream::Options& m_options;
    std::string m_raw;
    std::string m_buffer;
    std::size_t m_pos = 0;
    qint64 m_read = 0;
    Stop m_stop = Stop::None;
};

using SourceIterator = dataset::JsonInputIterator<RepairedSource>;

} // namespace

class JsonRecordStream::Sax
{
public:
    explicit Sax(JsonRecordStream& stream)
        : m_stream(stream)
    {
    }

    bool null() { return scalar(Json(nullptr)); }
    bool boolean(bool value) { return scalar(Json(value)); }
    bool number_integer(Json::number_integer_t value) { return scalar(Json(value)); }
    bool number_unsigned(Json::number_unsigned_t value) { return scalar(Json(value)); }
    bool number_float(Json::number_float_t value, const Json::string_t&) { return scalar(Json(value)); }
    bool string(Json::string_t& value) { return scalar(Json(std::move(value))); }
    bool binary(Json::binary_t&) { return scalar(Json()); }
    bool start_object(std::size_t) { return open(false); }
    bool start_array(std::size_t) { return open(true); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(Json::string_t& name)
    {
        if (m_dom.empty()) {
            m_key = name;
            return true;
        }
        Json& object = *m_dom.back();
        if (object.contains(name))
            ++m_stream.m_duplicateKeys; // the value that follows replaces it: the last one wins
        m_recordKey = name;
        return true;
    }

    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& ex)
    {
        QString detail = QString::fromUtf8(ex.what());
        const qsizetype colon = detail.indexOf(QLatin1String(": "));
        if (colon >= 0)
            detail = detail.mid(colon + 2);
        return failHere(JsonRecordStreamText::tr("invalid JSON: %1").arg(detail));
    }

    // Names the record being read (or the one about to start) and its field in the stream's error.
    bool failHere(const QString& reason)
    {
        if (!m_dom.empty()) {
            m_stream.m_failedIndex = m_recordIndex;
            m_stream.m_failedPath = m_recordArrayPath;
            m_stream.m_failedField = QString::fromStdString(m_recordKey);
        } else if (!m_frames.empty() && m_frames.back().records) {
            m_stream.m_failedIndex = m_frames.back().count + 1;
            m_stream.m_failedPath = m_path;
        }
        if (m_stream.m_error.isEmpty())
            m_stream.m_error = reason;
        return false;
    }

    bool stopped = false;

private:
    struct Frame
    {
        bool array = false;
        bool records = false;
        std::size_t pathLength = 0;
        qint64 count = 0;
    };

    std::string valuePath() const
    {
        if (m_frames.empty())
            return {};
        if (m_frames.back().array)
            return m_path + "[]";
        return m_path.empty() ? m_key : m_path + "." + m_key;
    }

    Json* add(Json&& value)
    {
        Json& parent = *m_dom.back();
        if (parent.is_array()) {
            parent.push_back(std::move(value));
            return &parent.back();
        }
        Json& slot = parent[m_recordKey];
        slot = std::move(value);
        return &slot;
    }

    bool scalar(Json&& value)
    {
        if (!m_dom.empty()) {
            if (++m_recordValues > maxRecordValues)
                return failHere(JsonRecordStreamText::tr("a record with more than %1 values").arg(maxRecordValues));
            add(std::move(value));
            return true;
        }
        if (!m_frames.empty() && m_frames.back().records) {
            m_recordArrayPath = m_path;
            m_recordIndex = ++m_frames.back().count;
            return deliver(value);
        }
        if (m_stream.m_hooks.onScalar)
            m_stream.m_hooks.onScalar(valuePath(), value);
        return true;
    }

    bool open(bool array)
    {
        if (m_frames.size() + m_dom.size() >= maxDepth)
            return failHere(JsonRecordStreamText::tr("nested deeper than %1 levels").arg(maxDepth));
        if (!m_dom.empty()) {
            m_dom.push_back(add(array ? Json::array() : Json::object()));
            return true;
        }
        if (!m_frames.empty() && m_frames.back().records) {
            m_record = array ? Json::array() : Json::object();
            m_dom.push_back(&m_record);
            m_recordValues = 0;
            m_recordKey.clear();
            m_recordArrayPath = m_path;
            m_recordIndex = m_frames.back().count + 1;
            return true;
        }
        std::string path = valuePath();
        const bool records = array && m_stream.m_hooks.isRecordArray && m_stream.m_hooks.isRecordArray(path);
        if (!array && m_stream.m_hooks.onObject)
            m_stream.m_hooks.onObject(path);
        m_frames.push_back({array, records, path.size(), 0});
        m_path = std::move(path);
        return true;
    }

    bool close()
    {
        if (!m_dom.empty()) {
            m_dom.pop_back();
            if (!m_dom.empty())
                return true;
            ++m_frames.back().count;
            return deliver(m_record);
        }
        m_frames.pop_back();
        m_path.resize(m_frames.empty() ? 0 : m_frames.back().pathLength);
        return true;
    }

    bool deliver(const Json& record)
    {
        if (m_stream.m_options.cancel && m_stream.m_options.cancel->load(std::memory_order_relaxed)) {
            stopped = true;
            return false;
        }
        if (!m_stream.m_hooks.onRecord(m_recordArrayPath, m_recordIndex, record)) {
            stopped = true;
            return false;
        }
        return true;
    }

    JsonRecordStream& m_stream;
    std::vector<Frame> m_frames;
    std::string m_path; // of the innermost open container outside the records
    std::string m_key;  // the last member name read outside the records
    Json m_record;
    std::vector<Json*> m_dom; // the open containers of the record being built
    std::string m_recordKey;
    std::string m_recordArrayPath;
    qint64 m_recordIndex = 0;
    qint64 m_recordValues = 0;
};

JsonRecordStream::JsonRecordStream(Hooks hooks, Options options)
    : m_hooks(std::move(hooks))
    , m_options(std::move(options))
{
}

JsonRecordStream::Result JsonRecordStream::read(QIODevice& device)
{
    RepairedSource source(device, m_repair, m_options);
    Sax sax(*this);
    const bool ok = Json::sax_parse(SourceIterator(&source), SourceIterator(), &sax, Json::input_format_t::json,
                                    !m_options.allowTrailingText);
    if (ok)
        return Result::Finished;
    switch (source.stop()) {
    case Stop::Cancelled:
        return Result::Cancelled;
    case Stop::ReadError:
        m_error = device.errorString();
        return Result::Failed;
    case Stop::StringTooLong:
        m_error = JsonRecordStreamText::tr("a string longer than %1 MiB").arg(maxStringBytes >> 20);
        return Result::Failed;
    case Stop::None:
        break;
    }
    if (sax.stopped)
        return m_options.cancel && m_options.cancel->load() ? Result::Cancelled : Result::Stopped;
    return Result::Failed;
}

} // namespace seance::social
