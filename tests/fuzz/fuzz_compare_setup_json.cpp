// SPDX-FileCopyrightText: 2026 The Seance developers
// SPDX-License-Identifier: GPL-3.0-or-later
// A compare setup's JSON (saved with a comparison): fromJson is all or nothing with an error naming the field,
// and an accepted setup stays within its limits and round-trips through toJson.
#include "models/compare/comparesetup.h"
#include "tests/fuzz/fuzzsupport.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace seance;
using namespace seance::fuzz;

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    startQt(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QJsonDocument document = QJsonDocument::fromJson(bytesOf(data, size));
    if (!document.isObject())
        return 0;
    CompareSetup setup;
    const CompareSetup before = setup;
    QString error;
    if (!setup.fromJson(document.object(), &error)) {
        require(!error.isEmpty(), "a refused setup says why");
        require(setup == before, "a refused setup changes nothing", error);
        return 0;
    }
    require(setup.rows.size() <= CompareSetup::maximumRows, "at most maximumRows rows");
    CompareSetup again;
    require(again.fromJson(setup.toJson(), &error), "a setup's own JSON is accepted", error);
    require(again == setup, "toJson → fromJson round-trips", QString::fromUtf8(QJsonDocument(setup.toJson()).toJson()));
    return 0;
}
