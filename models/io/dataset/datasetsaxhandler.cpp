// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/dataset/datasetsaxhandler.h"

#include "models/io/json/jsonbytesource.h"
#include "models/io/json/jsonfieldreader.h"

#include <QCoreApplication>

namespace seance::dataset {
namespace {

// Q_DECLARE_TR_FUNCTIONS gives lupdate the same context the strings are translated with at run time.
struct DatasetReaderText
{
    Q_DECLARE_TR_FUNCTIONS(seance::DatasetReader)
};

constexpr DatasetSection allSections[] = {DatasetSection::Tokens, DatasetSection::Narratives,
                                          DatasetSection::Events, DatasetSection::Posts,
                                          DatasetSection::Series, DatasetSection::SavedViews};

std::optional<DatasetSection> sectionNamed(const std::string& name)
{
    for (DatasetSection section : allSections) {
        if (datasetSectionName(section) == QLatin1String(name.data(), qsizetype(name.size())))
            return section;
    }
    return std::nullopt;
}

// A member name for a message, cut short: names come from the file and may be huge.
QString shortName(const std::string& name)
{
    constexpr std::size_t limit = 60;
    if (name.size() <= limit)
        return fromUtf8(name);
    std::size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80)
        --cut;
    return fromUtf8(name.substr(0, cut)) + QStringLiteral("…");
}

// nlohmann's message reads "[json.exception.parse_error.101] parse error at line 3, column 5: <detail>; last
// read: '<token>'". The token can be a whole 1 MiB string, so it is shortened.
QString parserDetail(const char* what)
{
    const QString text = QString::fromUtf8(what);
    const qsizetype column = text.indexOf(QLatin1String("column"));
    const qsizetype colon = text.indexOf(QLatin1String(": "), column < 0 ? 0 : column);
    QString detail = colon < 0 ? text : text.mid(colon + 2);
    constexpr qsizetype limit = 160;
    if (detail.size() > limit)
        detail = detail.left(limit) + QStringLiteral("…");
    return detail;
}

} // namespace

DatasetSaxHandler::DatasetSaxHandler(JsonByteSource& source, const DatasetRecordHandler& onRecord,
                                     const std::atomic_bool* cancel)
    : m_source(source)
    , m_onRecord(onRecord)
    , m_cancel(cancel)
{
}

QString DatasetSaxHandler::message() const
{
    QStringList lines = m_recordErrors;
    if (!m_message.isEmpty())
        lines << m_message;
    if (lines.size() <= 1) // one problem reads as before: "tokens[0].name: expected a string, got …"
        return lines.join(QString());
    const QString head =
        m_recordErrors.size() >= maximumReportedErrors
            ? DatasetReaderText::tr("the first %1 bad records (reading stopped there):").arg(maximumReportedErrors)
            : DatasetReaderText::tr("%1 problems:").arg(lines.size());
    return head + QStringLiteral("\n") + lines.join(QLatin1Char('\n'));
}

bool DatasetSaxHandler::fail(const QString& where, const QString& reason)
{
    m_message = where.isEmpty() ? reason : where + QStringLiteral(": ") + reason;
    return false;
}

QString DatasetSaxHandler::recordLocation(const std::string& field) const
{
    QString text = QStringLiteral("%1[%2]").arg(datasetSectionName(*m_section)).arg(m_index);
    if (!field.empty())
        text += QLatin1Char('.') + shortName(field);
    return text;
}

// Where the parser is, for errors found by the lexer: the record and field, or the top-level member.
QString DatasetSaxHandler::here() const
{
    if (m_depth >= 3)
        return recordLocation(m_stack.size() == 1 && !m_afterKey ? std::string() : m_recordKey);
    if (m_depth == 2)
        return datasetSectionName(*m_section);
    if (m_depth == 1 && m_afterKey)
        return shortName(m_topKey);
    return {};
}

bool DatasetSaxHandler::scalar(Json&& value)
{
    if (m_depth >= 3)
        return addToRecord(std::move(value), nullptr);
    if (m_depth == 2)
        return fail(recordLocation(), DatasetReaderText::tr("expected an object, got %1").arg(jsonTypeName(value)));
    if (m_depth == 1)
        return topLevelValue(std::move(value));
    return fail({}, DatasetReaderText::tr("the file holds %1, not a dataset object").arg(jsonTypeName(value)));
}

bool DatasetSaxHandler::topLevelKey(const std::string& name)
{
    const QString key = shortName(name);
    if (name != "format" && name != "version" && !sectionNamed(name))
        return fail(key, DatasetReaderText::tr(
                             "unknown member (allowed: format, version, tokens, narratives, events, posts, series, "
                             "saved_views)"));
    if (m_topKeysSeen.contains(key))
        return fail(key, DatasetReaderText::tr("appears twice"));
    m_topKeysSeen.insert(key);
    m_topKey = name;
    m_afterKey = true;
    return true;
}

bool DatasetSaxHandler::topLevelValue(Json&& value)
{
    m_afterKey = false;
    const QString key = shortName(m_topKey);
    if (m_topKey == "format") {
        if (!value.is_string())
            return fail(key, DatasetReaderText::tr("expected the string \"%1\", got %2")
                                 .arg(QLatin1String(datasetFormatName), jsonTypeName(value)));
        if (value.get_ref<const std::string&>() != datasetFormatName)
            return fail(key, DatasetReaderText::tr("%1 is not a Seance dataset (expected \"%2\")")
                                 .arg(describeValue(value), QLatin1String(datasetFormatName)));
        m_formatSeen = true;
        return true;
    }
    if (m_topKey == "version") {
        if (!value.is_number_integer())
            return fail(key, DatasetReaderText::tr("expected an integer, got %1").arg(jsonTypeName(value)));
        if (value != Json(datasetFormatVersion))
            return fail(key,
                        DatasetReaderText::tr("%1 is not supported; this version of Seance reads dataset version %2")
                            .arg(describeValue(value))
                            .arg(datasetFormatVersion));
        m_versionSeen = true;
        return true;
    }
    // A record array given as null is an absent one.
    if (value.is_null())
        return true;
    return fail(key, DatasetReaderText::tr("expected an array, got %1").arg(jsonTypeName(value)));
}

bool DatasetSaxHandler::addToRecord(Json&& value, Json** inserted)
{
    if (++m_recordValues > maxDatasetRecordValues)
        return fail(recordLocation(m_recordKey),
                    DatasetReaderText::tr("the record holds more than %1 values").arg(maxDatasetRecordValues));
    Json& parent = *m_stack.back();
    Json* slot = nullptr;
    if (parent.is_array()) {
        parent.push_back(std::move(value));
        slot = &parent.back();
    } else {
        slot = &parent.get_ref<Json::object_t&>().emplace(std::move(m_pendingKey), std::move(value)).first->second;
    }
    m_afterKey = false;
    if (inserted)
        *inserted = slot;
    return true;
}

bool DatasetSaxHandler::enterContainer(Json&& empty)
{
    if (m_depth >= maxDatasetDepth)
        return fail(here(), DatasetReaderText::tr("nested deeper than %1 levels").arg(maxDatasetDepth));
    if (m_depth == 0) {
        if (!empty.is_object())
            return fail({}, DatasetReaderText::tr("the file holds an array, not a dataset object"));
        ++m_depth;
        return true;
    }
    if (m_depth == 1) {
        m_afterKey = false;
        const std::optional<DatasetSection> section = sectionNamed(m_topKey);
        const QString key = shortName(m_topKey);
        if (!section)
            return fail(key, DatasetReaderText::tr("expected %1, got %2")
                                 .arg(m_topKey == "format" ? DatasetReaderText::tr("a string")
                                                           : DatasetReaderText::tr("an integer"),
                                      jsonTypeName(empty)));
        if (empty.is_object())
            return fail(key, DatasetReaderText::tr("expected an array, got an object"));
        if (!m_formatSeen || !m_versionSeen)
            return fail(
                key, DatasetReaderText::tr("\"format\": \"%1\" and \"version\": %2 must come before the record arrays")
                         .arg(QLatin1String(datasetFormatName))
                         .arg(datasetFormatVersion));
        m_section = section;
        m_index = 0;
        ++m_depth;
        return true;
    }
    if (m_depth == 2) {
        if (!empty.is_object())
            return fail(recordLocation(), DatasetReaderText::tr("expected an object, got an array"));
        m_record = Json::object();
        m_stack.assign(1, &m_record);
        m_recordValues = 0;
        m_recordKey.clear();
        m_afterKey = false;
        ++m_depth;
        return true;
    }
    Json* child = nullptr;
    if (!addToRecord(std::move(empty), &child))
        return false;
    m_stack.push_back(child);
    ++m_depth;
    return true;
}

bool DatasetSaxHandler::start_object(std::size_t)
{
    return enterContainer(Json::object());
}

bool DatasetSaxHandler::start_array(std::size_t)
{
    return enterContainer(Json::array());
}

bool DatasetSaxHandler::key(string_t& name)
{
    if (m_depth == 1)
        return topLevelKey(name);
    Json& parent = *m_stack.back();
    if (parent.contains(name))
        return fail(recordLocation(m_stack.size() == 1 ? name : m_recordKey),
                    DatasetReaderText::tr("field %1 appears twice").arg(describeValue(Json(name))));
    if (m_stack.size() == 1)
        m_recordKey = name;
    m_pendingKey = std::move(name);
    m_afterKey = true;
    return true;
}

bool DatasetSaxHandler::end_object()
{
    --m_depth;
    if (m_depth == 0) {
        if (!m_formatSeen)
            return fail(QStringLiteral("format"),
                        DatasetReaderText::tr("required member is missing; this is not a Seance dataset"));
        if (!m_versionSeen)
            return fail(QStringLiteral("version"), DatasetReaderText::tr("required member is missing"));
        return true;
    }
    m_stack.pop_back();
    if (m_depth == 2)
        return emitRecord();
    return true;
}

bool DatasetSaxHandler::end_array()
{
    --m_depth;
    if (m_depth == 1) {
        m_section.reset();
        return true;
    }
    m_stack.pop_back();
    return true;
}

bool DatasetSaxHandler::emitRecord()
{
    if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
        m_cancelled = true;
        return false;
    }
    m_current.section = *m_section;
    m_current.index = m_index;
    FieldError error;
    bool ok = false;
    switch (*m_section) {
    case DatasetSection::Tokens:
        ok = parseToken(m_record, &m_current.value.emplace<TokenRecord>(), &error);
        break;
    case DatasetSection::Narratives:
        ok = parseNarrative(m_record, &m_current.value.emplace<NarrativeRecord>(), &error);
        break;
    case DatasetSection::Events:
        ok = parseEvent(m_record, &m_current.value.emplace<EventRecord>(), &error);
        break;
    case DatasetSection::Posts:
        ok = parsePost(m_record, &m_current.value.emplace<DatasetPost>(), &error);
        break;
    case DatasetSection::Series:
        ok = parseSeries(m_record, &m_current.value.emplace<SeriesRecord>(), &error);
        break;
    case DatasetSection::SavedViews:
        ok = parseSavedView(m_record, &m_current.value.emplace<SavedViewRecord>(), &error);
        break;
    }
    if (!ok) {
        // Noted and skipped: the import fails all the same, but the next bad records are found in this pass.
        m_recordErrors << m_current.location(error.field) + QStringLiteral(": ") + error.reason;
        ++m_index;
        return int(m_recordErrors.size()) < maximumReportedErrors;
    }
    QString message;
    if (!m_onRecord(m_current, &message))
        return fail({}, message);
    ++m_index;
    return true;
}

bool DatasetSaxHandler::parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex)
{
    switch (m_source.stopReason()) {
    case JsonByteSource::Stop::Cancelled:
        m_cancelled = true;
        return false;
    case JsonByteSource::Stop::ReadError:
        return fail({}, DatasetReaderText::tr("cannot read the file: %1").arg(m_source.deviceError()));
    case JsonByteSource::Stop::StringTooLong:
        return fail(here(),
                    DatasetReaderText::tr("a string is longer than %1 MiB (at byte %2); the format caps every string")
                        .arg(maxDatasetStringBytes / (1024 * 1024))
                        .arg(m_source.consumed()));
    case JsonByteSource::Stop::NumberTooLong:
        // The lexer may already have handed on the cut number, which moved past the field; name it anyway.
        return fail(m_depth >= 3 ? recordLocation(m_recordKey) : here(),
                    DatasetReaderText::tr("a number is longer than %1 characters (at byte %2)")
                        .arg(JsonByteSource::maxNumberBytes)
                        .arg(m_source.consumed()));
    case JsonByteSource::Stop::None:
        break;
    }
    // nlohmann counts the offending character (or the end of input) as read; report its 0-based offset.
    const qint64 offset = position > 0 ? qint64(position) - 1 : 0;
    const QString detail = parserDetail(ex.what());
    if (detail.contains(QLatin1String("ill-formed UTF-8")))
        return fail(here(), DatasetReaderText::tr("text is not valid UTF-8 (at byte %1)").arg(offset));
    return fail(
        here(),
        DatasetReaderText::tr("invalid JSON at line %1, byte %2: %3").arg(m_source.line()).arg(offset).arg(detail));
}

} // namespace seance::dataset
