// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// What every fuzz target shares: Qt started once, a small workspace to import into, a fingerprint of its whole
// content (to prove a failed import changed nothing), and a way to fail loudly that libFuzzer records as a crash.
#pragma once

#include "models/storage/database.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <string_view>

namespace seance::fuzz {

// Call from LLVMFuzzerInitialize: a QCoreApplication for the whole run (plugins, resources, translations).
void startQt(int* argc, char*** argv);

// Prints what property broke and aborts, which libFuzzer reports as a crash and saves the input for.
[[noreturn]] void fail(const char* property, const QString& detail = {});

inline void require(bool condition, const char* property, const QString& detail = {})
{
    if (!condition)
        fail(property, detail);
}

// The bytes as a QByteArray without copying them (libFuzzer's buffer outlives each call).
inline QByteArray bytesOf(const uint8_t* data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

// The name the targets give their input, so a property can check that errors name it.
inline const QString inputName = QStringLiteral("fuzz-input");

// An in-memory workspace holding what the golden fixtures refer to: tokens "ghost-icp" and "tok", narrative
// "summoning-ghosts". Open it once per process; reset() it after an input that changed it.
class FuzzWorkspace final
{
public:
    enum class Content { Seeded, Empty };
    explicit FuzzWorkspace(Content content = Content::Seeded);
    const Database& db() const { return *m_db; }
    // Every row of every table, the schema and user_version: equal fingerprints mean equal content.
    QByteArray fingerprint() const;
    // Back to the freshly seeded content.
    void reset();

private:
    Content m_content;
    std::unique_ptr<Database> m_db;
};

// The property every importer promises: success, or an error that names the input and a byte-identical workspace.
// Returns ok, so that a target goes on to check what a success wrote and then resets the workspace.
bool checkAllOrNothing(const FuzzWorkspace& workspace, const QByteArray& before, bool ok, const QString& error);

// Export → import into an empty workspace → export again gives the same bytes: nothing imported is lost or
// changed by the dataset format. Resets the workspace afterwards.
void checkExportRoundTrip(FuzzWorkspace& workspace);

} // namespace seance::fuzz
