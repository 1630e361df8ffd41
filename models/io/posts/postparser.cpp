// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "models/io/posts/postparser.h"

#include "models/io/posts/postfields.h"
#include "models/io/text/timestampparsing.h"
#include "models/storage/database.h"
#include "models/storage/narrativestore.h"
#include "models/storage/tokenstore.h"

#include <cstring>
#include <limits>

namespace seance {
namespace {

using namespace postfields;

std::string_view trimmedField(std::string_view text)
{
    while (!text.empty() && text.front() == ' ')
        text.remove_prefix(1);
    while (!text.empty() && text.back() == ' ')
        text.remove_suffix(1);
    return text;
}

} // namespace

void PostSlot::fail(const QString& field, const QString& reason)
{
    if (failed())
        return; // the first problem found is the one reported
    errorField = field;
    errorReason = reason;
}

void PostSlot::reset(qint64 lineNumber)
{
    line = lineNumber;
    raw.clear();
    clearParsedFields();
    time.clear();
    engagement.clear();
    compound.reset();
    pos = neu = neg = 0;
    errorField.clear();
    errorReason.clear();
}

void PostSlot::clearParsedFields()
{
    id.clear();
    token.clear();
    narrative.clear();
    author.clear();
    lang.clear();
    text.clear();
    postedAt = 0;
    engagementValue = 0;
}

bool KnownSubjects::load(const Database& db, QString* error)
{
    tokens.clear();
    narratives.clear();
    const std::optional<QStringList> tokenIds = TokenStore(db).ids(error);
    const std::optional<QStringList> narrativeIds = tokenIds ? NarrativeStore(db).ids(error) : std::nullopt;
    if (!narrativeIds)
        return false;
    for (const QString& id : *tokenIds)
        tokens.insert(id.toStdString());
    for (const QString& id : *narrativeIds)
        narratives.insert(id.toStdString());
    return true;
}

std::optional<PostCsvColumns> PostCsvColumns::fromHeader(const std::vector<std::string_view>& header, QString* error)
{
    PostCsvColumns columns;
    columns.count = static_cast<int>(header.size());
    int timeRank = 4;
    for (int i = 0; i < columns.count; ++i) {
        std::string name(trimmedField(header[static_cast<std::size_t>(i)]));
        for (char& c : name)
            c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        int rank = 0;
        int* target = nullptr;
        switch (fieldOf(name, &rank)) {
        case Field::Time:
            if (rank < timeRank) {
                timeRank = rank;
                columns.time = i;
            }
            break;
        case Field::Token:
            target = &columns.token;
            break;
        case Field::Narrative:
            target = &columns.narrative;
            break;
        case Field::Text:
            target = &columns.text;
            break;
        case Field::Author:
            target = &columns.author;
            break;
        case Field::Lang:
            target = &columns.lang;
            break;
        case Field::Engagement:
            target = &columns.engagement;
            break;
        case Field::Id:
            target = &columns.id;
            break;
        case Field::Ignored:
            break;
        }
        if (target && *target < 0)
            *target = i;
    }
    QString missing;
    if (columns.time < 0)
        missing = tr("time column (time, posted_at, timestamp or date)");
    else if (columns.text < 0)
        missing = tr("text column");
    else if (columns.token < 0 && columns.narrative < 0)
        missing = tr("token or narrative column");
    if (!missing.isEmpty()) {
        if (error)
            *error = tr("the header has no %1").arg(missing);
        return std::nullopt;
    }
    return columns;
}

void PostCsvColumns::assign(const std::vector<std::string_view>& fields, PostSlot& slot) const
{
    if (static_cast<int>(fields.size()) != count) {
        slot.fail(QString(), tr("expected %1 fields as in the header, found %2").arg(count).arg(fields.size()));
        return;
    }
    auto copy = [&](int column, std::string& target) {
        if (column >= 0)
            target.assign(fields[static_cast<std::size_t>(column)]);
    };
    copy(time, slot.time);
    copy(token, slot.token);
    copy(narrative, slot.narrative);
    copy(text, slot.text);
    copy(author, slot.author);
    copy(lang, slot.lang);
    copy(engagement, slot.engagement);
    copy(id, slot.id);
}

PostParser::PostParser(const KnownSubjects& subjects, ScoreFunction score)
    : m_subjects(subjects)
    , m_score(std::move(score))
{
}

void PostParser::parseCsv(PostSlot& slot) const
{
    if (slot.failed())
        return;
    // Quoted CSV fields carry raw bytes; JSON strings were already checked by the JSON parser.
    const std::pair<const char*, const std::string*> fields[] = {
        {"time", &slot.time},     {"token", &slot.token},   {"narrative", &slot.narrative},
        {"text", &slot.text},     {"author", &slot.author}, {"lang", &slot.lang},
        {"engagement", &slot.engagement}, {"id", &slot.id}};
    for (const auto& [name, value] : fields) {
        if (!isValidUtf8(*value)) {
            slot.fail(QLatin1String(name), tr("invalid UTF-8"));
            return;
        }
    }
    const std::optional<qint64> time = parseTimestamp(slot.time);
    if (!time) {
        slot.fail(QStringLiteral("time"), slot.time.empty() ? tr("missing") : invalidTime());
        return;
    }
    slot.postedAt = *time;
    const std::string_view engagement = trimmedField(slot.engagement);
    qint64 value = 0;
    for (const char c : engagement) {
        if (c < '0' || c > '9' || value > (std::numeric_limits<qint64>::max() - 9) / 10) {
            slot.fail(QStringLiteral("engagement"), tr("must be a non-negative integer"));
            return;
        }
        value = value * 10 + (c - '0');
    }
    slot.engagementValue = value;
    validate(slot);
}

void PostParser::validate(PostSlot& slot) const
{
    if (slot.text.size() > maxPostTextBytes) {
        slot.fail(QStringLiteral("text"), tr("longer than %1 bytes").arg(maxPostTextBytes));
        return;
    }
    const std::pair<const char*, const std::string*> capped[] = {
        {"id", &slot.id}, {"token", &slot.token}, {"narrative", &slot.narrative},
        {"author", &slot.author}, {"lang", &slot.lang}};
    for (const auto& [name, value] : capped) {
        if (value->size() > maxPostFieldBytes) {
            slot.fail(QLatin1String(name), tr("longer than %1 bytes").arg(maxPostFieldBytes));
            return;
        }
    }
    if (slot.token.empty() && slot.narrative.empty()) {
        slot.fail(QStringLiteral("token"), tr("missing: a post needs a token or a narrative"));
        return;
    }
    if (!slot.token.empty() && !m_subjects.tokens.contains(slot.token)) {
        slot.fail(QStringLiteral("token"), tr("unknown token id \"%1\"").arg(QString::fromStdString(slot.token)));
        return;
    }
    if (!slot.narrative.empty() && !m_subjects.narratives.contains(slot.narrative)) {
        slot.fail(QStringLiteral("narrative"),
                  tr("unknown narrative id \"%1\"").arg(QString::fromStdString(slot.narrative)));
        return;
    }
    if (m_score) {
        const SentimentScore score = m_score(slot.text, slot.lang);
        if (score.scored) {
            slot.compound = score.compound;
            slot.pos = score.pos;
            slot.neu = score.neu;
            slot.neg = score.neg;
        }
    }
}

} // namespace seance
