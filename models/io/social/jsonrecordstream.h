// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "models/io/social/escaperepair.h"

#include <QString>
#include <QtGlobal>

#include <nlohmann/json.hpp>

#include <atomic>
#include <functional>
#include <string>
#include <vector>

class QIODevice;

namespace seance::social {

// Streams one JSON document and hands over the elements of its record arrays one at a time, each built as a
// small DOM, so a 200 MB Telegram export costs one message of memory, not the document. Values outside the
// records (a chat's name, a guild's name) are reported as they pass. Paths name where a value sits: members
// joined with '.', array elements as "[]": "chats.list[].messages[]" is a message of a full-account export.
// The bytes pass through EscapeRepair first, and a key given twice in a record keeps its last value; both
// are counted.
class JsonRecordStream
{
public:
    using Json = nlohmann::json;

    struct Hooks
    {
        // Whether the elements of the array at this path are records.
        std::function<bool(const std::string& path)> isRecordArray;
        // An object outside the records begins (a chat of a full-account export).
        std::function<void(const std::string& path)> onObject;
        // A string, number, boolean or null outside the records.
        std::function<void(const std::string& path, const Json& value)> onScalar;
        // A complete record: its 1-based position in its array. Return false to stop (the hook says why).
        std::function<bool(const std::string& arrayPath, qint64 index, const Json& record)> onRecord;
    };

    struct Options
    {
        qint64 totalBytes = -1;
        std::function<void(qint64 bytesRead, qint64 totalBytes)> progress;
        const std::atomic_bool* cancel = nullptr;
        bool allowTrailingText = false; // an X archive file may end in ';'
    };

    enum class Result { Finished, Stopped, Cancelled, Failed };

    JsonRecordStream(Hooks hooks, Options options);
    Result read(QIODevice& device);

    // On Failed: what went wrong, and where: the record being read ("" outside records) and its field.
    QString error() const { return m_error; }
    qint64 failedRecordIndex() const { return m_failedIndex; }
    std::string failedRecordPath() const { return m_failedPath; }
    QString failedField() const { return m_failedField; }

    qint64 repairedEscapes() const { return m_repair.repaired(); }
    qint64 duplicateKeys() const { return m_duplicateKeys; }

private:
    class Sax;
    friend class Sax;

    Hooks m_hooks;
    Options m_options;
    EscapeRepair m_repair;
    qint64 m_duplicateKeys = 0;
    QString m_error;
    qint64 m_failedIndex = 0;
    std::string m_failedPath;
    QString m_failedField;
};

} // namespace seance::social
