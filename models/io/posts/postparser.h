// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/io/text/utf8validation.h"
#include "models/sentiment/scoring/sentimentscore.h"

#include <QString>
#include <QtGlobal>

#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace seance {

class Database;

inline constexpr std::size_t maxPostTextBytes = 64 * 1024;
inline constexpr std::size_t maxPostFieldBytes = 1024; // id, token, narrative, author, lang

// One post on its way into the database. The buffers are reused from batch to batch, so once they have
// grown the hot path allocates nothing. Empty strings mean "absent".
struct PostSlot
{
    qint64 line = 0;
    std::string raw; // a JSON line, or empty for CSV
    std::string id;
    std::string token;
    std::string narrative;
    std::string author;
    std::string lang;
    std::string text;
    std::string time;       // CSV only: the time field as written
    std::string engagement; // CSV only
    qint64 postedAt = 0;
    qint64 engagementValue = 0;
    std::optional<double> compound;
    double pos = 0;
    double neu = 0;
    double neg = 0;
    // Set on the failure path only: the field (or empty for the whole line) and what is wrong with it.
    QString errorField;
    QString errorReason;

    bool failed() const { return !errorReason.isEmpty(); }
    void fail(const QString& field, const QString& reason);
    void reset(qint64 lineNumber);
    // Forgets what parsing stored, keeping the line, its raw text and any failure.
    void clearParsedFields();
};

// The token and narrative ids a post may refer to, read once before an import.
struct KnownSubjects
{
    std::unordered_set<std::string> tokens;
    std::unordered_set<std::string> narratives;

    bool load(const Database& db, QString* error);
};

// Which CSV column holds which post field; -1 when the header has no such column.
struct PostCsvColumns
{
    int time = -1;
    int token = -1;
    int narrative = -1;
    int text = -1;
    int author = -1;
    int lang = -1;
    int engagement = -1;
    int id = -1;
    int count = 0;

    // Fails (with a reason) when a required column is missing.
    static std::optional<PostCsvColumns> fromHeader(const std::vector<std::string_view>& header, QString* error);
    // Copies one record's fields into the slot; marks the slot failed when the field count is wrong.
    void assign(const std::vector<std::string_view>& fields, PostSlot& slot) const;
};

// Parses and checks slots; const and free of shared mutable state, so the import runs it on many threads.
class PostParser final
{
public:
    PostParser(const KnownSubjects& subjects, ScoreFunction score);

    // JSON Lines: slot.raw holds one line with a JSON object.
    void parseJson(PostSlot& slot) const;
    // CSV: the slot's strings were filled by PostCsvColumns::assign().
    void parseCsv(PostSlot& slot) const;

private:
    void validate(PostSlot& slot) const;

    const KnownSubjects& m_subjects;
    ScoreFunction m_score;
};

} // namespace seance
